"""The story and figure pages: the comparison a reviewer needs, in a fixed number of queries."""

import datetime

import pytest
from django.urls import reverse

from factcheck.articles.models import Article
from factcheck.claims.models import Claim
from factcheck.figures.models import Figure
from factcheck.reviews.services import review_create
from factcheck.sources.models import Source


def build_story(story, editor, reviewer, *, outlets: int, figures: int):
    """A story with `outlets` articles each giving every one of `figures` figures."""
    sources = [Source.objects.get_or_create(name=f"Outlet {n}", defaults={"kind": "newspaper"})[0] for n in range(outlets)]
    made = [Figure.objects.create(story=story, label=f"figure {n}", measure="killed", conflict=n % 2 == 0) for n in range(figures)]
    for n, source in enumerate(sources):
        body = " ".join(f"Officials said {21 + n + f} people were killed in town {f}." for f in range(figures))
        article = Article.objects.create(story=story, source=source, body=body, uploaded_by=editor, status="done", published=datetime.date(2020, 1, 8))
        for f, figure in enumerate(made):
            text = str(21 + n + f)
            start = body.index(f"said {text} people were killed in town {f}.") + 5
            claim = Claim.objects.create(
                article=article, start=start, end=start + len(text), text=text, value=21 + n + f, low=21 + n + f, high=21 + n + f,
                hedge="exact", unit="person", measure="killed", sentence=body, figure=figure, claimant="Officials",
            )
            review_create(claim=claim, reviewer=reviewer, verdict="disputed", note="checked")
    return made


@pytest.mark.parametrize("page", ["story", "figure"])
def test_pages_run_a_fixed_number_of_queries_whatever_the_size(reviewer_client, story, editor, reviewer, django_assert_max_num_queries, page):
    from factcheck.stories.models import Story

    small_figures = build_story(story, editor, reviewer, outlets=2, figures=2)
    big_story = Story.objects.create(title="Big", created_by=editor)
    big_figures = build_story(big_story, editor, reviewer, outlets=8, figures=12)
    urls = {
        "story": (reverse("stories:detail", args=[story.pk]), reverse("stories:detail", args=[big_story.pk])),
        "figure": (reverse("figures:detail", args=[small_figures[0].pk]), reverse("figures:detail", args=[big_figures[0].pk])),
    }[page]
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as small:
        assert reviewer_client.get(urls[0]).status_code == 200
    with django_assert_max_num_queries(len(small.captured_queries)):
        assert reviewer_client.get(urls[1]).status_code == 200


def test_story_matrix_puts_each_outlets_figure_in_its_column_and_filters(reviewer_client, story, editor, reviewer):
    build_story(story, editor, reviewer, outlets=3, figures=2)
    page = reviewer_client.get(reverse("stories:detail", args=[story.pk])).content.decode()
    assert page.index("Outlet 0") < page.index("Outlet 1") < page.index("Outlet 2")
    assert page.count('class="value') == 6
    filtered = reviewer_client.get(reverse("stories:detail", args=[story.pk]), {"conflicts": "on"}).content.decode()
    assert "figure 0" in filtered and "figure 1" not in filtered


def test_figure_page_draws_one_mark_per_claim_and_marks_disagreement(reviewer_client, story, editor, reviewer):
    (figure, _) = build_story(story, editor, reviewer, outlets=3, figures=2)
    page = reviewer_client.get(reverse("figures:detail", args=[figure.pk])).content.decode()
    assert page.count('<g class="mark') == 3
    assert page.count('<g class="mark conflict') == 3, "21, 22 and 23 people: every claim disagrees with another"
    assert "Disputed by rita" in page, "the verdict history is shown"


def test_editor_moves_a_claim_through_the_page(editor_client, story, editor, reviewer):
    first, second = build_story(story, editor, reviewer, outlets=2, figures=2)
    claim = first.claims.first()
    response = editor_client.post(reverse("claims:move", args=[claim.pk]), {"figure": second.pk, "next": reverse("figures:detail", args=[first.pk])})
    assert response.status_code == 302
    claim.refresh_from_db()
    assert (claim.figure, claim.figure_locked) == (second, True)


def test_reviewer_cannot_correct_the_machine(reviewer_client, story, editor, reviewer):
    (figure, _) = build_story(story, editor, reviewer, outlets=1, figures=2)
    claim = figure.claims.first()
    assert reviewer_client.post(reverse("claims:correct", args=[claim.pk]), {"value": 3}).status_code == 403
    assert reviewer_client.post(reverse("claims:reject", args=[claim.pk])).status_code == 403
    assert reviewer_client.post(reverse("figures:rename", args=[figure.pk]), {"label": "x"}).status_code == 403
    assert reviewer_client.post(reverse("figures:merge", args=[story.pk]), {"figures": [figure.pk]}).status_code == 403


def test_a_bad_correction_is_a_message_not_an_error(editor_client, story, editor, reviewer):
    (figure, _) = build_story(story, editor, reviewer, outlets=1, figures=2)
    claim = figure.claims.first()
    response = editor_client.post(reverse("claims:correct", args=[claim.pk]), {"value": 5, "low": 9, "high": 3, "hedge": "range", "unit": "person", "measure": "killed"}, follow=True)
    assert "The low end of the range is above the high end." in response.content.decode()
    claim.refresh_from_db()
    assert claim.value != 5
