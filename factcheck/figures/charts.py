"""The figure chart: every claim of a figure as a row, its interval drawn on one value axis.

Plain Python that turns claims into shapes (coordinates in a fixed view box); the template
draws them as inline SVG. A point is an exact figure, a bar a range, an arrow a range open at
one end; conflicting claims are drawn in the conflict colour, so disagreement is seen at a
glance.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

WIDTH = 760
LABEL_WIDTH = 260
ROW_HEIGHT = 30
TOP = 14
AXIS_HEIGHT = 34
RIGHT_MARGIN = 56
# Values spread over more than this ratio are drawn on a logarithmic axis.
LOG_SCALE_RATIO = 20
TICKS = 5


@dataclass
class Row:
    label: str
    text: str
    y: float
    x_low: float
    x_high: float
    x_value: float
    open_low: bool
    open_high: bool
    conflict: bool
    update: bool
    claim_id: int

    @property
    def is_point(self) -> bool:
        return abs(self.x_high - self.x_low) < 2 and not (self.open_low or self.open_high)


@dataclass
class Chart:
    width: int
    height: int
    plot_left: int
    plot_right: int
    axis_y: float
    log_scale: bool
    rows: list[Row] = field(default_factory=list)
    ticks: list[tuple[float, str]] = field(default_factory=list)
    title: str = ""


def figure_chart(claims, *, title: str, conflicting_ids: set[int] | None = None) -> Chart | None:
    """Claims need value, low, high, text, pk, in_timeline, article (outlet, published), claimant."""
    claims = list(claims)
    if not claims:
        return None
    conflicting_ids = conflicting_ids or set()
    finite = [v for claim in claims for v in (claim.low, claim.high, claim.value) if v is not None and math.isfinite(v)]
    low, high = min(finite), max(finite)
    log_scale = low > 0 and high / low > LOG_SCALE_RATIO
    if log_scale:
        low, high = 10 ** math.floor(math.log10(low)), 10 ** math.ceil(math.log10(high))
    else:
        low, high = min(0.0, low), _nice_ceiling(high if high > 0 else 1.0)
    plot_left, plot_right = LABEL_WIDTH, WIDTH - RIGHT_MARGIN
    height = TOP + ROW_HEIGHT * len(claims) + AXIS_HEIGHT

    def x(value: float) -> float:
        if log_scale:
            share = (math.log10(max(value, low)) - math.log10(low)) / (math.log10(high) - math.log10(low))
        else:
            share = (value - low) / ((high - low) or 1)
        return round(plot_left + share * (plot_right - plot_left), 1)

    chart = Chart(width=WIDTH, height=height, plot_left=plot_left, plot_right=plot_right, axis_y=height - AXIS_HEIGHT + 6, log_scale=log_scale, title=title)
    ordered = sorted(claims, key=lambda claim: (claim.article.published is None, claim.article.published, claim.article.outlet))
    for index, claim in enumerate(ordered):
        date = claim.article.published.strftime("%-d %b %Y") if claim.article.published else "undated"
        who = claim.claimant or claim.article.outlet
        chart.rows.append(
            Row(
                label=f"{date} · {claim.article.outlet}" + (f" ({who})" if claim.claimant else ""),
                text=claim.text,
                y=TOP + ROW_HEIGHT * index + ROW_HEIGHT / 2,
                x_low=plot_left if claim.low is None else x(claim.low),
                x_high=plot_right if claim.high is None else x(claim.high),
                x_value=x(claim.value),
                open_low=claim.low is None,
                open_high=claim.high is None,
                conflict=claim.pk in conflicting_ids,
                update=getattr(claim, "in_timeline", False),
                claim_id=claim.pk,
            )
        )
    chart.ticks = [(x(value), _tick_label(value)) for value in _ticks(low, high, log_scale)]
    return chart


def _nice_ceiling(value: float) -> float:
    exponent = 10 ** math.floor(math.log10(value))
    for step in (1, 2, 2.5, 5, 10):
        if value <= step * exponent:
            return step * exponent
    return 10 * exponent


def _ticks(low: float, high: float, log_scale: bool) -> list[float]:
    if log_scale:
        return [10**power for power in range(round(math.log10(low)), round(math.log10(high)) + 1)]
    step = (high - low) / (TICKS - 1)
    return [low + step * index for index in range(TICKS)]


def _tick_label(value: float) -> str:
    if value >= 1_000_000_000:
        return f"{value / 1_000_000_000:g}bn"
    if value >= 1_000_000:
        return f"{value / 1_000_000:g}m"
    if value >= 10_000:
        return f"{value / 1_000:g}k"
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,.1f}"
