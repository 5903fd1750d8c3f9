from django.conf import settings
from django.db import models
from django.urls import reverse


class StoryQuerySet(models.QuerySet):
    def with_counts(self):
        return self.annotate(
            article_count=models.Count("articles", distinct=True),
            figure_count=models.Count("figures", distinct=True),
            conflict_count=models.Count("figures", filter=models.Q(figures__conflict=True), distinct=True),
        )


class Story(models.Model):
    """An event being covered; its articles' claims are compared with each other."""

    title = models.CharField(max_length=300)
    description = models.TextField(blank=True)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)
    # Set when the story's claims changed and its figures must be matched again; the match task
    # claims it (conditional UPDATE), so a burst of finished articles costs one match.
    needs_matching = models.BooleanField(default=False)
    # When the last match finished, and how long it took: the next one waits in proportion.
    matched_at = models.DateTimeField(null=True, blank=True)
    match_duration_s = models.FloatField(default=0.0)
    # When the match task already sent for this story is due; null when none is on its way.
    match_due_at = models.DateTimeField(null=True, blank=True)

    objects = StoryQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at"]
        verbose_name_plural = "stories"

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("stories:detail", args=[self.pk])
