"""Figures: match a story's claims into figures, keeping figure identity across runs."""

from __future__ import annotations

from collections import Counter

from factcheck.claims.models import Claim
from factcheck.extraction import ClaimFrame
from factcheck.figures.models import ClaimSeparation, Figure
from factcheck.matching import ClaimRef, MatchedFigure, match_claims
from factcheck.stories.models import Story


def claim_frame(claim: Claim) -> ClaimFrame:
    return ClaimFrame(
        start=claim.start, end=claim.end, text=claim.text, value=claim.value, low=claim.low, high=claim.high,
        hedge=claim.hedge, unit=claim.unit, measure=claim.measure, claimant=claim.claimant,
        sentence=claim.sentence, sentence_start=claim.sentence_start, zero=claim.zero,
        claimant_chain=tuple(claim.claimant_chain), event=claim.event or None, scope=tuple(claim.scope),
    )


def claim_ref(claim: Claim) -> ClaimRef:
    article = claim.article
    return ClaimRef(
        id=claim.pk,
        frame=claim_frame(claim),
        article=article.pk,
        outlet=article.outlet,
        published=article.published,
        locked_figure=claim.figure_id if claim.figure_locked else None,
    )


def story_match(*, story_id: int) -> list[Figure]:
    """Group the story's claims into figures. Call inside a transaction.

    The story row is locked so that two workers finishing articles of one story at once match
    one after the other. A figure keeps its id (and so its review state) when the new group
    holds most of its old claims.
    """
    Story.objects.select_for_update().filter(pk=story_id).first()
    claims = list(Claim.objects.visible().filter(article__story_id=story_id).select_related("article__source"))
    separations = ClaimSeparation.objects.filter(claim_a__article__story_id=story_id).values_list("claim_a_id", "claim_b_id")
    matched = match_claims([claim_ref(claim) for claim in claims], separations=list(separations))

    old_figures = {figure.pk: figure for figure in Figure.objects.filter(story_id=story_id)}
    old_figure_of = {claim.pk: claim.figure_id for claim in claims}
    used: set[int] = set()
    figure_of_claim: dict[int, Figure] = {}
    # Largest groups choose first, so a figure follows the bulk of its claims.
    for group in sorted(matched, key=lambda group: -len(group.claim_ids)):
        figure = reuse_figure(group, old_figures, old_figure_of, used)
        if figure is None:
            figure = Figure(story_id=story_id)
        apply_group(figure, group)
        figure.save()
        used.add(figure.pk)
        for claim_id in group.claim_ids:
            figure_of_claim[claim_id] = figure

    changed = []
    for claim in claims:
        figure = figure_of_claim.get(claim.pk)
        if claim.figure_id != (figure.pk if figure else None):
            claim.figure = figure
            changed.append(claim)
    Claim.objects.bulk_update(changed, ["figure"])

    unused = [pk for pk, figure in old_figures.items() if pk not in used and not keep_when_empty(figure)]
    Figure.objects.filter(pk__in=unused).delete()
    return [figure for figure in Figure.objects.filter(story_id=story_id)]


def reuse_figure(group: MatchedFigure, old_figures: dict, old_figure_of: dict, used: set) -> Figure | None:
    if group.locked_figure is not None and group.locked_figure in old_figures and group.locked_figure not in used:
        return old_figures[group.locked_figure]
    votes = Counter(old_figure_of.get(claim_id) for claim_id in group.claim_ids)
    for figure_id, _ in votes.most_common():
        if figure_id is not None and figure_id not in used and figure_id in old_figures:
            return old_figures[figure_id]
    return None


def apply_group(figure: Figure, group: MatchedFigure) -> None:
    if not figure.label_locked:
        figure.label = group.label[:300]
    figure.measure = group.measure
    figure.unit = group.unit
    figure.key = group.key[:300]
    figure.conflict = group.conflict
    figure.conflict_reason = group.conflict_reason[:500]


def keep_when_empty(figure: Figure) -> bool:
    """Figures people worked on outlive their claims; the matcher's own do not."""
    return figure.manual or figure.label_locked or figure.status != Figure.Status.OPEN or figure.assigned_to_id is not None
