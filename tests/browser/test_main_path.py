"""The whole path in a browser: an editor uploads two articles that disagree, the real worker
extracts their claims, and a reviewer sees the conflict side by side and rates a claim."""

import pytest

from factcheck.claims.models import Claim
from factcheck.figures.models import Figure
from factcheck.reviews.models import Review
from tests.support import SAMPLE_ARTICLE
from tests.support import log_in, wait_for

pytestmark = [pytest.mark.browser, pytest.mark.worker]

# A second report of the same salvo with another count, as Iraqi officials gave it.
IRAQI_REPORT = """Iraq's military said Iran fired 22 ballistic missiles at two bases hosting US troops early on Wednesday.

Seventeen of the missiles struck Ain al-Asad air base in Anbar province, while five targeted Erbil, a statement from the Joint Operations Command said. There were no Iraqi casualties, it added.
"""


def test_editor_uploads_worker_extracts_reviewer_rates_the_conflict(page, live_server, celery_worker_process, editor, reviewer):
    log_in(page, live_server, editor)
    page.get_by_role("link", name="New story").click()
    page.get_by_label("Title").fill("Iran strikes US bases in Iraq")
    page.get_by_role("button", name="Create story").click()

    page.get_by_label("Paste the article text").fill(IRAQI_REPORT)
    page.get_by_label("Title").fill("Iraq says 22 missiles hit two bases")
    page.get_by_role("button", name="Upload", exact=True).click()
    page.get_by_role("link", name="Upload articles").click()
    page.get_by_label("…or upload files").set_input_files(
        files=[{"name": "reuters-iran.txt", "mimeType": "text/plain", "buffer": reuters_text().encode("utf-8")}]
    )
    page.get_by_role("button", name="Upload", exact=True).click()
    page.wait_for_url("**/stories/*/")

    # The real worker processes both; the page shows progress and then the finished state.
    wait_for(lambda: Claim.objects.filter(article__story__title="Iran strikes US bases in Iraq", text="15").exists()
             and Claim.objects.filter(article__story__title="Iran strikes US bases in Iraq", text="22").exists(),
             timeout_s=90, message="the worker to extract both articles")
    # Matching follows extraction as a task of its own, once per burst of finished articles.
    wait_for(lambda: Figure.objects.filter(story__title="Iran strikes US bases in Iraq", conflict=True, claims__text="22").exists(),
             timeout_s=60, message="the worker to match the story's figures")
    page.reload()
    page.get_by_role("link", name="reuters iran").click()
    marks = page.locator("#article-text mark.claim")
    assert marks.count() >= 4
    assert "15" in marks.all_inner_texts()
    assert "More than 5,000" in marks.all_inner_texts()

    log_in(page, live_server, reviewer)
    page.get_by_role("link", name="Iran strikes US bases in Iraq").click()
    missiles = page.locator("article.figure", has=page.locator("td.as-written", has_text="22")).first
    assert missiles.locator(".badge.conflict").is_visible()
    written = missiles.locator("td.as-written").all_inner_texts()
    assert "15" in written and "22" in written, "both counts stand side by side"

    row = missiles.locator("tr", has=page.locator("td.as-written", has_text="15"))
    row.get_by_label("Verdict").select_option("disputed")
    row.get_by_label("Note").fill("Iraq's military counted 22")
    row.get_by_role("button", name="Rate").click()
    page.wait_for_load_state()

    review = Review.objects.get()
    assert (review.claim.text, review.verdict, review.reviewer, review.note) == ("15", "disputed", reviewer, "Iraq's military counted 22")
    row = page.locator("article.figure tr", has=page.locator("td.as-written", has_text="15")).first
    assert row.locator(".verdict").inner_text().lower() == "disputed"


def reuters_text() -> str:
    import json

    return json.loads(SAMPLE_ARTICLE.read_text(encoding="utf-8"))["text"]
