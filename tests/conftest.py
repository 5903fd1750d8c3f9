"""The test cast and the real services the integration tests run against.

The cast: editor, reviewer, admin (the Admin role, not a superuser) and stranger (signed in,
no role). Tests marked `worker` use a real Celery worker process on the test database and
the broker in CELERY_BROKER_URL; the test command points both at PostgreSQL and Redis.
"""

from __future__ import annotations

import importlib
import os
import shutil

import pytest
from django.conf import settings
from django.contrib.auth.models import Group, User
from django.test.utils import override_settings

from factcheck.accounts.roles import ADMIN, EDITOR, REVIEWER
from tests.support import CORPUS_DIR, PASSWORD, ROOT, SAMPLE_ARTICLE, log_in, start_worker, stop_worker, tasks_succeeded, wait_for, worker_database_url  # noqa: F401


# Playwright's sync API runs an event loop in the test thread; the ORM calls made by tests
# around it are still synchronous, so Django's guard against async contexts does not apply.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


def pytest_configure(config):
    # Static files come straight from static/: tests do not run collectstatic.
    override_settings(
        STORAGES={**settings.STORAGES, "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}},
        SECURE_SSL_REDIRECT=False,
    ).enable()


def ensure_roles() -> None:
    """Tests on a transactional database start from a flushed one, which keeps permissions
    (recreated after the flush) but not the groups the roles migration made: make them again
    with that migration's own code."""
    from django.apps import apps

    if Group.objects.filter(name__in=[ADMIN, EDITOR, REVIEWER]).count() < 3:
        importlib.import_module("factcheck.accounts.migrations.0001_roles").create_roles(apps, None)
        importlib.import_module("factcheck.accounts.migrations.0002_roles_read_imports_and_resolutions").grant(apps, None)


def make_user(username: str, role: str | None) -> User:
    """A user with one role (Editor, Reviewer, Admin) or none."""
    ensure_roles()
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

    broker_url = settings.CELERY_BROKER_URL
    if not broker_url.startswith("redis://"):
        pytest.fail("worker tests need CELERY_BROKER_URL=redis://...; run them with the README's test command")
    redis.Redis.from_url(broker_url).flushdb()  # messages left by an earlier run
    log_path = tmp_path_factory.mktemp("worker") / "worker.log"
    process = start_worker(worker_database_url(), broker_url, log_path, "--concurrency", "1", "--hostname", "test-worker@%h")
    yield process
    stop_worker(process)


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
