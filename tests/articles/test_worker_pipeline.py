"""The pipeline against the real services: PostgreSQL, Redis and a Celery worker process."""

import pytest
from django.conf import settings
from django.urls import reverse

from factcheck.articles.models import Article
from factcheck.articles.services import article_enqueue, articles_sweep
from factcheck.articles.tasks import extract_article
from factcheck.celery import app as celery_app
from tests.support import start_worker, stop_worker, tasks_succeeded, wait_for, worker_database_url

pytestmark = [pytest.mark.worker, pytest.mark.django_db(transaction=True)]

UNREACHABLE_BROKER = "redis://127.0.0.1:1/0"
EXTRACT_TASK = "factcheck.articles.tasks.extract_article"
# The lease a worker takes in the kill test: short, so the test does not wait long.
LEASE_FOR_KILL_TEST_S = 5


def reset_producer_pool():
    celery_app._pool = None
    celery_app.amqp._producer_pool = None


class Broker:
    """Takes this process's broker away and brings it back (Celery reads CELERY_BROKER_URL first)."""

    def __init__(self, monkeypatch):
        self.monkeypatch = monkeypatch

    def go_down(self):
        self.monkeypatch.setenv("CELERY_BROKER_URL", UNREACHABLE_BROKER)
        reset_producer_pool()

    def come_back(self):
        self.monkeypatch.setenv("CELERY_BROKER_URL", settings.CELERY_BROKER_URL)
        reset_producer_pool()


@pytest.fixture
def broker(monkeypatch):
    broker = Broker(monkeypatch)
    yield broker
    broker.come_back()


def status_of(article_id):
    return Article.objects.get(pk=article_id).status


def test_an_upload_while_the_broker_is_down_is_kept_and_processed_later(celery_worker_process, editor_client, story, sample_article, broker):
    broker.go_down()
    response = editor_client.post(reverse("articles:upload", args=[story.pk]), {"text": sample_article["text"]})
    assert response.status_code == 302, "the upload succeeds although the task could not be sent"
    article = Article.objects.get(story=story)
    assert (article.status, article.enqueued_at) == ("queued", None)

    # The broker is back: the periodic sweep finds the article and the worker processes it.
    broker.come_back()
    assert articles_sweep()["enqueued"] == 1
    wait_for(lambda: status_of(article.pk) == "done", message="the worker to process the swept article")
    article.refresh_from_db()
    assert article.attempts == 1
    assert article.claims.filter(text="15", unit="missile").exists()


def test_a_task_delivered_twice_processes_the_article_once(celery_worker_process, story, editor, sample_article):
    article = Article.objects.create(story=story, body=sample_article["text"], uploaded_by=editor)
    runs_before = tasks_succeeded(celery_worker_process, EXTRACT_TASK)
    assert article_enqueue(article_id=article.pk) and article_enqueue(article_id=article.pk)
    wait_for(lambda: tasks_succeeded(celery_worker_process, EXTRACT_TASK) >= runs_before + 2, message="both deliveries to run")
    article.refresh_from_db()
    assert article.status == "done"
    assert article.attempts == 1, "the second delivery found the article done and left it alone"
    assert article.claims.filter(text="15").count() == 1


def test_a_worker_killed_mid_article_loses_nothing(celery_worker_process, story, editor, sample_article, tmp_path):
    """A worker dies holding an article: the sweep hands it to another worker once its lease
    runs out, and the article ends processed exactly once."""
    doomed = start_worker(
        worker_database_url(), settings.CELERY_BROKER_URL, tmp_path / "doomed.log",
        "--pool", "solo", "--queues", "doomed", "--hostname", "doomed@%h",
        FACTCHECK_EXTRACTION_LEASE_S=str(LEASE_FOR_KILL_TEST_S),
    )
    # Long enough that the worker is still extracting when it is killed.
    article = Article.objects.create(story=story, body="\n\n".join([sample_article["text"]] * 60), uploaded_by=editor)
    try:
        extract_article.apply_async(args=[article.pk], queue="doomed")
        wait_for(lambda: status_of(article.pk) == "processing", message="the doomed worker to start the article")
        doomed.kill()
        doomed.wait(timeout=10)
    finally:
        stop_worker(doomed)
    assert status_of(article.pk) == "processing", "the article is stranded with the dead worker's lease"

    wait_for(lambda: articles_sweep()["expired"] == 1, timeout_s=LEASE_FOR_KILL_TEST_S + 10, interval_s=1, message="the lease to run out")
    wait_for(lambda: status_of(article.pk) == "done", timeout_s=120, message="the healthy worker to finish the article")
    article.refresh_from_db()
    assert article.attempts == 2
    assert article.claims.filter(text="15").count() == 60
