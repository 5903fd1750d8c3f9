"""Claims: write an extraction's results over the article's previous ones."""

from __future__ import annotations

from collections.abc import Iterable

from factcheck.articles.models import Article
from factcheck.claims.models import Claim, Verdict
from factcheck.extraction import ClaimFrame

FRAME_FIELDS = (
    "text", "value", "low", "high", "hedge", "unit", "measure", "claimant", "claimant_chain",
    "sentence", "sentence_start", "zero", "event", "scope", "qualifiers",
)


def frame_values(frame: ClaimFrame) -> dict:
    values = {name: getattr(frame, name) for name in FRAME_FIELDS}
    values["claimant_chain"] = list(frame.claimant_chain)
    values["scope"] = list(frame.scope)
    values["qualifiers"] = list(frame.qualifiers)
    values["event"] = frame.event or ""
    return values


def claims_replace(*, article: Article, frames: Iterable[ClaimFrame]) -> None:
    """Make the article's claims those of `frames`, keeping what people did.

    A claim is its span: a span found again keeps its row (and so its verdicts, its figure and
    the fields an editor corrected); a span no longer found is deleted unless someone worked on
    it, in which case it stays, marked as no longer found. Running this twice with the same
    frames changes nothing. Call inside the transaction that marks the article done.
    """
    existing = {(claim.start, claim.end): claim for claim in article.claims.all()}
    found: set[tuple[int, int]] = set()
    to_create: list[Claim] = []
    to_update: list[Claim] = []
    for frame in frames:
        span = (frame.start, frame.end)
        if span in found:
            continue
        found.add(span)
        values = frame_values(frame)
        claim = existing.get(span)
        if claim is None:
            to_create.append(Claim(article=article, start=frame.start, end=frame.end, **values))
            continue
        for name, value in values.items():
            if name not in claim.corrected_fields:
                setattr(claim, name, value)
        claim.machine_found = True
        to_update.append(claim)

    vanished = [claim for span, claim in existing.items() if span not in found]
    keep = [claim for claim in vanished if was_worked_on(claim)]
    for claim in keep:
        claim.machine_found = False
    Claim.objects.filter(pk__in={claim.pk for claim in vanished} - {claim.pk for claim in keep}).delete()
    Claim.objects.bulk_update(to_update + keep, [*FRAME_FIELDS, "machine_found"])
    Claim.objects.bulk_create(to_create)


def was_worked_on(claim: Claim) -> bool:
    return (
        claim.origin == Claim.Origin.EDITOR
        or bool(claim.corrected_fields)
        or claim.rejected
        or claim.figure_locked
        or claim.current_verdict != Verdict.UNREVIEWED
    )
