from celery import shared_task
from django.db import OperationalError

from factcheck.figures import services


@shared_task(acks_late=True, time_limit=600, autoretry_for=(OperationalError,), retry_backoff=True, max_retries=5)
def match_story(story_id: int) -> None:
    services.story_match_if_needed(story_id=story_id)
