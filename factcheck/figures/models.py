from django.conf import settings
from django.db import models
from django.urls import reverse


class FigureQuerySet(models.QuerySet):
    def with_claim_count(self):
        return self.annotate(claim_count=models.Count("claims", filter=models.Q(claims__rejected=False)))


class Figure(models.Model):
    """One real-world quantity of a story ("missiles fired at US bases on 8 January")."""

    class Status(models.TextChoices):
        OPEN = "open", "Awaiting review"
        IN_REVIEW = "in_review", "In review"
        AWAITING_SECOND_REVIEW = "awaiting_second", "Awaiting a second reviewer"
        RESOLVED = "resolved", "Resolved"

    story = models.ForeignKey("stories.Story", on_delete=models.CASCADE, related_name="figures")
    label = models.CharField(max_length=300)
    measure = models.CharField(max_length=20)
    unit = models.CharField(max_length=100, blank=True)
    # The matcher's blocking key: figures are only ever matched within one key.
    key = models.CharField(max_length=300, blank=True)
    conflict = models.BooleanField(default=False)
    conflict_reason = models.CharField(max_length=500, blank=True)
    # Independent reports: syndicated copies of one wire story count once.
    report_count = models.PositiveIntegerField(default=0)
    # An editor renamed the figure: matching keeps the label.
    label_locked = models.BooleanField(default=False)
    # An editor made this figure (split or merge): matching keeps it even when empty of machine claims.
    manual = models.BooleanField(default=False)

    status = models.CharField(max_length=20, choices=Status.choices, default=Status.OPEN)
    assigned_to = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="assigned_figures")
    resolved_value = models.FloatField(null=True, blank=True)
    resolved_low = models.FloatField(null=True, blank=True)
    resolved_high = models.FloatField(null=True, blank=True)
    resolution_note = models.TextField(blank=True)
    resolved_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+")
    resolved_at = models.DateTimeField(null=True, blank=True)

    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = FigureQuerySet.as_manager()

    class Meta:
        ordering = ["-conflict", "label"]
        permissions = [("review_figure", "Can take a figure for review and resolve it")]
        indexes = [
            # The story page: a story's figures, conflicts first.
            models.Index(fields=["story", "-conflict"], name="figure_story_conflict_idx"),
            # The review queue: open figures, conflicts first.
            models.Index(fields=["status", "-conflict"], name="figure_status_conflict_idx"),
        ]

    def __str__(self) -> str:
        return self.label

    def get_absolute_url(self) -> str:
        return reverse("figures:detail", args=[self.pk])


class Resolution(models.Model):
    """A reviewer's conclusion on a figure, or a second reviewer's confirmation of it.
    Rows are only ever added: the list is the figure's review history."""

    class Action(models.TextChoices):
        RESOLVE = "resolve", "Resolved"
        CONFIRM = "confirm", "Confirmed"
        REOPEN = "reopen", "Reopened"

    figure = models.ForeignKey(Figure, on_delete=models.CASCADE, related_name="resolutions")
    reviewer = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    action = models.CharField(max_length=10, choices=Action.choices)
    value = models.FloatField(null=True, blank=True)
    low = models.FloatField(null=True, blank=True)
    high = models.FloatField(null=True, blank=True)
    note = models.TextField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        indexes = [models.Index(fields=["figure", "-created_at"], name="resolution_history_idx")]


class ClaimSeparation(models.Model):
    """An editor's "not the same quantity": matching never puts these two claims together."""

    claim_a = models.ForeignKey("claims.Claim", on_delete=models.CASCADE, related_name="+")
    claim_b = models.ForeignKey("claims.Claim", on_delete=models.CASCADE, related_name="+")
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["claim_a", "claim_b"], name="separation_unique_pair"),
            # Stored once per pair, smaller id first.
            models.CheckConstraint(condition=models.Q(claim_a__lt=models.F("claim_b")), name="separation_ordered_pair"),
        ]
