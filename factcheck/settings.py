"""One settings module, configured from the environment.

Defaults run locally with nothing else installed: SQLite and Celery's filesystem transport under
FACTCHECK_DATA_DIR. Production sets DATABASE_URL and CELERY_BROKER_URL (PostgreSQL, Redis),
DJANGO_SECRET_KEY (or DJANGO_SECRET_KEY_FILE) and DJANGO_ALLOWED_HOSTS. Security settings default
to their strict values unless DJANGO_DEBUG is on.
"""

from __future__ import annotations

import os
import secrets
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured
from kombu import Queue

BASE_DIR = Path(__file__).resolve().parent.parent

_TRUE = {"1", "true", "yes", "on"}
_FALSE = {"0", "false", "no", "off", ""}


def env_str(name: str, default: str = "") -> str:
    return os.environ.get(name, default)


def env_bool(name: str, default: bool) -> bool:
    raw = os.environ.get(name)
    if raw is None:
        return default
    if raw.strip().lower() in _TRUE:
        return True
    if raw.strip().lower() in _FALSE:
        return False
    raise ImproperlyConfigured(f"{name} must be a boolean (1/0, true/false), not {raw!r}")


def env_int(name: str, default: int) -> int:
    return _env_number(name, default, int, "an integer")


def env_float(name: str, default: float) -> float:
    return _env_number(name, default, float, "a number")


def _env_number(name: str, default, cast, kind: str):
    raw = os.environ.get(name)
    if raw is None or raw == "":
        return default
    try:
        return cast(raw)
    except ValueError:
        raise ImproperlyConfigured(f"{name} must be {kind}, not {raw!r}") from None


def env_list(name: str, default: list[str]) -> list[str]:
    raw = os.environ.get(name)
    if raw is None:
        return default
    return [item.strip() for item in raw.split(",") if item.strip()]


def env_secret(name: str) -> str:
    """A secret from NAME or from the file named by NAME_FILE (Docker secrets)."""
    value = os.environ.get(name, "")
    path = os.environ.get(f"{name}_FILE", "")
    if value and path:
        raise ImproperlyConfigured(f"set {name} or {name}_FILE, not both")
    if path:
        try:
            return Path(path).read_text(encoding="utf-8").strip()
        except OSError as error:
            raise ImproperlyConfigured(f"{name}_FILE: cannot read {path}: {error}") from None
    return value


DEBUG = env_bool("DJANGO_DEBUG", False)

# Where the embedded defaults keep their files (SQLite database, filesystem broker).
DATA_DIR = Path(env_str("FACTCHECK_DATA_DIR", str(BASE_DIR / "var")))

SECRET_KEY = env_secret("DJANGO_SECRET_KEY")
SECRET_KEY_CONFIGURED = bool(SECRET_KEY)
if not SECRET_KEY:
    # Commands that need no secret (extract_claims, check) must still start. A key made up
    # per process cannot sign anything another process reads, so the deploy check
    # factcheck.E001 refuses to let a server run this way.
    SECRET_KEY = secrets.token_urlsafe(50)

ALLOWED_HOSTS = env_list("DJANGO_ALLOWED_HOSTS", ["localhost", "127.0.0.1", "[::1]"])
CSRF_TRUSTED_ORIGINS = env_list("DJANGO_CSRF_TRUSTED_ORIGINS", [])

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.postgres",
    "rest_framework",
    "rest_framework.authtoken",
    "django_filters",
    "drf_spectacular",
    "drf_spectacular_sidecar",
    "factcheck.accounts",
    "factcheck.sources",
    "factcheck.stories",
    "factcheck.articles",
    "factcheck.claims",
    "factcheck.figures",
    "factcheck.reviews",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.auth.middleware.LoginRequiredMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
]

ROOT_URLCONF = "factcheck.urls"
WSGI_APPLICATION = "factcheck.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "factcheck.accounts.context_processors.roles",
            ],
        },
    },
]

DATABASES = {
    "default": dj_database_url.parse(
        env_str("DATABASE_URL", f"sqlite:///{DATA_DIR / 'factcheck.sqlite3'}"),
        conn_max_age=env_int("DATABASE_CONN_MAX_AGE_S", 60),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    DATA_DIR.mkdir(parents=True, exist_ok=True)
    # The web server and the worker write the same file: wait for the lock instead of failing.
    DATABASES["default"]["OPTIONS"] = {"timeout": 20, "transaction_mode": "IMMEDIATE", "init_command": "PRAGMA journal_mode=WAL;"}
    DATABASES["default"]["CONN_MAX_AGE"] = 0

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "home"
LOGOUT_REDIRECT_URL = "login"

LANGUAGE_CODE = "en-gb"
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = Path(env_str("DJANGO_STATIC_ROOT", str(BASE_DIR / "staticfiles")))
STATICFILES_DIRS = [BASE_DIR / "static"]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        # Hashed, compressed names need `collectstatic`; the local runner and tests serve
        # files straight from static/ instead.
        "BACKEND": env_str(
            "DJANGO_STATICFILES_STORAGE",
            "django.contrib.staticfiles.storage.StaticFilesStorage"
            if DEBUG
            else "whitenoise.storage.CompressedManifestStaticFilesStorage",
        ),
    },
}

# Security: strict unless DEBUG. Behind a TLS-terminating proxy, set DJANGO_SECURE_PROXY_SSL_HEADER.
SECURE_SSL_REDIRECT = env_bool("DJANGO_SECURE_SSL_REDIRECT", not DEBUG)
# Health checks come from inside the container, over plain HTTP.
SECURE_REDIRECT_EXEMPT = [r"^accounts/healthz/$"]
SESSION_COOKIE_SECURE = env_bool("DJANGO_SESSION_COOKIE_SECURE", not DEBUG)
CSRF_COOKIE_SECURE = env_bool("DJANGO_CSRF_COOKIE_SECURE", not DEBUG)
SECURE_HSTS_SECONDS = env_int("DJANGO_SECURE_HSTS_SECONDS", 0 if DEBUG else 31_536_000)
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("DJANGO_SECURE_HSTS_INCLUDE_SUBDOMAINS", not DEBUG)
SECURE_HSTS_PRELOAD = env_bool("DJANGO_SECURE_HSTS_PRELOAD", not DEBUG)
if env_bool("DJANGO_SECURE_PROXY_SSL_HEADER", False):
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
SESSION_COOKIE_HTTPONLY = True

# Uploads: one article file may be this large; Django refuses bigger request bodies outright.
MAX_UPLOAD_BYTES = env_int("FACTCHECK_MAX_UPLOAD_BYTES", 5 * 1024 * 1024)
MAX_UPLOAD_FILES = env_int("FACTCHECK_MAX_UPLOAD_FILES", 200)
# A .zip or .jsonl holding many articles may be this large.
MAX_BATCH_UPLOAD_BYTES = env_int("FACTCHECK_MAX_BATCH_UPLOAD_BYTES", 200 * 1024 * 1024)
DATA_UPLOAD_MAX_MEMORY_SIZE = MAX_UPLOAD_BYTES
FILE_UPLOAD_MAX_MEMORY_SIZE = MAX_UPLOAD_BYTES
DATA_UPLOAD_MAX_NUMBER_FILES = MAX_UPLOAD_FILES

# Celery. The filesystem transport lets a real worker process run with no broker server.
CELERY_BROKER_URL = env_str("CELERY_BROKER_URL", "filesystem://")
if CELERY_BROKER_URL.startswith("filesystem://"):
    _broker_dir = DATA_DIR / "broker"
    CELERY_BROKER_TRANSPORT_OPTIONS = {
        "data_folder_in": str(_broker_dir / "queue"),
        "data_folder_out": str(_broker_dir / "queue"),
        "control_folder": str(_broker_dir / "control"),
        "processed_folder": str(_broker_dir / "processed"),
        "store_processed": False,
    }
    for _folder in ("queue", "control", "processed"):
        (_broker_dir / _folder).mkdir(parents=True, exist_ok=True)
else:
    # A message a killed worker held comes back after this long; the sweep below usually
    # re-enqueues the article sooner.
    CELERY_BROKER_TRANSPORT_OPTIONS = {"visibility_timeout": env_int("CELERY_VISIBILITY_TIMEOUT_S", 3600)}
CELERY_TASK_IGNORE_RESULT = True
CELERY_TASK_ACKS_LATE = True
CELERY_TASK_REJECT_ON_WORKER_LOST = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_TASK_ALWAYS_EAGER = env_bool("CELERY_TASK_ALWAYS_EAGER", False)
CELERY_BROKER_CONNECTION_RETRY_ON_STARTUP = True
# Publishing must fail fast when the broker is down: the article is already saved and the
# sweep re-enqueues it, so an upload never waits on a dead broker.
CELERY_BROKER_CONNECTION_TIMEOUT = 3
CELERY_TASK_PUBLISH_RETRY = False
# Matching has a queue of its own, which every worker also consumes (a worker takes from all the
# queues below unless told otherwise with -Q): a match asked for during a bulk import then
# waits for a free worker process, not behind every extraction still queued.
CELERY_TASK_QUEUES = [Queue("celery"), Queue("matching")]
CELERY_TASK_DEFAULT_QUEUE = "celery"
CELERY_TASK_ROUTES = {"factcheck.figures.tasks.match_story": {"queue": "matching"}}

# An article whose task started longer ago than this is taken to be lost with its worker.
EXTRACTION_LEASE_S = env_int("FACTCHECK_EXTRACTION_LEASE_S", 15 * 60)
EXTRACTION_TIME_LIMIT_S = env_int("FACTCHECK_EXTRACTION_TIME_LIMIT_S", 10 * 60)
# Matching waits this long after an article finishes, so that a burst of finished articles of
# one story is matched once.
MATCH_DEBOUNCE_S = env_int("FACTCHECK_MATCH_DEBOUNCE_S", 2)
# A story is matched again no sooner than this many times its last match's duration after that
# match ended: a large story in a bulk import spends at most 1/(1+x) of a worker on matching.
MATCH_SPACING = env_float("FACTCHECK_MATCH_SPACING", 3.0)
# How often the sweep looks for articles that are queued but not enqueued, or stuck.
SWEEP_INTERVAL_S = env_int("FACTCHECK_SWEEP_INTERVAL_S", 60)
# An article queued this long without being started is enqueued again (its message may be
# lost with a broker restart); a duplicate message is harmless, the lease turns it away.
REQUEUE_AFTER_S = env_int("FACTCHECK_REQUEUE_AFTER_S", 15 * 60)

CELERY_BEAT_SCHEDULE = {
    "sweep-articles": {"task": "factcheck.articles.tasks.sweep_articles", "schedule": SWEEP_INTERVAL_S},
}
CELERY_BEAT_SCHEDULE_FILENAME = str(DATA_DIR / "celerybeat-schedule")

# Who publishes the verdicts, as schema.org ClaimReview names the author.
FACTCHECK_PUBLISHER_NAME = env_str("FACTCHECK_PUBLISHER_NAME", "factcheck newsroom")
FACTCHECK_PUBLISHER_URL = env_str("FACTCHECK_PUBLISHER_URL", "https://factcheck.example.org/")

# Reviews: conflicting figures need a second reviewer's agreement before they count as resolved.
REQUIRE_SECOND_REVIEW = env_bool("FACTCHECK_REQUIRE_SECOND_REVIEW", False)

REST_FRAMEWORK = {
    # Token first: an anonymous caller then gets 401 with "WWW-Authenticate: Token".
    "DEFAULT_AUTHENTICATION_CLASSES": [
        "rest_framework.authentication.TokenAuthentication",
        "rest_framework.authentication.SessionAuthentication",
    ],
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.IsAuthenticated"],
    "DEFAULT_PAGINATION_CLASS": "rest_framework.pagination.PageNumberPagination",
    "PAGE_SIZE": 50,
    "DEFAULT_FILTER_BACKENDS": ["django_filters.rest_framework.DjangoFilterBackend", "rest_framework.filters.OrderingFilter"],
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
}
SPECTACULAR_SETTINGS = {
    "TITLE": "factcheck API",
    "DESCRIPTION": "Numerical claims extracted from news articles, grouped into figures, with reviewers' verdicts.",
    "VERSION": "1.0.0",
    "SERVE_INCLUDE_SCHEMA": False,
    # Swagger UI and Redoc from our own static files (drf-spectacular-sidecar), not a CDN.
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    "REDOC_DIST": "SIDECAR",
    "COMPONENT_SPLIT_REQUEST": True,
    "POSTPROCESSING_HOOKS": ["drf_spectacular.hooks.postprocess_schema_enums", "factcheck.api.schema.document_error_answers"],
    "ENUM_NAME_OVERRIDES": {
        "ArticleStatusEnum": "factcheck.articles.models.Article.Status",
        "FigureStatusEnum": "factcheck.figures.models.Figure.Status",
    },
}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "root": {"handlers": ["console"], "level": env_str("DJANGO_LOG_LEVEL", "INFO")},
    "loggers": {"django.db.backends": {"level": "WARNING"}},
}
