"""A reviewer works a conflicting figure through the queue with the keyboard."""

import datetime

import pytest

from factcheck.articles.models import Article
from factcheck.claims.models import Claim
from factcheck.figures.models import Figure
from factcheck.reviews.models import Review
from factcheck.sources.models import Source
from tests.support import log_in

pytestmark = pytest.mark.browser


@pytest.fixture
def conflicting_figure(story, editor):
    figure = Figure.objects.create(story=story, label="missiles fired at US bases", measure="weapons", conflict=True, report_count=2)
    Figure.objects.create(story=story, label="troops in Iraq", measure="people", report_count=1)
    for outlet, text, claimant in (("Reuters", "15", "Iranian state television"), ("AP", "22", "Iraq's military")):
        source = Source.objects.create(name=outlet, kind="wire")
        body = f"{claimant} said {text} missiles were fired at the bases."
        article = Article.objects.create(story=story, source=source, body=body, uploaded_by=editor, status="done", published=datetime.date(2020, 1, 8))
        start = body.index(text)
        Claim.objects.create(article=article, start=start, end=start + len(text), text=text, value=int(text), low=int(text), high=int(text),
                             hedge="exact", unit="missile", measure="weapons", sentence=body, figure=figure, claimant=claimant)
    return figure


def test_reviewer_takes_rates_and_resolves_with_keys(page, live_server, reviewer, conflicting_figure):
    log_in(page, live_server, reviewer)
    page.goto(f"{live_server.url}/reviews/")
    rows = page.locator("#queue tbody tr")
    assert "missiles fired at US bases" in rows.first.inner_text(), "the conflicting figure comes first"
    rows.first.get_by_role("link").click()
    page.wait_for_url(f"**/figures/{conflicting_figure.pk}/")

    page.keyboard.press("t")
    page.wait_for_load_state()
    assert "taken by rita" in page.locator("#review-heading").inner_text()

    # Claims are in date, then outlet order: AP's 22, then Reuters' 15.
    page.keyboard.press("j")
    page.keyboard.press("v")
    page.locator(".verdict-verified").wait_for()
    page.wait_for_function("document.activeElement && document.activeElement.classList.contains('claim-row')")
    page.keyboard.press("j")
    page.keyboard.press("d")
    page.locator(".verdict-disputed").wait_for()

    page.keyboard.press("r")
    page.keyboard.type("22")
    page.keyboard.press("Tab")
    page.keyboard.press("Tab")
    page.keyboard.press("Tab")
    page.keyboard.type("Iraq's count matches the CENTCOM briefing")
    page.keyboard.press("Tab")
    page.keyboard.press("Enter")
    page.locator(".resolution").wait_for()

    verdicts = dict(Review.objects.values_list("claim__text", "verdict"))
    assert verdicts == {"15": "disputed", "22": "verified"}
    conflicting_figure.refresh_from_db()
    assert (conflicting_figure.status, conflicting_figure.resolved_value) == ("resolved", 22.0)
    assert conflicting_figure.resolution_note == "Iraq's count matches the CENTCOM briefing"
    assert "Resolved: 22" in page.locator("#review-panel").inner_text()


def test_keys_typed_into_a_field_are_not_shortcuts(page, live_server, reviewer, conflicting_figure):
    log_in(page, live_server, reviewer)
    page.goto(f"{live_server.url}/figures/{conflicting_figure.pk}/")
    page.locator("#claims input[name=note]").first.click()
    page.keyboard.type("verified dodgy figures")
    assert not Review.objects.exists()
    assert page.locator("#claims input[name=note]").first.input_value() == "verified dodgy figures"
