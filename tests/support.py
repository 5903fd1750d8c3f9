"""Helpers for tests: waiting on the worker, signing in through the browser."""

from __future__ import annotations

import re
import time

import pytest

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
