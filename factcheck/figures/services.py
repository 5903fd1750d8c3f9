"""Figures: match a story's claims into figures, and the corrections editors make.

Matching always runs over the whole story and honours every editor decision (a claim placed in
a figure stays there, separated claims stay apart, a renamed figure keeps its name), so a
correction is made by recording the decision and matching again: the result is the same
whichever order things happen in, and survives extraction running again.
"""

from __future__ import annotations

import time
from collections import Counter

from django.db import connection, transaction
from django.utils import timezone

from factcheck.articles.models import Article
from factcheck.claims.models import Claim
from factcheck.extraction import ClaimFrame
from factcheck.figures.models import ClaimSeparation, Figure
from factcheck.matching import ArticleText, ClaimRef, MatchedFigure, find_syndicated, match_claims
from factcheck.matching.labels import figure_label
from factcheck.stories.models import Story


# The first key of the PostgreSQL advisory locks that serialise the matching of a story.
MATCH_LOCK_SPACE = 7_301


class CorrectionError(ValueError):
    """A correction that cannot be made; the message says why, for the editor."""


def claim_frame(claim: Claim) -> ClaimFrame:
    return ClaimFrame(
        start=claim.start, end=claim.end, text=claim.text, value=claim.value, low=claim.low, high=claim.high,
        hedge=claim.hedge, unit=claim.unit, measure=claim.measure, claimant=claim.claimant,
        sentence=claim.sentence, sentence_start=claim.sentence_start, zero=claim.zero,
        claimant_chain=tuple(claim.claimant_chain), event=claim.event or None, scope=tuple(claim.scope),
        qualifiers=tuple(claim.qualifiers),
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
        syndicated_from=article.syndicated_from_id,
    )


def conflicting_claim_ids(claims) -> set[int]:
    """The claims of one figure that disagree with another of its claims."""
    from factcheck.matching.conflicts import conflicting_ids
    from factcheck.matching.core import position_of

    return conflicting_ids([position_of(claim_ref(claim)) for claim in claims])


def story_syndication(*, story_id: int) -> None:
    """Record which articles of the story are copies of another (Article.syndicated_from)."""
    # Uploaded first counts as the original among copies of the same date.
    articles = list(
        Article.objects.filter(story_id=story_id).order_by("created_at", "pk").only("id", "published", "syndicated_from_id", "text_signature")
    )
    for article in articles:
        if article.text_signature is None:  # saved before signatures were kept
            article.body = Article.objects.values_list("body", flat=True).get(pk=article.pk)
            article.save(update_fields=["body"])
    original_of = find_syndicated(
        ArticleText(id=article.pk, published=article.published, signature=bytes(article.text_signature)) for article in articles
    )
    changed = []
    for article in articles:
        original = original_of.get(article.pk)
        if article.syndicated_from_id != original:
            article.syndicated_from_id = original
            changed.append(article)
    Article.objects.bulk_update(changed, ["syndicated_from"])


def story_lock(story_id: int) -> None:
    """Hold the story's matching lock until the transaction ends: matches and corrections of
    one story run one after the other. On PostgreSQL an advisory lock, so that the story's row
    stays free (an article finishing meanwhile can still ask for the next match); SQLite runs
    one writer at a time anyway."""
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_advisory_xact_lock(%s, %s)", [MATCH_LOCK_SPACE, story_id % 2**31])
    else:
        Story.objects.select_for_update().filter(pk=story_id).first()


def story_match(*, story_id: int) -> list[Figure]:
    """Group the story's claims into figures. Call inside a transaction.

    The story's matching lock is taken, so that two workers finishing articles of one story at
    once match one after the other. A figure keeps its id (and so its review state) when the new group
    holds most of its old claims, or the claims an editor placed in it.
    """
    story_lock(story_id)
    story_syndication(story_id=story_id)
    claims = list(Claim.objects.visible().filter(article__story_id=story_id).select_related("article__source"))
    separations = ClaimSeparation.objects.filter(claim_a__article__story_id=story_id).values_list("claim_a_id", "claim_b_id")
    matched = match_claims([claim_ref(claim) for claim in claims], separations=list(separations))

    old_figures = {figure.pk: figure for figure in Figure.objects.filter(story_id=story_id)}
    old_figure_of = {claim.pk: claim.figure_id for claim in claims}
    used: set[int] = set()
    figure_of_claim: dict[int, Figure] = {}
    in_timeline: set[int] = set()
    # Groups an editor anchored choose first, then the largest, so a figure follows its claims.
    for group in sorted(matched, key=lambda group: (group.locked_figure is None, -len(group.claim_ids))):
        figure = reuse_figure(group, old_figures, old_figure_of, used)
        if figure is None:
            figure = Figure(story_id=story_id)
        apply_group(figure, group)
        figure.save()
        used.add(figure.pk)
        in_timeline.update(group.timeline_ids)
        for claim_id in group.claim_ids:
            figure_of_claim[claim_id] = figure

    changed = []
    for claim in claims:
        figure = figure_of_claim.get(claim.pk)
        figure_id = figure.pk if figure else None
        timeline = claim.pk in in_timeline
        if claim.figure_id != figure_id or claim.in_timeline != timeline:
            claim.figure_id, claim.in_timeline = figure_id, timeline
            changed.append(claim)
    Claim.objects.bulk_update(changed, ["figure", "in_timeline"])

    unused = [pk for pk, figure in old_figures.items() if pk not in used and not keep_when_empty(figure)]
    Figure.objects.filter(pk__in=unused).delete()
    return list(Figure.objects.filter(story_id=story_id))


def story_match_if_needed(*, story_id: int) -> bool:
    """Match the story if it asked for it since the last match. True if this call matched.

    The request is claimed with a conditional UPDATE committed on its own, so a burst of
    requests (or a task delivered twice) runs the match once, and a request made while the
    match runs is recorded without waiting and runs it again. The match records when it ended
    and how long it took, which paces the next one (story_request_matching)."""
    claimed = Story.objects.filter(pk=story_id, needs_matching=True).update(needs_matching=False, match_due_at=None)
    if not claimed:
        return False
    started = time.monotonic()
    try:
        with transaction.atomic():
            story_match(story_id=story_id)
            Story.objects.filter(pk=story_id).update(matched_at=timezone.now(), match_duration_s=time.monotonic() - started)
    except Exception:
        # Not matched after all: ask again, for the task's retry or the sweep.
        Story.objects.filter(pk=story_id).update(needs_matching=True)
        raise
    return True


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
    figure.unit = group.unit[:100]
    figure.key = group.key[:300]
    figure.conflict = group.conflict
    figure.conflict_reason = group.conflict_reason[:500]
    figure.report_count = group.report_count


def keep_when_empty(figure: Figure) -> bool:
    """Figures people worked on outlive their claims; the matcher's own do not."""
    return figure.manual or figure.label_locked or figure.status != Figure.Status.OPEN or figure.assigned_to_id is not None


# --- corrections ------------------------------------------------------------------------


def _rematch(story_id: int) -> None:
    story_match(story_id=story_id)


@transaction.atomic
def claim_move_to_figure(*, claim: Claim, figure: Figure | None) -> Figure:
    """Put the claim in the figure (a new one when figure is None) and keep it there."""
    story_id = claim.article.story_id
    if figure is not None and figure.story_id != story_id:
        raise CorrectionError("that figure belongs to another story")
    if figure is None:
        figure = Figure.objects.create(
            story_id=story_id, label=figure_label([claim_frame(claim)])[:300], measure=claim.measure, unit=claim.unit[:100], manual=True
        )
    if claim.figure_id and claim.figure_id != figure.pk:
        # The claims it leaves stay where they are: the editor said they are another quantity.
        Claim.objects.filter(figure_id=claim.figure_id).exclude(pk=claim.pk).update(figure_locked=True)
    Claim.objects.filter(pk=claim.pk).update(figure=figure, figure_locked=True)
    _rematch(story_id)
    figure.refresh_from_db()
    return figure


@transaction.atomic
def figures_merge(*, figures: list[Figure], into: Figure) -> Figure:
    """One figure out of several: their claims are placed in `into` and stay there."""
    others = [figure for figure in figures if figure.pk != into.pk]
    if not others:
        raise CorrectionError("choose at least two figures to merge")
    if any(figure.story_id != into.story_id for figure in others):
        raise CorrectionError("only figures of one story can be merged")
    Claim.objects.filter(figure__in=[into, *others]).update(figure=into, figure_locked=True)
    Figure.objects.filter(pk=into.pk).update(manual=True)
    Figure.objects.filter(pk__in=[figure.pk for figure in others]).delete()
    _rematch(into.story_id)
    into.refresh_from_db()
    return into


@transaction.atomic
def figure_split(*, figure: Figure, claims: list[Claim], label: str = "") -> Figure:
    """Move some of a figure's claims into a new figure; both keep their claims from then on."""
    moving = {claim.pk for claim in claims}
    if not moving or any(claim.figure_id != figure.pk for claim in claims):
        raise CorrectionError("choose some of this figure's claims to split off")
    if moving == set(figure.claims.values_list("pk", flat=True)):
        raise CorrectionError("leave at least one claim in the figure")
    new = Figure.objects.create(
        story_id=figure.story_id,
        label=(label or f"{figure.label} (split)")[:300],
        label_locked=bool(label),
        measure=figure.measure,
        unit=figure.unit,
        manual=True,
    )
    Claim.objects.filter(pk__in=moving).update(figure=new, figure_locked=True)
    Claim.objects.filter(figure=figure).update(figure_locked=True)
    Figure.objects.filter(pk=figure.pk).update(manual=True)
    _rematch(figure.story_id)
    return new


def figure_rename(*, figure: Figure, label: str) -> Figure:
    label = label.strip()
    if not label:
        raise CorrectionError("a figure needs a name")
    figure.label, figure.label_locked = label[:300], True
    figure.save(update_fields=["label", "label_locked", "updated_at"])
    return figure


@transaction.atomic
def claims_separate(*, claim: Claim, other: Claim, created_by) -> None:
    """ "Not the same quantity": the two claims never share a figure again."""
    if claim.pk == other.pk:
        raise CorrectionError("a claim cannot be separated from itself")
    if claim.article.story_id != other.article.story_id:
        raise CorrectionError("the claims belong to different stories")
    low, high = sorted([claim.pk, other.pk])
    ClaimSeparation.objects.get_or_create(claim_a_id=low, claim_b_id=high, defaults={"created_by": created_by})
    if claim.figure_id == other.figure_id:
        # An editor's earlier placement must give way to the newer decision.
        Claim.objects.filter(pk=other.pk).update(figure=None, figure_locked=False)
    _rematch(claim.article.story_id)


CORRECTABLE = {"value", "low", "high", "hedge", "unit", "measure", "claimant"}


@transaction.atomic
def claim_correct(*, claim: Claim, **changes) -> Claim:
    """Fix what the extractor got wrong; the corrected fields are kept when it runs again."""
    unknown = set(changes) - CORRECTABLE
    if unknown:
        raise CorrectionError(f"these fields cannot be corrected: {', '.join(sorted(unknown))}")
    for name, value in changes.items():
        setattr(claim, name, value)
    if claim.low is not None and claim.high is not None and claim.low > claim.high:
        raise CorrectionError("the low end of the range is above the high end")
    claim.corrected_fields = sorted(set(claim.corrected_fields) | set(changes))
    claim.save()
    _rematch(claim.article.story_id)
    return claim


@transaction.atomic
def claim_reject(*, claim: Claim) -> None:
    """Not a claim (a date, an identifier): hidden from figures, and kept so a rerun does not
    bring it back."""
    Claim.objects.filter(pk=claim.pk).update(rejected=True, figure=None, figure_locked=False)
    _rematch(claim.article.story_id)
