import os

from celery import Celery
from celery.signals import worker_process_init

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "factcheck.settings")

app = Celery("factcheck")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()


@worker_process_init.connect
def load_extraction_pipeline(**kwargs):
    """Load the spaCy pipeline as each worker process starts, once, not inside its first task."""
    from factcheck.extraction import get_pipeline

    get_pipeline()
