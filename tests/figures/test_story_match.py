"""Matching a story's claims into figures in the database: ids stay, copies are recognised,
and editors' corrections survive extraction and matching running again."""

import datetime

import pytest

from factcheck.articles.models import Article
from factcheck.articles.services import article_extract, article_retry
from factcheck.claims.models import Claim
from factcheck.figures import services
from factcheck.figures.models import ClaimSeparation, Figure
from factcheck.stories.models import Story

REUTERS = (
    "Iranian state television said Iran had fired 15 ballistic missiles at US bases in Iraq.\n\n"
    "Iranian state television said 80 American soldiers had been killed in the strikes.\n\n"
    "More than 5,000 US troops remain in Iraq, officials said."
)
IRAQ = (
    "Iraq's military said 22 ballistic missiles were fired at the bases early on Wednesday.\n\n"
    "The Pentagon said no American soldiers were killed in the attack."
)


@pytest.fixture
def story_articles(story, editor):
    articles = [
        Article.objects.create(story=story, body=REUTERS, uploaded_by=editor, published=datetime.date(2020, 1, 8)),
        Article.objects.create(story=story, body=IRAQ, uploaded_by=editor, published=datetime.date(2020, 1, 8)),
    ]
    for article in articles:
        article_extract(article_id=article.pk)
    services.story_match(story_id=story.pk)
    return articles


def claim(text):
    return Claim.objects.get(text=text)


def test_reports_that_disagree_share_a_conflicting_figure(story_articles):
    missiles = claim("15").figure
    assert missiles == claim("22").figure
    assert missiles.conflict and missiles.report_count == 2
    killed = claim("80").figure
    assert killed.conflict
    assert claim("More than 5,000").figure not in (missiles, killed)


def test_figures_keep_their_ids_when_matching_runs_again(story_articles, story):
    before = dict(Claim.objects.values_list("pk", "figure_id"))
    services.story_match(story_id=story.pk)
    assert dict(Claim.objects.values_list("pk", "figure_id")) == before


def test_a_finished_article_asks_for_one_match(story, editor, django_capture_on_commit_callbacks, monkeypatch):
    sent = []
    monkeypatch.setattr("factcheck.articles.services.enqueue_quietly", lambda task, *args, countdown=0: sent.append((task.name, args)) or True)
    article = Article.objects.create(story=story, body=REUTERS, uploaded_by=editor)
    with django_capture_on_commit_callbacks(execute=True):
        article_extract(article_id=article.pk)
    assert sent == [("factcheck.figures.tasks.match_story", (story.pk,))]
    story.refresh_from_db()
    assert story.needs_matching
    assert services.story_match_if_needed(story_id=story.pk) is True
    assert services.story_match_if_needed(story_id=story.pk) is False, "a second delivery finds nothing to do"


def test_a_syndicated_copy_is_recorded_and_counted_once(story, editor):
    wire = Article.objects.create(story=story, body=REUTERS * 3, uploaded_by=editor, published=datetime.date(2020, 1, 8))
    copy = Article.objects.create(story=story, body="Republished.\n\n" + REUTERS * 3, uploaded_by=editor, published=datetime.date(2020, 1, 9))
    for article in (wire, copy):
        article_extract(article_id=article.pk)
    services.story_match(story_id=story.pk)
    copy.refresh_from_db()
    assert copy.syndicated_from == wire
    assert Claim.objects.filter(article=copy, text="15").first().figure.report_count == 1


def test_moved_claim_stays_moved_after_extraction_and_matching_run_again(story_articles, story):
    troops = claim("More than 5,000")
    missiles = claim("15").figure
    services.claim_move_to_figure(claim=troops, figure=missiles)
    article = troops.article
    article_retry(article=article)
    article_extract(article_id=article.pk)
    services.story_match(story_id=story.pk)
    assert claim("More than 5,000").figure == missiles


def test_moving_a_claim_to_a_new_figure(story_articles):
    figure = services.claim_move_to_figure(claim=claim("22"), figure=None)
    assert figure.manual and claim("22").figure == figure
    assert claim("15").figure != figure
    assert not claim("15").figure.conflict, "the conflict went with the moved claim"


def test_merge_and_split_figures_survive_rematching(story_articles, story):
    missiles, troops = claim("15").figure, claim("More than 5,000").figure
    merged = services.figures_merge(figures=[missiles, troops], into=missiles)
    services.story_match(story_id=story.pk)
    assert claim("More than 5,000").figure == merged
    new = services.figure_split(figure=merged, claims=[claim("More than 5,000")], label="US troops in Iraq")
    services.story_match(story_id=story.pk)
    assert claim("More than 5,000").figure == new
    assert claim("15").figure == merged
    assert Figure.objects.get(pk=new.pk).label == "US troops in Iraq"


def test_renamed_figure_keeps_its_name(story_articles, story):
    figure = services.figure_rename(figure=claim("15").figure, label="Missiles fired at Ain al-Asad and Erbil")
    services.story_match(story_id=story.pk)
    figure.refresh_from_db()
    assert figure.label == "Missiles fired at Ain al-Asad and Erbil"


def test_not_the_same_quantity_keeps_two_claims_apart(story_articles, story, editor):
    services.claims_separate(claim=claim("15"), other=claim("22"), created_by=editor)
    services.story_match(story_id=story.pk)
    assert claim("15").figure != claim("22").figure
    assert ClaimSeparation.objects.count() == 1


def test_corrected_value_is_kept_and_used_by_matching(story_articles, story):
    services.claim_correct(claim=claim("22"), value=15.0, low=15.0, high=15.0)
    figure = claim("15").figure
    figure.refresh_from_db()
    assert not figure.conflict, "both now say 15"
    article = claim("22").article
    article_retry(article=article)
    article_extract(article_id=article.pk)
    assert (claim("22").value, claim("22").corrected_fields) == (15.0, ["high", "low", "value"])


def test_rejected_claim_leaves_its_figure_and_stays_rejected(story_articles, story):
    services.claim_reject(claim=claim("More than 5,000"))
    rejected = claim("More than 5,000")
    assert rejected.rejected and rejected.figure is None
    article_retry(article=rejected.article)
    article_extract(article_id=rejected.article.pk)
    assert claim("More than 5,000").rejected


def test_corrections_refuse_what_cannot_be(story_articles, story, editor):
    other_story = Story.objects.create(title="Other", created_by=editor)
    foreign = Figure.objects.create(story=other_story, label="x", measure="weapons")
    with pytest.raises(services.CorrectionError, match="another story"):
        services.claim_move_to_figure(claim=claim("15"), figure=foreign)
    with pytest.raises(services.CorrectionError, match="low end"):
        services.claim_correct(claim=claim("15"), low=20.0)
    with pytest.raises(services.CorrectionError, match="cannot be corrected"):
        services.claim_correct(claim=claim("15"), text="16")
    with pytest.raises(services.CorrectionError, match="needs a name"):
        services.figure_rename(figure=claim("15").figure, label="  ")
