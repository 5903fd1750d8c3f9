"""Track records: how the claims of a source, or of a claimant, were rated (current verdicts).

Advisory: a record counts what reviewers rated so far, not how reliable anyone is.
"""

from django.db.models import Count, Q

from factcheck.claims.models import Claim, Verdict

RATED = [Verdict.VERIFIED, Verdict.DISPUTED, Verdict.MISLEADING, Verdict.FALSE, Verdict.UNVERIFIABLE]


def verdict_counts(claims) -> list[tuple[str, str, int]]:
    """[(verdict, label, count)] for the rated verdicts, in a fixed order, from one query."""
    counts = dict(claims.values_list("current_verdict").annotate(n=Count("pk")))
    return [(verdict.value, verdict.label, counts.get(verdict.value, 0)) for verdict in RATED]


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

