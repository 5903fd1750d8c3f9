"""Extraction runs exactly once per article, whatever happens to brokers and workers.

These tests drive the service directly; the extractor is replaced by a small deterministic
double where a test needs to control what happens during extraction.
"""

import datetime
import re

import pytest
from django.utils import timezone

from factcheck.articles.models import Article
from factcheck.articles.services import (
    EXTRACTION_SHARE_PERCENT,
    PROGRESS_INTERVAL_S,
    PROGRESS_STEP_PERCENT,
    ProgressReporter,
    article_extract,
    article_retry,
    articles_sweep,
)
from factcheck.claims.models import Claim
from factcheck.extraction import ClaimFrame
from factcheck.reviews.services import review_create

BODY = "Iranian state television said Iran had fired 15 missiles. The Pentagon said 11 troops were hurt."


def digits_extractor(text, progress=None):
    """Every run of digits is a claim of that many things: enough to test the plumbing."""
    frames = []
    for match in re.finditer(r"\d+", text):
        value = float(match.group())
        frames.append(
            ClaimFrame(start=match.start(), end=match.end(), text=match.group(), value=value, low=value, high=value,
                       hedge="exact", unit="thing", measure="other", claimant=None, sentence=text)
        )
    if progress:
        progress(1, 1)
    return frames


@pytest.fixture
def fake_extractor(monkeypatch):
    monkeypatch.setattr("factcheck.extraction.extract_claims", digits_extractor)
    return digits_extractor


@pytest.fixture
def article(story, editor):
    return Article.objects.create(story=story, body=BODY, uploaded_by=editor)


def claim_rows(article):
    return list(Claim.objects.filter(article=article).order_by("start").values_list("pk", "start", "end", "value"))


def test_a_queued_article_is_processed_and_marked_done(article, fake_extractor):
    assert article_extract(article_id=article.pk) is True
    article.refresh_from_db()
    assert (article.status, article.progress_percent, article.attempts) == ("done", 100, 1)
    assert [row[3] for row in claim_rows(article)] == [15, 11]


def test_a_second_delivery_of_the_same_task_does_nothing(article, fake_extractor):
    article_extract(article_id=article.pk)
    before = claim_rows(article)
    assert article_extract(article_id=article.pk) is False
    article.refresh_from_db()
    assert article.attempts == 1
    assert claim_rows(article) == before


def test_processing_again_keeps_the_same_claims_and_their_ids(article, fake_extractor, reviewer):
    article_extract(article_id=article.pk)
    first = claim_rows(article)
    review_create(claim=Claim.objects.get(article=article, value=15), reviewer=reviewer, verdict="verified")
    article_retry(article=article)
    assert article_extract(article_id=article.pk) is True
    assert claim_rows(article) == first
    assert Claim.objects.get(article=article, value=15).reviews.count() == 1


def test_a_claim_people_worked_on_outlives_the_extractor_forgetting_it(article, fake_extractor, reviewer, monkeypatch):
    article_extract(article_id=article.pk)
    rated = Claim.objects.get(article=article, value=15)
    review_create(claim=rated, reviewer=reviewer, verdict="disputed")
    monkeypatch.setattr("factcheck.extraction.extract_claims", lambda text, progress=None: [])
    article_retry(article=article)
    article_extract(article_id=article.pk)
    survivors = Claim.objects.filter(article=article)
    assert list(survivors.values_list("pk", "machine_found")) == [(rated.pk, False)]


def test_editor_corrections_survive_processing_again(article, fake_extractor):
    article_extract(article_id=article.pk)
    claim = Claim.objects.get(article=article, value=15)
    claim.unit, claim.corrected_fields = "ballistic missile", ["unit"]
    claim.save()
    article_retry(article=article)
    article_extract(article_id=article.pk)
    claim.refresh_from_db()
    assert claim.unit == "ballistic missile"


def test_a_run_that_lost_its_lease_discards_its_work(article, monkeypatch):
    """The sweep gave the article to another run while this one was still extracting."""

    def slow_extractor(text, progress=None):
        Article.objects.filter(pk=article.pk).update(lease_token=None, status="queued")
        return digits_extractor(text)

    monkeypatch.setattr("factcheck.extraction.extract_claims", slow_extractor)
    assert article_extract(article_id=article.pk) is False
    article.refresh_from_db()
    assert article.status == "queued"
    assert not Claim.objects.filter(article=article).exists()


def test_an_extractor_error_is_recorded_on_the_article(article, monkeypatch):
    def broken(text, progress=None):
        raise ValueError("parser exploded")

    monkeypatch.setattr("factcheck.extraction.extract_claims", broken)
    with pytest.raises(ValueError):
        article_extract(article_id=article.pk)
    article.refresh_from_db()
    assert article.status == "failed"
    assert article.error == "ValueError: parser exploded"
    assert article.lease_token is None


def test_sweep_frees_articles_whose_worker_died_and_enqueues_them(article, monkeypatch):
    sent = []
    monkeypatch.setattr("factcheck.articles.services.article_enqueue", lambda article_id: sent.append(article_id) or True)
    Article.objects.filter(pk=article.pk).update(status="processing", lease_expires_at=timezone.now() - datetime.timedelta(seconds=1))
    result = articles_sweep()
    article.refresh_from_db()
    assert article.status == "queued"
    assert sent == [article.pk]
    assert result == {"expired": 1, "waiting": 1, "enqueued": 1, "stories": 0}


def test_sweep_leaves_live_runs_and_recently_enqueued_articles_alone(article, story, editor, monkeypatch):
    sent = []
    monkeypatch.setattr("factcheck.articles.services.article_enqueue", lambda article_id: sent.append(article_id) or True)
    Article.objects.filter(pk=article.pk).update(status="processing", lease_expires_at=timezone.now() + datetime.timedelta(minutes=5))
    Article.objects.create(story=story, body="Another 7 rockets.", uploaded_by=editor, enqueued_at=timezone.now())
    assert articles_sweep() == {"expired": 0, "waiting": 0, "enqueued": 0, "stories": 0}
    assert sent == []



def slow_reader(seconds_per_sentence):
    """An extractor that reads 20 sentences, each taking the given time on a pretend clock."""
    clock = [0.0]

    def extract(text, progress=None):
        for done in range(1, 21):
            clock[0] += seconds_per_sentence
            progress(done, 20)
        return digits_extractor(text)

    return extract, clock


@pytest.mark.parametrize("seconds_per_sentence", [1.0, 0.001])
def test_progress_is_written_in_steps_and_never_for_a_quick_read(article, monkeypatch, seconds_per_sentence):
    extract, clock = slow_reader(seconds_per_sentence)
    monkeypatch.setattr("factcheck.extraction.extract_claims", extract)
    monkeypatch.setattr("factcheck.articles.services.time.monotonic", lambda: clock[0])
    written = []
    real_set = ProgressReporter.set
    monkeypatch.setattr(ProgressReporter, "set", lambda self, percent, note: written.append(percent) or real_set(self, percent, note))
    article_extract(article_id=article.pk)
    reading = written[:-1]  # the last write is "Found N claims; saving them"
    if seconds_per_sentence >= PROGRESS_INTERVAL_S:
        steps = [later - earlier for earlier, later in zip([0, *reading], reading)]
        assert len(reading) >= 8 and min(steps) >= PROGRESS_STEP_PERCENT
        assert reading[-1] >= EXTRACTION_SHARE_PERCENT - PROGRESS_STEP_PERCENT
    else:
        assert reading == [], "a read quicker than the page polls writes no progress"
    assert Article.objects.get(pk=article.pk).progress_percent == 100
