"""A short name for a figure, from its claims: "missiles fired — Ain al-Asad"."""

from __future__ import annotations

from collections import Counter

from factcheck.extraction import ClaimFrame
from factcheck.matching.features import NEUTRAL_EVENTS

# Participles English spells its own way; the rest take -ed.
IRREGULAR_PARTICIPLES = {
    "strike": "struck", "hit": "hit", "shoot": "shot", "take": "taken", "find": "found", "leave": "left",
    "bring": "brought", "hold": "held", "send": "sent", "build": "built", "lose": "lost", "fall": "fallen",
    "die": "died", "flee": "fled", "hurt": "hurt", "put": "put", "give": "given", "burn": "burned",
    "pay": "paid", "spend": "spent", "keep": "kept", "break": "broken", "drive": "driven", "rise": "risen",
}
MEASURE_WORDS = {
    "killed": "people killed", "casualties": "casualties", "injured": "people injured", "missing": "people missing",
    "money": "amount", "percent": "share", "distance": "distance", "duration": "duration",
}
# How many scoping names a label carries.
LABEL_NAMES = 2


def participle(lemma: str) -> str:
    if lemma in IRREGULAR_PARTICIPLES:
        return IRREGULAR_PARTICIPLES[lemma]
    if lemma.endswith("e"):
        return lemma + "d"
    if lemma.endswith("y") and len(lemma) > 2 and lemma[-2] not in "aeiou":
        return lemma[:-1] + "ied"
    return lemma + "ed"


def plural(unit: str) -> str:
    irregular = {"person": "people", "child": "children", "man": "men", "woman": "women", "personnel": "personnel", "staff": "staff"}
    if unit in irregular:
        return irregular[unit]
    words = unit.split(" ")
    last = words[-1]
    if last.endswith(("s", "x", "ch", "sh")):
        last += "es"
    elif last.endswith("y") and len(last) > 1 and last[-2] not in "aeiou":
        last = last[:-1] + "ies"
    else:
        last += "s"
    return " ".join(words[:-1] + [last])


def figure_label(frames: list[ClaimFrame]) -> str:
    measure = Counter(frame.measure for frame in frames).most_common(1)[0][0]
    units = Counter(frame.unit for frame in frames if frame.unit)
    events = Counter(frame.event for frame in frames if frame.event and frame.event not in NEUTRAL_EVENTS)
    names = Counter(name for frame in frames for name in frame.scope)
    if measure in ("killed", "injured", "missing", "casualties"):
        head = MEASURE_WORDS[measure]
    elif measure in ("money", "percent", "distance", "duration") and not events:
        head = MEASURE_WORDS[measure]
    else:
        head = plural(units.most_common(1)[0][0]) if units else measure
        if events:
            head = f"{head} {participle(events.most_common(1)[0][0])}"
    scope = [name for name, _ in names.most_common(LABEL_NAMES)]
    return f"{head} — {', '.join(scope)}" if scope else head
