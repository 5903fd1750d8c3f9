"""A first matcher: claims of one measure, unit and event form one figure.

Deliberately simple; docs/MATCHING.md describes the matcher that replaces it.
"""

from __future__ import annotations

import datetime
from collections import defaultdict
from collections.abc import Hashable, Iterable
from dataclasses import dataclass, field

from factcheck.extraction import ClaimFrame

# Rounded figures ("5,000" for 5,140) are not contradictions: ranges this close still agree.
ROUNDING_TOLERANCE = 0.05


@dataclass(frozen=True)
class ClaimRef:
    """A claim to be matched, with the article it stands in."""

    id: Hashable
    frame: ClaimFrame
    article: Hashable
    outlet: str = ""
    published: datetime.date | None = None
    # An editor placed the claim in this figure: it stays there.
    locked_figure: Hashable | None = None


@dataclass
class MatchedFigure:
    key: str
    label: str
    measure: str
    unit: str
    claim_ids: list = field(default_factory=list)
    conflict: bool = False
    conflict_reason: str = ""
    # The figure an editor fixed, when the group holds locked claims.
    locked_figure: Hashable | None = None


def match_claims(claims: Iterable[ClaimRef], *, separations: Iterable[tuple[Hashable, Hashable]] = ()) -> list[MatchedFigure]:
    groups: dict[str, list[ClaimRef]] = defaultdict(list)
    for claim in claims:
        if claim.locked_figure is not None:
            groups[f"locked:{claim.locked_figure}"].append(claim)
        else:
            groups[block_key(claim.frame)].append(claim)
    figures = []
    for key, members in groups.items():
        first = members[0].frame
        figure = MatchedFigure(
            key=key,
            label=label_for(first),
            measure=first.measure,
            unit=first.unit,
            claim_ids=[member.id for member in members],
            locked_figure=members[0].locked_figure,
        )
        figure.conflict, figure.conflict_reason = find_conflict(members)
        figures.append(figure)
    return figures


def block_key(frame: ClaimFrame) -> str:
    return f"{frame.measure}|{frame.unit}|{frame.event or ''}"


def label_for(frame: ClaimFrame) -> str:
    words = [frame.unit or frame.measure]
    if frame.event:
        words.append(frame.event)
    return " ".join(words)


def interval(frame: ClaimFrame) -> tuple[float, float]:
    low = frame.low if frame.low is not None else float("-inf")
    high = frame.high if frame.high is not None else float("inf")
    return low, high


def ranges_agree(a: ClaimFrame, b: ClaimFrame, tolerance: float = ROUNDING_TOLERANCE) -> bool:
    a_low, a_high = interval(a)
    b_low, b_high = interval(b)
    slack = tolerance * max(abs(value) for value in (a.value, b.value, 1.0))
    return a_low <= b_high + slack and b_low <= a_high + slack


def find_conflict(members: list[ClaimRef]) -> tuple[bool, str]:
    for index, a in enumerate(members):
        for b in members[index + 1:]:
            if a.article != b.article and not ranges_agree(a.frame, b.frame):
                return True, f"{a.frame.text} ({a.outlet}) vs {b.frame.text} ({b.outlet})"
    return False, ""
