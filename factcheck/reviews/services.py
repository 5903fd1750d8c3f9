"""The reviewers' desk: verdicts on claims, and figures taken, resolved and confirmed."""

from __future__ import annotations

from django.conf import settings
from django.db import transaction
from django.db.models import Count, Q
from django.utils import timezone

from factcheck.claims.models import Claim
from factcheck.figures.models import Figure, Resolution
from factcheck.reviews.models import Review

OPEN_STATUSES = (Figure.Status.OPEN, Figure.Status.IN_REVIEW, Figure.Status.AWAITING_SECOND_REVIEW)


class ReviewError(ValueError):
    """A review step that cannot be taken now; the message says why, for the reviewer."""


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


def review_queue():
    """Figures awaiting review, conflicting and most-reported first."""
    return (
        Figure.objects.filter(status__in=OPEN_STATUSES)
        .annotate(claim_count=Count("claims", filter=Q(claims__rejected=False)))
        .filter(claim_count__gt=0)
        .select_related("story", "assigned_to")
        .order_by("-conflict", "-report_count", "-claim_count", "pk")
    )


def figure_take(*, figure: Figure, reviewer) -> Figure:
    """Assign the figure to the reviewer, unless another reviewer has it."""
    taken = Figure.objects.filter(pk=figure.pk, status__in=OPEN_STATUSES).filter(
        Q(assigned_to__isnull=True) | Q(assigned_to=reviewer)
    ).update(assigned_to=reviewer, status=_working_status(figure))
    figure.refresh_from_db()
    if not taken:
        holder = figure.assigned_to.get_username() if figure.assigned_to else "nobody"
        raise ReviewError(f"this figure is {figure.get_status_display().lower()} ({holder})")
    return figure


def _working_status(figure: Figure) -> str:
    return Figure.Status.AWAITING_SECOND_REVIEW if figure.status == Figure.Status.AWAITING_SECOND_REVIEW else Figure.Status.IN_REVIEW


def figure_release(*, figure: Figure, reviewer) -> None:
    Figure.objects.filter(pk=figure.pk, assigned_to=reviewer).update(
        assigned_to=None, status=Figure.Status.OPEN if figure.status == Figure.Status.IN_REVIEW else figure.status
    )


@transaction.atomic
def figure_resolve(*, figure: Figure, reviewer, value: float | None, low: float | None, high: float | None, note: str) -> Figure:
    """Conclude on the figure: the best-supported value or range, and why.

    Where the deployment asks for it (REQUIRE_SECOND_REVIEW), a conflicting figure waits for
    a second reviewer's confirmation before it counts as resolved."""
    figure = Figure.objects.select_for_update().get(pk=figure.pk)
    if figure.status == Figure.Status.RESOLVED:
        raise ReviewError("the figure is resolved already; reopen it first")
    if low is not None and high is not None and low > high:
        raise ReviewError("the low end is above the high end")
    Resolution.objects.create(figure=figure, reviewer=reviewer, action=Resolution.Action.RESOLVE, value=value, low=low, high=high, note=note)
    figure.resolved_value, figure.resolved_low, figure.resolved_high, figure.resolution_note = value, low, high, note
    if settings.REQUIRE_SECOND_REVIEW and figure.conflict:
        figure.status, figure.assigned_to = Figure.Status.AWAITING_SECOND_REVIEW, None
    else:
        figure.status, figure.resolved_by, figure.resolved_at = Figure.Status.RESOLVED, reviewer, timezone.now()
    figure.save()
    return figure


@transaction.atomic
def figure_confirm(*, figure: Figure, reviewer, note: str = "") -> Figure:
    """A second reviewer agrees with the resolution: the figure is resolved."""
    figure = Figure.objects.select_for_update().get(pk=figure.pk)
    if figure.status != Figure.Status.AWAITING_SECOND_REVIEW:
        raise ReviewError("the figure is not waiting for a second reviewer")
    last = figure.resolutions.filter(action=Resolution.Action.RESOLVE).first()
    if last is not None and last.reviewer_id == reviewer.pk:
        raise ReviewError("a second reviewer must be someone else")
    Resolution.objects.create(figure=figure, reviewer=reviewer, action=Resolution.Action.CONFIRM, value=figure.resolved_value, low=figure.resolved_low, high=figure.resolved_high, note=note)
    figure.status, figure.resolved_by, figure.resolved_at, figure.assigned_to = Figure.Status.RESOLVED, reviewer, timezone.now(), None
    figure.save()
    return figure


@transaction.atomic
def figure_reopen(*, figure: Figure, reviewer, note: str = "") -> Figure:
    figure = Figure.objects.select_for_update().get(pk=figure.pk)
    Resolution.objects.create(figure=figure, reviewer=reviewer, action=Resolution.Action.REOPEN, note=note)
    figure.status, figure.resolved_by, figure.resolved_at, figure.assigned_to = Figure.Status.OPEN, None, None, None
    figure.save()
    return figure
