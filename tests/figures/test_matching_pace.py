"""How often a story is matched: one task on its way per story, paced by the last match's
duration, and a request that never waits for a match in progress."""

import datetime
import threading

import pytest
from django.db import OperationalError, connection, connections, transaction
from django.utils import timezone

from factcheck.articles.models import Article
from factcheck.articles.services import MATCH_TASK_LOST_AFTER_S, story_request_matching
from factcheck.figures import services
from factcheck.stories.models import Story

WIRE = " ".join(f"Officials in district {n} said {n + 3} homes were damaged by the storm overnight." for n in range(12))


@pytest.fixture
def sent(monkeypatch):
    calls = []
    monkeypatch.setattr("factcheck.articles.services.enqueue_quietly", lambda task, *args, countdown=0: calls.append((task.name, args, countdown)) or True)
    return calls


def test_requests_before_the_match_runs_send_one_task(story, sent, settings):
    settings.MATCH_DEBOUNCE_S = 2
    for _ in range(5):
        story_request_matching(story_id=story.pk)
    assert sent == [("factcheck.figures.tasks.match_story", (story.pk,), 2)]
    assert services.story_match_if_needed(story_id=story.pk) is True
    story_request_matching(story_id=story.pk)
    assert len(sent) == 2, "after the match, the next request sends the next task"


def test_a_long_match_spaces_out_the_next_one_while_articles_are_extracted(story, sent, settings, editor):
    settings.MATCH_DEBOUNCE_S = 2
    settings.MATCH_SPACING = 3.0
    Article.objects.create(story=story, body=WIRE, uploaded_by=editor)  # queued: the batch goes on
    Story.objects.filter(pk=story.pk).update(matched_at=timezone.now(), match_duration_s=10.0)
    story_request_matching(story_id=story.pk)
    (_, _, countdown), = sent
    assert 28 <= countdown <= 30, "three times the 10 s match, counted from its end"


def test_once_nothing_is_left_to_extract_the_last_figures_wait_for_no_spacing(story, sent, settings, editor):
    settings.MATCH_DEBOUNCE_S = 2
    settings.MATCH_SPACING = 3.0
    article = Article.objects.create(story=story, body=WIRE, uploaded_by=editor)
    Story.objects.filter(pk=story.pk).update(matched_at=timezone.now(), match_duration_s=10.0)
    story_request_matching(story_id=story.pk)
    Article.objects.filter(pk=article.pk).update(status=Article.Status.DONE)  # the batch's last article
    story_request_matching(story_id=story.pk)
    assert [countdown for _, _, countdown in sent][0] >= 28
    assert [countdown for _, _, countdown in sent][1:] == [2], "the spaced task is brought forward"
    assert (Story.objects.get(pk=story.pk).match_due_at - timezone.now()).total_seconds() <= 2
    story_request_matching(story_id=story.pk)
    assert len(sent) == 2, "the task brought forward serves later requests too"


def test_a_lost_task_is_sent_again(story, sent):
    Story.objects.filter(pk=story.pk).update(match_due_at=timezone.now() - datetime.timedelta(seconds=MATCH_TASK_LOST_AFTER_S + 1))
    story_request_matching(story_id=story.pk)
    assert len(sent) == 1


def test_a_match_records_when_it_ended_and_how_long_it_took(story, sent):
    before = timezone.now()
    story_request_matching(story_id=story.pk)
    services.story_match_if_needed(story_id=story.pk)
    story.refresh_from_db()
    assert story.matched_at >= before and story.match_duration_s > 0
    assert (story.needs_matching, story.match_due_at) == (False, None)


def test_a_failed_match_asks_again(story, sent, monkeypatch):
    story_request_matching(story_id=story.pk)
    monkeypatch.setattr(services, "story_match", lambda **kwargs: 1 / 0)
    with pytest.raises(ZeroDivisionError):
        services.story_match_if_needed(story_id=story.pk)
    assert Story.objects.get(pk=story.pk).needs_matching


@pytest.mark.django_db(transaction=True)
def test_a_request_does_not_wait_for_a_match_in_progress(story, sent):
    if connection.vendor != "postgresql":
        pytest.fail("this test needs PostgreSQL; run it with the README's test command")
    locked, release = threading.Event(), threading.Event()

    def match_in_progress():
        try:
            with transaction.atomic():
                services.story_lock(story.pk)
                locked.set()
                release.wait(30)
        finally:
            connections.close_all()

    holder = threading.Thread(target=match_in_progress)
    holder.start()
    try:
        assert locked.wait(30)
        with connection.cursor() as cursor:
            cursor.execute("SET lock_timeout = '3s'")
        try:
            story_request_matching(story_id=story.pk)
        except OperationalError as error:
            pytest.fail(f"the request waited for the match's lock: {error}")
        assert Story.objects.get(pk=story.pk).needs_matching
    finally:
        release.set()
        holder.join()
        with connection.cursor() as cursor:
            cursor.execute("SET lock_timeout = 0")


def test_articles_keep_their_text_signature_and_syndication_reads_it(story, editor):
    article = Article.objects.create(story=story, body=WIRE, uploaded_by=editor)
    assert len(article.text_signature) == 512
    copy = Article.objects.create(story=story, body="Updated. " + WIRE, uploaded_by=editor)
    Article.objects.filter(pk=copy.pk).update(text_signature=None)  # as saved before signatures were kept
    services.story_syndication(story_id=story.pk)
    copy.refresh_from_db()
    assert copy.syndicated_from == article
    assert bytes(copy.text_signature), "the missing signature was filled in"
