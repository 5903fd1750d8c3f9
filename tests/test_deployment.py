"""Production configuration: the deploy checks pass when configured, and refuse when not."""

import os
import subprocess
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent


def manage(*args, **env):
    clean = {key: value for key, value in os.environ.items() if not key.startswith(("DJANGO_", "FACTCHECK_"))}
    return subprocess.run(
        [sys.executable, "manage.py", *args], cwd=ROOT, env={**clean, **env}, capture_output=True, text=True, timeout=120
    )


def test_check_deploy_reports_nothing_with_production_settings(tmp_path):
    key_file = tmp_path / "secret"
    key_file.write_text("k3y-" + "x7Qp" * 16)
    result = manage(
        "check", "--deploy", "--fail-level", "DEBUG",
        DJANGO_SECRET_KEY_FILE=str(key_file), DJANGO_ALLOWED_HOSTS="factcheck.example.org",
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues" in result.stdout


def test_check_deploy_refuses_a_missing_secret_key():
    result = manage("check", "--deploy", DJANGO_ALLOWED_HOSTS="factcheck.example.org")
    assert result.returncode != 0
    assert "factcheck.E001" in result.stderr + result.stdout


def test_a_bad_boolean_setting_fails_loudly():
    result = manage("check", DJANGO_DEBUG="maybe")
    assert result.returncode != 0
    assert "DJANGO_DEBUG must be a boolean" in result.stderr


def test_compose_file_runs_every_part_with_health_checks():
    compose = yaml.safe_load((ROOT / "docker-compose.yml").read_text())
    services = compose["services"]
    assert {"web", "worker", "beat", "db", "redis", "migrate"} <= set(services)
    for name in ("web", "worker", "db", "redis"):
        assert "healthcheck" in services[name], name
    assert services["worker"]["command"][:4] == ["celery", "-A", "factcheck", "worker"]
    assert services["beat"]["command"][:4] == ["celery", "-A", "factcheck", "beat"]
    assert "gunicorn" in (ROOT / "Dockerfile").read_text()
    for name in ("web", "worker", "beat"):
        environment = services[name]["environment"]
        assert environment["DATABASE_URL"].startswith("postgres://") and environment["CELERY_BROKER_URL"].startswith("redis://")
    assert set(compose["volumes"]) == {"pgdata", "redisdata"}
