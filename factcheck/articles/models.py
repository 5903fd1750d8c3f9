import hashlib

from django.conf import settings
from django.db import models
from django.urls import reverse

from factcheck.matching.syndication import signature_bytes


def content_hash(body: str) -> str:
    """Identity of an article's text: the same words with other spacing are the same article."""
    normalised = " ".join(body.split()).casefold()
    return hashlib.sha256(normalised.encode("utf-8")).hexdigest()


class ArticleQuerySet(models.QuerySet):
    def for_list(self):
        return self.select_related("source", "story").defer("body", "original_bytes", "text_signature")

    def annotate_claim_count(self):
        return self.annotate(claim_count=models.Count("claims", filter=models.Q(claims__rejected=False)))


class ImportBatch(models.Model):
    """Articles added together (a multi-file upload, a zip, an import file), followed as one."""

    story = models.ForeignKey("stories.Story", on_delete=models.CASCADE, related_name="import_batches")
    name = models.CharField(max_length=300)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)
    total = models.PositiveIntegerField(default=0)
    added = models.PositiveIntegerField(default=0)
    duplicates = models.PositiveIntegerField(default=0)
    # [{"name": ..., "error": ...}] for every item that could not become an article.
    failures = models.JSONField(default=list, blank=True)

    class Meta:
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return self.name

    def status_counts(self) -> dict[str, int]:
        """How many of the batch's articles are queued, processing, done and failed (one query)."""
        counts = dict.fromkeys(Article.Status.values, 0)
        counts.update(self.articles.values_list("status").annotate(n=models.Count("pk")))
        return counts


class Article(models.Model):
    class Status(models.TextChoices):
        QUEUED = "queued", "Queued"
        PROCESSING = "processing", "Processing"
        DONE = "done", "Done"
        FAILED = "failed", "Failed"

    story = models.ForeignKey("stories.Story", on_delete=models.CASCADE, related_name="articles")
    source = models.ForeignKey("sources.Source", on_delete=models.PROTECT, null=True, blank=True, related_name="articles")
    # The outlet as the upload named it, kept when no Source matches it.
    outlet_name = models.CharField(max_length=200, blank=True)
    batch = models.ForeignKey(ImportBatch, on_delete=models.SET_NULL, null=True, blank=True, related_name="articles")
    title = models.CharField(max_length=500, blank=True)
    url = models.URLField(max_length=2000, blank=True)
    published = models.DateField(null=True, blank=True)
    body = models.TextField()
    content_hash = models.CharField(max_length=64, editable=False)

    # The upload as received, kept in the database so that web and workers need no shared disk.
    original_name = models.CharField(max_length=255, blank=True)
    original_content_type = models.CharField(max_length=100, blank=True)
    original_bytes = models.BinaryField(null=True, blank=True, editable=False)

    uploaded_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)

    status = models.CharField(max_length=20, choices=Status.choices, default=Status.QUEUED)
    error = models.TextField(blank=True)
    progress_percent = models.PositiveSmallIntegerField(default=0)
    progress_note = models.CharField(max_length=200, blank=True)
    # A run owns the article while lease_token is its token and lease_expires_at is ahead;
    # a run that finds its token replaced has been superseded and discards its work.
    lease_token = models.UUIDField(null=True, blank=True, editable=False)
    lease_expires_at = models.DateTimeField(null=True, blank=True)
    enqueued_at = models.DateTimeField(null=True, blank=True)
    attempts = models.PositiveIntegerField(default=0)
    processed_at = models.DateTimeField(null=True, blank=True)

    # The text's MinHash (factcheck.matching.syndication), kept so that matching a story does
    # not hash every article's text again; b"" for a text too short to compare.
    text_signature = models.BinaryField(null=True, blank=True, editable=False)
    # Wire copy republished by another outlet: the earliest copy in the story.
    syndicated_from = models.ForeignKey("self", on_delete=models.SET_NULL, null=True, blank=True, related_name="syndicated_copies")

    objects = ArticleQuerySet.as_manager()

    class Meta:
        ordering = ["-published", "-created_at"]
        constraints = [
            # The same text uploaded twice into one story is one article.
            models.UniqueConstraint(fields=["story", "content_hash"], name="article_unique_text_per_story"),
            models.CheckConstraint(condition=models.Q(progress_percent__lte=100), name="article_progress_percent_max_100"),
        ]
        indexes = [
            # The sweep looks for queued and processing articles.
            models.Index(fields=["status", "enqueued_at"], name="article_status_enqueued_idx"),
        ]

    def __str__(self) -> str:
        return self.title or f"Article {self.pk}"

    def save(self, *args, **kwargs):
        update_fields = kwargs.get("update_fields")
        if update_fields is None or "body" in update_fields:
            self.content_hash = content_hash(self.body)
            self.text_signature = signature_bytes(self.body)
            if update_fields is not None:
                kwargs["update_fields"] = {*update_fields, "content_hash", "text_signature"}
        super().save(*args, **kwargs)

    def get_absolute_url(self) -> str:
        return reverse("articles:detail", args=[self.pk])

    @property
    def outlet(self) -> str:
        if self.source_id:
            return self.source.name
        return self.outlet_name or "Unknown source"

    @property
    def is_pending(self) -> bool:
        return self.status in (self.Status.QUEUED, self.Status.PROCESSING)
