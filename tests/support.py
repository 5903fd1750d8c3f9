"""Helpers for tests: waiting on the worker, signing in through the browser, the claims of
small reports as the matcher sees them."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CORPUS_DIR = ROOT / "tests" / "corpus" / "stories"
SAMPLE_ARTICLE = ROOT / "demo" / "reuters-iran-missile-strikes.json"
WORKER_READY_TIMEOUT_S = 60

# Every test user has this password; browser tests type it into the login form.
PASSWORD = "correct-horse-battery-staple"


def tasks_succeeded(worker, task_name: str) -> int:
    """How many runs of the task the worker has finished, from its log."""
    log = worker.log_path.read_text(errors="replace")
    return len(re.findall(rf"Task {re.escape(task_name)}\[[^\]]+\] succeeded", log))


def wait_for(condition, *, timeout_s: float = 60, interval_s: float = 0.25, message: str = "condition"):
    """Poll until condition() is truthy; fail with message after timeout_s."""
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        result = condition()
        if result:
            return result
        time.sleep(interval_s)
    pytest.fail(f"timed out after {timeout_s}s waiting for {message}")


def log_in(page, live_server, user) -> None:
    """Sign in through the login form, as a person would."""
    page.context.clear_cookies()
    page.goto(f"{live_server.url}/accounts/login/")
    page.get_by_label("Username").fill(user.username)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()
    page.wait_for_url(lambda url: "/accounts/login/" not in url)


def start_worker(database_url: str, broker_url: str, log_path: Path, *extra_args: str, **extra_env: str) -> subprocess.Popen:
    """Start `celery worker` on the given database and broker and wait until it is ready."""
    env = {**os.environ, "DATABASE_URL": database_url, "CELERY_BROKER_URL": broker_url, **extra_env}
    with open(log_path, "wb") as log:
        process = subprocess.Popen(
            [sys.executable, "-m", "celery", "-A", "factcheck", "worker", "--loglevel", "INFO",
             "--without-gossip", "--without-mingle", *extra_args],
            cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT,
        )
    process.log_path = log_path
    deadline = time.monotonic() + WORKER_READY_TIMEOUT_S
    while b" ready." not in log_path.read_bytes():
        if process.poll() is not None or time.monotonic() > deadline:
            process.kill()
            pytest.fail(f"the Celery worker did not start:\n{log_path.read_text(errors='replace')[-3000:]}")
        time.sleep(0.2)
    return process


def stop_worker(process: subprocess.Popen) -> None:
    process.terminate()
    try:
        process.wait(timeout=20)
    except subprocess.TimeoutExpired:
        process.kill()


def worker_database_url() -> str:
    from django.db import connection

    if connection.vendor != "postgresql":
        pytest.fail("worker tests need DATABASE_URL=postgres://...; run them with the README's test command")
    database = connection.settings_dict
    return f"postgres://{database['USER']}@{database['HOST']}:{database['PORT']}/{database['NAME']}"


def reported(published, **articles):
    """The claims the extractor finds in each article (name=text), as the matcher takes them,
    with ids "<article>:<number as written>"."""
    from factcheck.extraction import extract_claims
    from factcheck.matching import ClaimRef

    return [
        ClaimRef(id=f"{name}:{frame.text}", frame=frame, article=name, outlet=name, published=published)
        for name, text in articles.items()
        for frame in extract_claims(text)
    ]


def positions_in_reports(first_day, first: str, second_day, second: str):
    """The conflict positions of the claims of two one-report texts, the first published on
    first_day and the second on second_day (articles "first" and "second")."""
    from factcheck.matching.core import position_of

    return [position_of(claim) for claim in [*reported(first_day, first=first), *reported(second_day, second=second)]]


def figure_of(figures, claim_id):
    """The matched figure that holds the claim."""
    return next(figure for figure in figures if claim_id in figure.claim_ids)


def corpus_figures(story_name: str):
    """The figures matched on one story of the annotated corpus, each with its claims named
    "article:text" (for rules whose weights depend on the size of a real story)."""
    from factcheck.evaluation import load_corpus, story_claim_refs
    from factcheck.matching import match_claims

    (story,) = [story for story in load_corpus() if story.name == story_name]
    refs, _ = story_claim_refs(story)
    texts = {ref.id: f"{ref.article}:{ref.frame.text}" for ref in refs}
    return [(figure, {texts[claim_id] for claim_id in figure.claim_ids}) for figure in match_claims(refs)]


def home_of(figures, claim: str):
    """The (figure, claims) of corpus_figures that holds the claim."""
    return next((figure, claims) for figure, claims in figures if claim in claims)


def frames_of(text: str) -> dict:
    """The claims the extractor finds in a text, by the words of each number."""
    from factcheck.extraction import extract_claims

    return {frame.text: frame for frame in extract_claims(text)}

