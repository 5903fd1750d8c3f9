from django.conf import settings
from django.db import models

from factcheck.claims.models import Verdict


class Review(models.Model):
    """A reviewer's verdict on a claim. Rows are only ever added: the list is the claim's history."""

    claim = models.ForeignKey("claims.Claim", on_delete=models.CASCADE, related_name="reviews")
    reviewer = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="reviews")
    verdict = models.CharField(max_length=20, choices=Verdict.choices)
    note = models.TextField(blank=True)
    evidence = models.JSONField(default=list, blank=True, help_text="Links to the evidence, one per line")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        indexes = [
            # A claim's history, newest first.
            models.Index(fields=["claim", "-created_at"], name="review_claim_history_idx"),
        ]

    def __str__(self) -> str:
        return f"{self.get_verdict_display()} by {self.reviewer}"
