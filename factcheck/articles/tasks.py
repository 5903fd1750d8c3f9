from celery import shared_task
from django.conf import settings
from django.db import OperationalError

from factcheck.articles import services


@shared_task(
    acks_late=True,
    soft_time_limit=settings.EXTRACTION_TIME_LIMIT_S,
    time_limit=settings.EXTRACTION_TIME_LIMIT_S + 30,
    # A database that is briefly unreachable is worth waiting for; anything else is a failure
    # that article_extract has already recorded on the article.
    autoretry_for=(OperationalError,),
    retry_backoff=True,
    max_retries=5,
)
def extract_article(article_id: int) -> None:
    services.article_extract(article_id=article_id)


@shared_task(acks_late=True, time_limit=120)
def sweep_articles() -> dict:
    return services.articles_sweep()
