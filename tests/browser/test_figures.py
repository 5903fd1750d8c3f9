"""An editor corrects the machine on the figure page, and the chart shows every claim."""

import datetime

import pytest

from factcheck.articles.models import Article
from factcheck.claims.models import Claim
from factcheck.figures.models import Figure
from factcheck.sources.models import Source
from tests.support import log_in

pytestmark = pytest.mark.browser


def make_claim(article, text, value, figure, unit="missile", measure="weapons", claimant="State TV"):
    start = article.body.index(text)
    return Claim.objects.create(
        article=article, start=start, end=start + len(text), text=text, value=value, low=value, high=value, hedge="exact",
        unit=unit, measure=measure, event="fire", sentence=article.body, sentence_start=0, figure=figure, claimant=claimant,
    )


@pytest.fixture
def two_figures(story, editor):
    reuters = Source.objects.create(name="Reuters", kind="wire")
    ap = Source.objects.create(name="AP", kind="wire")
    day = datetime.date(2020, 1, 8)
    first = Article.objects.create(story=story, source=reuters, body="State TV said 15 missiles were fired and 80 soldiers were killed.", uploaded_by=editor, status="done", published=day)
    second = Article.objects.create(story=story, source=ap, body="Iraq said 22 missiles were fired at the bases.", uploaded_by=editor, status="done", published=day)
    missiles = Figure.objects.create(story=story, label="missiles fired", measure="weapons", conflict=True)
    killed = Figure.objects.create(story=story, label="soldiers killed", measure="killed")
    make_claim(first, "15", 15, missiles)
    make_claim(second, "22", 22, missiles, claimant="Iraq's military")
    misplaced = make_claim(first, "80", 80, missiles, unit="soldier", measure="killed")
    return {"missiles": missiles, "killed": killed, "misplaced": misplaced}


def test_editor_moves_a_claim_to_another_figure_and_the_chart_follows(page, live_server, editor, two_figures):
    missiles, killed, misplaced = two_figures["missiles"], two_figures["killed"], two_figures["misplaced"]
    log_in(page, live_server, editor)
    page.goto(f"{live_server.url}/figures/{missiles.pk}/")
    assert page.locator("#figure-chart g.mark").count() == 3, "one mark per claim"

    row = page.locator(f"#claim-row-{misplaced.pk}")
    row.locator("summary", has_text="Correct").click()
    row.get_by_label("Move to").select_option(label="soldiers killed")
    row.get_by_role("button", name="Move").click()
    page.wait_for_load_state()

    assert "Moved to “soldiers killed”." in page.content()
    misplaced.refresh_from_db()
    assert (misplaced.figure_id, misplaced.figure_locked) == (killed.pk, True)
    assert page.locator("#figure-chart g.mark").count() == 2
    marks = page.locator("#figure-chart g.mark.conflict")
    assert marks.count() == 2, "15 and 22 missiles still disagree, and are drawn so"

    page.goto(f"{live_server.url}/figures/{killed.pk}/")
    assert page.locator("#figure-chart g.mark").count() == 1
    assert page.locator("#claims td.as-written").all_inner_texts() == ["80"]


def test_editor_merges_two_figures_from_the_story_matrix(page, live_server, editor, two_figures, story):
    Claim.objects.filter(pk=two_figures["misplaced"].pk).update(figure=two_figures["killed"])
    log_in(page, live_server, editor)
    page.goto(f"{live_server.url}/stories/{story.pk}/")
    page.get_by_label("Select missiles fired").check()
    page.get_by_label("Select soldiers killed").check()
    page.get_by_role("button", name="Merge selected figures").click()
    page.wait_for_load_state()
    assert Figure.objects.filter(story=story).count() == 1
    assert page.locator("#figure-chart g.mark").count() == 3
