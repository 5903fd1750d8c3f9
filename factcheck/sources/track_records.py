"""Track records: how the claims of a source, or of a claimant, were rated (current verdicts).

Advisory: a record counts what reviewers rated so far, not how reliable anyone is.
"""

from typing import NamedTuple

from django.db.models import Count, Q

from factcheck.claims.models import Claim, Verdict

RATED = [Verdict.VERIFIED, Verdict.DISPUTED, Verdict.MISLEADING, Verdict.FALSE, Verdict.UNVERIFIABLE]


class VerdictCount(NamedTuple):
    verdict: str
    label: str
    count: int
    percent: float  # of the rated claims, for drawing the record as one bar


class TrackRecord(NamedTuple):
    rows: list[VerdictCount]
    rated: int


def verdict_counts(claims) -> TrackRecord:
    """The rated verdicts in a fixed order with how many claims have each, from one query."""
    counts = dict(claims.values_list("current_verdict").annotate(n=Count("pk")))
    rated = sum(counts.get(verdict.value, 0) for verdict in RATED)
    rows = [
        VerdictCount(verdict.value, verdict.label, counts.get(verdict.value, 0), round(100 * counts.get(verdict.value, 0) / rated, 1) if rated else 0.0)
        for verdict in RATED
    ]
    return TrackRecord(rows, rated)


def source_record(source):
    return verdict_counts(Claim.objects.visible().filter(article__source=source))


def claimant_record(name: str):
    return verdict_counts(Claim.objects.visible().filter(claimant__iexact=name))


def top_claimants(source, limit: int = 15):
    """The claimants quoted most often in the source's articles, with how their claims were rated."""
    return (
        Claim.objects.visible()
        .filter(article__source=source, claimant__isnull=False)
        .exclude(claimant="")
        .values("claimant")
        .annotate(
            total=Count("pk"),
            verified=Count("pk", filter=Q(current_verdict=Verdict.VERIFIED)),
            disputed=Count("pk", filter=Q(current_verdict=Verdict.DISPUTED)),
            false=Count("pk", filter=Q(current_verdict=Verdict.FALSE)),
        )
        .order_by("-total", "claimant")[:limit]
    )

