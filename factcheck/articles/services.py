"""Articles: create, enqueue, extract, sweep.

The processing contract: an article is saved first and its task enqueued after commit; the
task claims the article with a lease before working and writes its results only while it still
holds that lease. Whatever happens to brokers and workers, the sweep brings every article back
until one run has finished it.
"""

from __future__ import annotations

import datetime
import logging
import math
import time
import uuid

from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import F, Q
from django.utils import timezone

from factcheck import extraction
from factcheck.articles.ingest import ImportItem, IngestError
from factcheck.articles.models import Article, ImportBatch, content_hash
from factcheck.claims.services import claims_replace
from factcheck.stories.models import Story

logger = logging.getLogger(__name__)

# Progress is written to the database in steps of at least this many percent points, and no
# more often than every PROGRESS_INTERVAL_S (the page polls each second): a short article, read
# in a few milliseconds, costs no progress writes at all.
PROGRESS_STEP_PERCENT = 5
PROGRESS_INTERVAL_S = 0.5
# Share of the progress bar given to extraction; matching the story takes the rest.
EXTRACTION_SHARE_PERCENT = 90
# A match task this late is taken to be lost, and another is sent.
MATCH_TASK_LOST_AFTER_S = 120


class DuplicateArticle(Exception):
    def __init__(self, existing: Article):
        super().__init__(f"this text is already in the story as “{existing}”")
        self.existing = existing


def article_create(
    *,
    story,
    body: str,
    uploaded_by,
    source=None,
    title: str = "",
    url: str = "",
    published: datetime.date | None = None,
    original_name: str = "",
    original_content_type: str = "",
    original_bytes: bytes | None = None,
    outlet_name: str = "",
    batch: ImportBatch | None = None,
) -> Article:
    """Save an article and enqueue its extraction once the save is committed."""
    existing = Article.objects.filter(story=story, content_hash=content_hash(body)).first()
    if existing is not None:
        raise DuplicateArticle(existing)
    article = Article(
        story=story,
        source=source,
        title=title,
        url=url,
        published=published,
        body=body,
        uploaded_by=uploaded_by,
        original_name=original_name,
        original_content_type=original_content_type,
        original_bytes=original_bytes,
        outlet_name=outlet_name,
        batch=batch,
    )
    try:
        with transaction.atomic():
            article.save()
    except IntegrityError:
        # Two uploads of the same text raced past the check above.
        raise DuplicateArticle(Article.objects.get(story=story, content_hash=article.content_hash)) from None
    transaction.on_commit(lambda: article_enqueue(article_id=article.pk))
    return article


def articles_import(
    *, story, uploaded_by, items: list[ImportItem], name: str, source=None, defaults: ImportItem | None = None
) -> ImportBatch:
    """Add many articles at once; each item that fails is recorded in the batch with its reason.

    `source` applies to every article; otherwise each is matched by its outlet's name, then by
    its URL's domain. `defaults` fills title, url and published where an item has none.
    """
    from factcheck.sources.services import source_for_url, source_named

    batch = ImportBatch.objects.create(story=story, name=name[:300], created_by=uploaded_by, total=len(items))
    max_bytes = settings.MAX_UPLOAD_BYTES
    for item in items:
        try:
            text = item.read(max_bytes=max_bytes)
        except IngestError as error:
            batch.failures.append({"name": item.name, "error": str(error)})
            continue
        url = item.url or text.url or (defaults.url if defaults else "")
        outlet = item.outlet or (defaults.outlet if defaults else "")
        try:
            article_create(
                story=story,
                source=source or source_named(outlet) or source_for_url(url),
                outlet_name=outlet,
                title=item.title or text.title or (defaults.title if defaults else ""),
                url=url,
                published=item.published or text.published or (defaults.published if defaults else None),
                body=text.body,
                uploaded_by=uploaded_by,
                original_name=item.name[:255] if item.data is not None else "",
                original_bytes=item.data,
                batch=batch,
            )
        except DuplicateArticle as duplicate:
            batch.duplicates += 1
            batch.failures.append({"name": item.name, "error": str(duplicate)})
            continue
        batch.added += 1
    batch.save(update_fields=["added", "duplicates", "failures"])
    return batch


def article_enqueue(*, article_id: int) -> bool:
    """Send the article to the workers. A broker that is down is logged, not raised: the
    article stays queued and the sweep sends it again."""
    from factcheck.articles.tasks import extract_article

    if not enqueue_quietly(extract_article, article_id):
        return False
    Article.objects.filter(pk=article_id, status=Article.Status.QUEUED).update(enqueued_at=timezone.now())
    return True


def article_retry(*, article: Article) -> None:
    """Process a failed or finished article again, e.g. after the extractor improved."""
    Article.objects.filter(pk=article.pk).exclude(status=Article.Status.PROCESSING).update(
        status=Article.Status.QUEUED, error="", progress_percent=0, progress_note="", enqueued_at=None
    )
    transaction.on_commit(lambda: article_enqueue(article_id=article.pk))


def article_extract(*, article_id: int) -> bool:
    """Extract the article's claims and match its story's figures. True if this run did it.

    Safe to call any number of times, concurrently too: only the run holding the lease writes.
    """
    token = uuid.uuid4()
    now = timezone.now()
    claimed = (
        Article.objects.filter(pk=article_id)
        .filter(Q(status=Article.Status.QUEUED) | Q(status=Article.Status.PROCESSING, lease_expires_at__lt=now))
        .update(
            status=Article.Status.PROCESSING,
            lease_token=token,
            lease_expires_at=now + datetime.timedelta(seconds=settings.EXTRACTION_LEASE_S),
            attempts=F("attempts") + 1,
            progress_percent=0,
            progress_note="Reading the article",
            error="",
        )
    )
    if not claimed:
        # Done already, deleted, or another run holds a live lease: a duplicate delivery.
        logger.info("article %s is not ours to process; skipping", article_id)
        return False

    body, story_id = Article.objects.values_list("body", "story_id").get(pk=article_id)
    reporter = ProgressReporter(article_id, token)
    try:
        frames = extraction.extract_claims(body, progress=reporter.extraction)
    except Exception as error:
        article_fail(article_id=article_id, token=token, error=error)
        raise
    reporter.set(EXTRACTION_SHARE_PERCENT, f"Found {len(frames)} claims; saving them")

    with transaction.atomic():
        article = Article.objects.select_for_update().filter(pk=article_id, lease_token=token).first()
        if article is None:
            logger.warning("article %s was taken over by another run; discarding this one", article_id)
            return False
        claims_replace(article=article, frames=frames)
        # Asked after commit, in a statement of its own: holding the story row inside this
        # transaction would deadlock with a match that is reading this article's claims.
        transaction.on_commit(lambda: story_request_matching(story_id=story_id))
        Article.objects.filter(pk=article_id).update(
            status=Article.Status.DONE,
            lease_token=None,
            lease_expires_at=None,
            progress_percent=100,
            progress_note=f"{len(frames)} claims found",
            processed_at=timezone.now(),
        )
    return True


def story_request_matching(*, story_id: int) -> None:
    """Ask for the story's figures to be matched again.

    However often it is asked, one match task per story is on its way (Story.match_due_at) and
    serves every request made before it runs. It is due MATCH_DEBOUNCE_S from now, or later
    after a long match while articles of the story are still being extracted: a story whose
    last match took 2 s is matched again no sooner than MATCH_SPACING x 2 s after it, so a bulk
    import spends its workers on extraction. Once nothing is left to extract, the last figures
    wait for no spacing: a task due later is brought forward (the later one, when it comes,
    finds nothing left to do)."""
    from factcheck.figures.tasks import match_story

    now = timezone.now()
    Story.objects.filter(pk=story_id).update(needs_matching=True)
    last = Story.objects.filter(pk=story_id).values("matched_at", "match_duration_s").first()
    if last is None:
        return
    extracting = Article.objects.filter(story_id=story_id, status__in=(Article.Status.QUEUED, Article.Status.PROCESSING)).exists()
    delay = float(settings.MATCH_DEBOUNCE_S)
    if last["matched_at"] is not None and extracting:
        next_match = last["matched_at"] + datetime.timedelta(seconds=settings.MATCH_SPACING * last["match_duration_s"])
        delay = max(delay, (next_match - now).total_seconds())
    due = now + datetime.timedelta(seconds=delay)
    # A task overdue by this much was lost (a broker restart): send another.
    lost_before = now - datetime.timedelta(seconds=MATCH_TASK_LOST_AFTER_S)
    free = Q(match_due_at__isnull=True) | Q(match_due_at__lt=lost_before)
    if not extracting:
        free |= Q(match_due_at__gt=due)
    scheduled = Story.objects.filter(pk=story_id).filter(free).update(match_due_at=due)
    if scheduled and not enqueue_quietly(match_story, story_id, countdown=math.ceil(delay)):
        # Not sent: let the next request (or the sweep) send it.
        Story.objects.filter(pk=story_id, match_due_at=due).update(match_due_at=None)


def enqueue_quietly(task, *args, countdown: int = 0) -> bool:
    """Send a task; a broker that is down is logged, and the sweep sends it later."""
    try:
        task.apply_async(args=args, countdown=countdown, retry=False)
    except Exception:  # kombu and the transports raise several unrelated error types
        logger.warning("could not enqueue %s%s; the sweep will retry", task.name, args, exc_info=True)
        return False
    return True


def article_fail(*, article_id: int, token: uuid.UUID, error: BaseException) -> None:
    message = f"{error.__class__.__name__}: {error}"[:2000]
    Article.objects.filter(pk=article_id, lease_token=token).update(
        status=Article.Status.FAILED, error=message, lease_token=None, lease_expires_at=None, progress_note="Failed"
    )


class ProgressReporter:
    """Writes the extraction's progress to the article row, in coarse steps."""

    def __init__(self, article_id: int, token: uuid.UUID):
        self.article_id = article_id
        self.token = token
        self.last_percent = 0
        self.last_write = time.monotonic()

    def extraction(self, done: int, total: int) -> None:
        percent = EXTRACTION_SHARE_PERCENT * done // max(total, 1)
        if percent - self.last_percent >= PROGRESS_STEP_PERCENT and time.monotonic() - self.last_write >= PROGRESS_INTERVAL_S:
            self.set(percent, f"Reading sentence {done} of {total}")

    def set(self, percent: int, note: str) -> None:
        self.last_percent = percent
        self.last_write = time.monotonic()
        Article.objects.filter(pk=self.article_id, lease_token=self.token).update(
            progress_percent=percent, progress_note=note[:200]
        )


def articles_sweep() -> dict[str, int]:
    """Re-enqueue articles whose message was never sent or was lost, and free those whose
    worker died mid-run. Runs periodically (celery beat) and is safe to run anywhere, any time."""
    now = timezone.now()
    expired = Article.objects.filter(status=Article.Status.PROCESSING, lease_expires_at__lt=now).update(
        status=Article.Status.QUEUED, lease_token=None, lease_expires_at=None, enqueued_at=None,
        progress_note="Restarting: the previous worker stopped",
    )
    stale_before = now - datetime.timedelta(seconds=settings.REQUEUE_AFTER_S)
    waiting = list(
        Article.objects.filter(status=Article.Status.QUEUED)
        .filter(Q(enqueued_at__isnull=True) | Q(enqueued_at__lt=stale_before))
        .values_list("pk", flat=True)
    )
    sent = sum(article_enqueue(article_id=article_id) for article_id in waiting)
    if expired or waiting:
        logger.info("sweep: %s expired leases freed, %s of %s waiting articles enqueued", expired, sent, len(waiting))
    return {"expired": expired, "waiting": len(waiting), "enqueued": sent, "stories": stories_sweep()}


def stories_sweep() -> int:
    """Stories whose matching request was lost (a broker down, a worker gone between its
    commit and its request), or whose articles changed since they were last matched."""
    from django.db.models import Exists, OuterRef

    from factcheck.figures.tasks import match_story

    stale_before = timezone.now() - datetime.timedelta(seconds=settings.REQUEUE_AFTER_S)
    newer_articles = Article.objects.filter(story=OuterRef("pk"), processed_at__gt=OuterRef("matched_at"))
    waiting = Story.objects.filter(
        (Q(needs_matching=True) & (Q(matched_at__isnull=True) | Q(matched_at__lt=stale_before)))
        | Exists(newer_articles)
        | Q(matched_at__isnull=True, articles__status=Article.Status.DONE)
    ).distinct()
    story_ids = list(waiting.values_list("pk", flat=True))
    Story.objects.filter(pk__in=story_ids).update(needs_matching=True, match_due_at=timezone.now())
    return sum(enqueue_quietly(match_story, story_id) for story_id in story_ids)
