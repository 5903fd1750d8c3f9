from django.db import transaction

from factcheck.claims.models import Claim
from factcheck.reviews.models import Review


def review_create(*, claim: Claim, reviewer, verdict: str, note: str = "", evidence: list[str] | None = None) -> Review:
    """Add a verdict to the claim's history and make it the claim's current verdict.

    Two reviewers rating at once both land in the history; the claim row lock orders them, so
    the current verdict is always the newest row.
    """
    with transaction.atomic():
        Claim.objects.select_for_update().filter(pk=claim.pk).first()
        review = Review.objects.create(claim=claim, reviewer=reviewer, verdict=verdict, note=note, evidence=evidence or [])
        Claim.objects.filter(pk=claim.pk).update(current_verdict=verdict)
    claim.current_verdict = verdict
    return review
