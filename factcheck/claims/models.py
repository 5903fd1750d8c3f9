from django.db import models

from factcheck.extraction.frame import HEDGES, MEASURES


class Verdict(models.TextChoices):
    """The reviewers' vocabulary; docs/VERDICTS.md explains each and its ClaimReview rating."""

    UNREVIEWED = "unreviewed", "Unreviewed"
    VERIFIED = "verified", "Verified"
    DISPUTED = "disputed", "Disputed"
    FALSE = "false", "False"
    MISLEADING = "misleading", "Misleading"
    UNVERIFIABLE = "unverifiable", "Unverifiable"


class ClaimQuerySet(models.QuerySet):
    def visible(self):
        """Claims that take part in comparisons: not rejected by an editor."""
        return self.filter(rejected=False)


class Claim(models.Model):
    """One numerical claim in an article: the claim frame, plus what people did with it."""

    Hedge = models.TextChoices("Hedge", [(h, h.replace("_", " ")) for h in HEDGES])
    Measure = models.TextChoices("Measure", [(m, m) for m in MEASURES])

    class Origin(models.TextChoices):
        MACHINE = "machine", "Found by the extractor"
        EDITOR = "editor", "Added by an editor"

    # Fields an editor may correct; a correction is kept when extraction runs again.
    CORRECTABLE_FIELDS = ("value", "low", "high", "hedge", "unit", "measure", "claimant")

    article = models.ForeignKey("articles.Article", on_delete=models.CASCADE, related_name="claims")
    start = models.PositiveIntegerField()
    end = models.PositiveIntegerField()
    text = models.CharField(max_length=500)
    value = models.FloatField()
    low = models.FloatField(null=True, blank=True)
    high = models.FloatField(null=True, blank=True)
    hedge = models.CharField(max_length=20, choices=Hedge.choices)
    unit = models.CharField(max_length=100, blank=True)
    measure = models.CharField(max_length=20, choices=Measure.choices)
    claimant = models.CharField(max_length=300, null=True, blank=True)
    claimant_chain = models.JSONField(default=list, blank=True)
    sentence = models.TextField()
    sentence_start = models.PositiveIntegerField(default=0)
    zero = models.BooleanField(default=False)
    event = models.CharField(max_length=100, blank=True)
    scope = models.JSONField(default=list, blank=True)
    qualifiers = models.JSONField(default=list, blank=True)

    figure = models.ForeignKey("figures.Figure", on_delete=models.SET_NULL, null=True, blank=True, related_name="claims")
    # An editor put the claim in its figure: matching leaves it there.
    figure_locked = models.BooleanField(default=False)
    # In its figure's timeline: its speaker gave the figure more than once (an update).
    in_timeline = models.BooleanField(default=False)
    corrected_fields = models.JSONField(default=list, blank=True)
    origin = models.CharField(max_length=10, choices=Origin.choices, default=Origin.MACHINE)
    # An editor said this is not a claim (a date, an identifier): kept so a rerun does not bring it back.
    rejected = models.BooleanField(default=False)
    # False when the latest extraction no longer finds it; kept because people worked on it.
    machine_found = models.BooleanField(default=True)
    current_verdict = models.CharField(max_length=20, choices=Verdict.choices, default=Verdict.UNREVIEWED)

    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = ClaimQuerySet.as_manager()

    class Meta:
        ordering = ["article_id", "start"]
        constraints = [
            # A span of an article is one claim; extraction reruns update it in place.
            models.UniqueConstraint(fields=["article", "start", "end"], name="claim_unique_span"),
            models.CheckConstraint(condition=models.Q(end__gt=models.F("start")), name="claim_span_not_empty"),
            models.CheckConstraint(
                condition=models.Q(low__isnull=True) | models.Q(high__isnull=True) | models.Q(low__lte=models.F("high")),
                name="claim_low_not_above_high",
            ),
        ]
        indexes = [
            # Review queue and filters: claims of a figure by verdict.
            models.Index(fields=["figure", "current_verdict"], name="claim_figure_verdict_idx"),
        ]

    def __str__(self) -> str:
        return f"{self.text} {self.unit}".strip()

    @property
    def is_range_open(self) -> bool:
        return self.low is None or self.high is None
