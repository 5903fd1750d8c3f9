"""The test cast and the real services the integration tests run against.

The cast: editor, reviewer, admin (the Admin role, not a superuser) and stranger (signed in,
no role). Tests marked `worker` use a real Celery worker process on the test database and
the broker in CELERY_BROKER_URL; the test command points both at PostgreSQL and Redis.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
from django.conf import settings
from django.contrib.auth.models import Group, User
from django.test.utils import override_settings

from factcheck.accounts.roles import ADMIN, EDITOR, REVIEWER
from tests.support import PASSWORD, log_in, tasks_succeeded, wait_for  # noqa: F401  (re-exported for tests)

ROOT = Path(__file__).resolve().parent.parent
CORPUS_DIR = ROOT / "tests" / "corpus" / "stories"
SAMPLE_ARTICLE = ROOT / "demo" / "reuters-iran-missile-strikes.json"
WORKER_READY_TIMEOUT_S = 60

# Playwright's sync API runs an event loop in the test thread; the ORM calls made by tests
# around it are still synchronous, so Django's guard against async contexts does not apply.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


def pytest_configure(config):
    # Static files come straight from static/: tests do not run collectstatic.
    override_settings(
        STORAGES={**settings.STORAGES, "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}},
        SECURE_SSL_REDIRECT=False,
    ).enable()


def make_user(username: str, role: str | None) -> User:
    user = User.objects.create_user(username=username, password=PASSWORD, email=f"{username}@example.org")
    if role:
        user.groups.add(Group.objects.get(name=role))
    if role == ADMIN:
        user.is_staff = True
        user.save()
    return user


@pytest.fixture
def editor(db):
    return make_user("edna", EDITOR)


@pytest.fixture
def reviewer(db):
    return make_user("rita", REVIEWER)


@pytest.fixture
def admin(db):
    return make_user("ada", ADMIN)


@pytest.fixture
def stranger(db):
    return make_user("sam", None)


def logged_in(client, user):
    client.force_login(user)
    return client


@pytest.fixture
def editor_client(client, editor):
    return logged_in(client, editor)


@pytest.fixture
def reviewer_client(client, reviewer):
    return logged_in(client, reviewer)


@pytest.fixture
def admin_client_(client, admin):
    return logged_in(client, admin)


@pytest.fixture
def sample_article() -> dict:
    import json

    return json.loads(SAMPLE_ARTICLE.read_text(encoding="utf-8"))


@pytest.fixture
def story(editor):
    from factcheck.stories.models import Story

    return Story.objects.create(title="Iran strikes US bases", created_by=editor)


@pytest.fixture
def eager_tasks():
    """Run Celery tasks in the test process, synchronously, when they are enqueued."""
    from factcheck.celery import app

    app.conf.task_always_eager = True
    yield
    app.conf.task_always_eager = False


# --- a real worker -------------------------------------------------------------------------


@pytest.fixture(scope="session")
def celery_worker_process(django_db_setup, django_db_blocker, tmp_path_factory):
    """A real `celery worker` process on the test database, for the whole session."""
    import redis
    from django.db import connection

    broker_url = settings.CELERY_BROKER_URL
    if not broker_url.startswith("redis://"):
        pytest.fail("worker tests need CELERY_BROKER_URL=redis://...; run them with the README's test command")
    redis.Redis.from_url(broker_url).flushdb()  # messages left by an earlier run

    database = connection.settings_dict
    database_url = f"postgres://{database['USER']}@{database['HOST']}:{database['PORT']}/{database['NAME']}"
    if connection.vendor != "postgresql":
        pytest.fail("worker tests need DATABASE_URL=postgres://...; run them with the README's test command")
    log_path = tmp_path_factory.mktemp("worker") / "worker.log"
    env = {**os.environ, "DATABASE_URL": database_url, "CELERY_BROKER_URL": broker_url, "FACTCHECK_EXTRACTION_LEASE_S": "30"}
    with open(log_path, "wb") as log:
        process = subprocess.Popen(
            [sys.executable, "-m", "celery", "-A", "factcheck", "worker", "--concurrency", "1", "--loglevel", "INFO",
             "--without-gossip", "--without-mingle", "--hostname", "test-worker@%h"],
            cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT,
        )
    deadline = time.monotonic() + WORKER_READY_TIMEOUT_S
    while b" ready." not in log_path.read_bytes():
        if process.poll() is not None or time.monotonic() > deadline:
            process.kill()
            pytest.fail(f"the Celery worker did not start:\n{log_path.read_text(errors='replace')[-3000:]}")
        time.sleep(0.2)
    process.log_path = log_path
    yield process
    process.terminate()
    try:
        process.wait(timeout=20)
    except subprocess.TimeoutExpired:
        process.kill()


# --- a browser -----------------------------------------------------------------------------

CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
]


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    executable = shutil.which("chromium") or shutil.which("chromium-browser")
    if executable is None:
        pytest.fail("browser tests need Debian's chromium; the README's test command installs it")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS, headless=True)
        yield browser
        browser.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    page = context.new_page()
    page.set_default_timeout(15_000)
    yield page
    context.close()
