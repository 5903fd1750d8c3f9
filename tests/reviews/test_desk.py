"""The reviewers' desk: the queue, taking a figure, resolving it, the second-review rule."""

import threading

import pytest
from django.db import connection
from django.urls import reverse

from factcheck.articles.models import Article
from factcheck.claims.models import Claim
from factcheck.figures.models import Figure, Resolution
from factcheck.reviews import services
from factcheck.reviews.models import Review
from tests.conftest import make_user


def figure_with_claims(story, editor, label, *, conflict=False, reports=1, claims=1):
    figure = Figure.objects.create(story=story, label=label, measure="killed", conflict=conflict, report_count=reports)
    for n in range(claims):
        article = Article.objects.create(story=story, body=f"{label}: officials said {n + 10} people were killed.", uploaded_by=editor, status="done")
        start = article.body.index(str(n + 10))
        Claim.objects.create(article=article, start=start, end=start + 2, text=str(n + 10), value=n + 10, low=n + 10, high=n + 10,
                             hedge="exact", unit="person", measure="killed", sentence=article.body, figure=figure)
    return figure


def test_queue_lists_conflicts_first_then_the_most_reported(reviewer_client, story, editor):
    quiet = figure_with_claims(story, editor, "quiet", reports=1)
    busy = figure_with_claims(story, editor, "busy", reports=5, claims=2)
    disputed = figure_with_claims(story, editor, "disputed", conflict=True, reports=2, claims=2)
    done = figure_with_claims(story, editor, "done")
    Figure.objects.filter(pk=done.pk).update(status="resolved")
    page = reviewer_client.get(reverse("reviews:queue")).content.decode()
    assert page.index("disputed") < page.index("busy") < page.index("quiet")
    assert ">done<" not in page


def test_a_taken_figure_shows_who_has_it_and_cannot_be_taken_again(story, editor, reviewer):
    figure = figure_with_claims(story, editor, "missiles", conflict=True)
    other = make_user("otto", "Reviewer")
    services.figure_take(figure=figure, reviewer=reviewer)
    with pytest.raises(services.ReviewError, match="rita"):
        services.figure_take(figure=figure, reviewer=other)
    figure.refresh_from_db()
    assert (figure.assigned_to, figure.status) == (reviewer, "in_review")


def test_resolving_records_the_value_and_the_reason(story, editor, reviewer):
    figure = figure_with_claims(story, editor, "missiles")
    services.figure_resolve(figure=figure, reviewer=reviewer, value=15.0, low=None, high=None, note="Pentagon and Iraq agree on 15")
    figure.refresh_from_db()
    assert (figure.status, figure.resolved_value, figure.resolved_by) == ("resolved", 15.0, reviewer)
    assert Resolution.objects.get(figure=figure).note == "Pentagon and Iraq agree on 15"


def test_second_review_rule_makes_a_conflicting_figure_wait_for_someone_else(story, editor, reviewer, settings):
    settings.REQUIRE_SECOND_REVIEW = True
    figure = figure_with_claims(story, editor, "missiles", conflict=True)
    services.figure_resolve(figure=figure, reviewer=reviewer, value=15.0, low=None, high=None, note="state TV is confirmed")
    figure.refresh_from_db()
    assert figure.status == "awaiting_second"
    with pytest.raises(services.ReviewError, match="someone else"):
        services.figure_confirm(figure=figure, reviewer=reviewer)
    services.figure_confirm(figure=figure, reviewer=make_user("otto", "Reviewer"), note="agreed")
    figure.refresh_from_db()
    assert figure.status == "resolved"
    assert list(figure.resolutions.values_list("action", flat=True)) == ["confirm", "resolve"]


def test_without_the_rule_or_the_conflict_one_reviewer_resolves(story, editor, reviewer, settings):
    settings.REQUIRE_SECOND_REVIEW = True
    calm = figure_with_claims(story, editor, "troops", conflict=False)
    services.figure_resolve(figure=calm, reviewer=reviewer, value=5000.0, low=None, high=None, note="all agree")
    calm.refresh_from_db()
    assert calm.status == "resolved"


def test_verdict_history_is_kept_and_the_newest_is_current(story, editor, reviewer):
    figure = figure_with_claims(story, editor, "missiles")
    claim = figure.claims.get()
    services.review_create(claim=claim, reviewer=reviewer, verdict="disputed", note="first look")
    services.review_create(claim=claim, reviewer=reviewer, verdict="verified", note="confirmed by CENTCOM", evidence=["https://example.org/a"])
    claim.refresh_from_db()
    assert claim.current_verdict == "verified"
    assert list(claim.reviews.values_list("verdict", flat=True)) == ["verified", "disputed"]


@pytest.mark.django_db(transaction=True)
def test_two_reviewers_rating_at_once_lose_nothing(story, editor):
    figure = figure_with_claims(story, editor, "missiles")
    claim = figure.claims.get()
    reviewers = [make_user(f"reviewer{n}", "Reviewer") for n in range(6)]
    start = threading.Barrier(len(reviewers))
    errors = []

    def rate(reviewer, verdict):
        try:
            start.wait()
            services.review_create(claim=claim, reviewer=reviewer, verdict=verdict)
        except Exception as error:  # collected: an exception in a thread would be lost
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=rate, args=(reviewer, "verified" if n % 2 else "false")) for n, reviewer in enumerate(reviewers)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert Review.objects.filter(claim=claim).count() == 6
    claim.refresh_from_db()
    assert claim.current_verdict == Review.objects.filter(claim=claim).first().verdict, "the current verdict is the newest"


def test_editors_and_strangers_cannot_use_the_desk(client, editor, stranger, story):
    figure = figure_with_claims(story, editor, "missiles")
    for user in (editor, stranger):
        client.force_login(user)
        assert client.get(reverse("reviews:queue")).status_code == 403
        assert client.post(reverse("reviews:take", args=[figure.pk])).status_code == 403
        assert client.post(reverse("reviews:resolve", args=[figure.pk]), {"value": 1, "note": "x"}).status_code == 403


def test_resolving_without_a_value_is_refused_with_a_reason(reviewer_client, story, editor):
    figure = figure_with_claims(story, editor, "missiles")
    response = reviewer_client.post(reverse("reviews:resolve", args=[figure.pk]), {"note": "no value"}, follow=True)
    assert "Give the best-supported value, or a range." in response.content.decode()
    figure.refresh_from_db()
    assert figure.status == "open"
