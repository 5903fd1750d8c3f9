"""The claim frame: one numerical claim found in an article.

Field names are the product's contract: the database, the API and the command-line output use
the same ones (see docs/CLAIM_FRAME.md).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field

HEDGES = ("exact", "approximate", "at_least", "more_than", "at_most", "less_than", "range", "vague")
MEASURES = (
    "killed", "injured", "casualties", "missing", "people", "weapons", "targets",
    "money", "percent", "distance", "duration", "other",
)


@dataclass(frozen=True, slots=True)
class ClaimFrame:
    start: int  # offset of the number expression in the article text (end exclusive)
    end: int
    text: str  # article_text[start:end], hedge words included
    value: float  # the central number; 0 for explicit zeros
    low: float | None  # interval the hedge implies; None = unbounded
    high: float | None
    hedge: str  # one of HEDGES
    unit: str  # singular lemma of the counted noun, or the unit of measure
    measure: str  # one of MEASURES
    claimant: str | None  # who asserts it, as written; None = the outlet's own voice
    sentence: str
    sentence_start: int = 0  # offset of `sentence` in the article text
    zero: bool = False  # an explicit zero ("no casualties")
    claimant_chain: tuple[str, ...] = ()  # nested reports, outer to inner; ends with claimant
    event: str | None = None  # lemma of the verb the quantity depends on ("fire", "kill")
    scope: tuple[str, ...] = field(default=())  # names in the figure's clause: places, targets
    qualifiers: tuple[str, ...] = field(default=())  # names that make it a particular quantity: "US troops", "five at Erbil"

    def as_dict(self) -> dict:
        """The JSON claim frame; integral numbers are written as integers."""
        data = asdict(self)
        for key in ("value", "low", "high"):
            data[key] = plain_number(data[key])
        data["claimant_chain"] = list(self.claimant_chain)
        data["scope"] = list(self.scope)
        data["qualifiers"] = list(self.qualifiers)
        return data


def plain_number(number: float | None) -> float | int | None:
    if number is None:
        return None
    return int(number) if float(number).is_integer() else round(float(number), 4)
