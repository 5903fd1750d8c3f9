"""A short name for a figure, from its claims: "missiles fired — Ain al-Asad", "people
marched — Hong Kong, 16 Jun 2019", "capital spending, 2023-24"."""

from __future__ import annotations

import datetime
from collections import Counter

from factcheck.extraction import ClaimFrame
from factcheck.matching.features import NEUTRAL_EVENTS

# Participles English spells its own way; the rest take -ed.
IRREGULAR_PARTICIPLES = {
    "strike": "struck", "hit": "hit", "shoot": "shot", "take": "taken", "find": "found", "leave": "left",
    "bring": "brought", "hold": "held", "send": "sent", "build": "built", "lose": "lost", "fall": "fallen",
    "die": "died", "flee": "fled", "hurt": "hurt", "put": "put", "give": "given", "burn": "burned",
    "pay": "paid", "spend": "spent", "keep": "kept", "break": "broken", "drive": "driven", "rise": "risen",
    "do": "done", "feed": "fed", "get": "got", "come": "come", "run": "run", "cost": "cost", "say": "said",
    "lead": "led", "meet": "met", "win": "won", "tell": "told", "sell": "sold", "make": "made", "draw": "drawn",
    "grow": "grown", "fly": "flown", "see": "seen", "know": "known", "go": "gone", "begin": "begun", "cut": "cut",
    "set": "set", "let": "let", "shut": "shut", "spread": "spread", "read": "read", "ride": "ridden",
    "write": "written", "eat": "eaten", "fight": "fought", "buy": "bought", "think": "thought", "catch": "caught",
    "seek": "sought", "hear": "heard", "feel": "felt", "mean": "meant", "lay": "laid", "stand": "stood",
    "hang": "hung", "dig": "dug", "stick": "stuck", "sink": "sunk", "throw": "thrown", "wear": "worn",
    "tear": "torn", "forecast": "forecast", "bid": "bid", "quit": "quit", "shed": "shed", "sweep": "swept",
}
# Verbs of two syllables stressed on the last, which double their consonant like "stop".
DOUBLING = {"admit", "commit", "permit", "submit", "occur", "refer", "prefer", "control", "patrol", "compel", "expel", "repel", "deter", "transfer"}
# Units written as abbreviations or symbols take no plural.
UNPLURAL = {"mph", "kmph", "km", "kg", "mm", "cm", "m", "ft", "mi", "kph", "km/h", "percent", "%", "personnel", "staff"}
MEASURE_WORDS = {
    "killed": "people killed", "casualties": "casualties", "injured": "people injured", "missing": "people missing",
    "money": "amount", "percent": "share", "distance": "distance", "duration": "duration",
}
# How many scoping names a label carries.
LABEL_NAMES = 2


def participle(lemma: str) -> str:
    if lemma in IRREGULAR_PARTICIPLES:
        return IRREGULAR_PARTICIPLES[lemma]
    vowels = "aeiou"
    short = len(lemma) <= 4 and len(lemma) >= 3 and lemma[-1] not in vowels + "wxy" and lemma[-2] in vowels and lemma[-3] not in vowels
    if short or lemma in DOUBLING:
        return lemma + lemma[-1] + "ed"  # "pegged", "trapped", "admitted"
    if lemma.endswith("e"):
        return lemma + "d"
    if lemma.endswith("y") and len(lemma) > 2 and lemma[-2] not in "aeiou":
        return lemma[:-1] + "ied"
    return lemma + "ed"


def plural(unit: str) -> str:
    irregular = {"person": "people", "child": "children", "man": "men", "woman": "women", "personnel": "personnel", "staff": "staff"}
    if unit in irregular:
        return irregular[unit]
    if unit in UNPLURAL or unit.split(" ")[-1] in UNPLURAL:
        return unit
    words = unit.split(" ")
    last = words[-1]
    if last.endswith(("s", "x", "ch", "sh")):
        last += "es"
    elif last.endswith("y") and len(last) > 1 and last[-2] not in "aeiou":
        last = last[:-1] + "ies"
    else:
        last += "s"
    return " ".join(words[:-1] + [last])


def figure_label(
    frames: list[ClaimFrame],
    *,
    when: tuple[datetime.date, datetime.date] | None = None,
    subject: str | None = None,
    area: str | None = None,
) -> str:
    """The figure's head (what is counted and the event), its commonest places, and, when its
    claims name them, what a sum is of, the part of a place it is for ("Syria (northwest)") and
    the day or year it is for."""
    measure = Counter(frame.measure for frame in frames).most_common(1)[0][0]
    units = Counter(frame.unit for frame in frames if frame.unit)
    events = Counter(frame.event for frame in frames if frame.event and frame.event not in NEUTRAL_EVENTS)
    names = Counter(name for frame in frames for name in frame.scope)
    if measure in ("killed", "injured", "missing", "casualties"):
        head = MEASURE_WORDS[measure]
    elif measure in ("money", "percent") and subject:
        head = subject if measure == "money" else f"{subject} (%)"
    elif measure in ("money", "percent", "distance", "duration") and not events:
        head = MEASURE_WORDS[measure]
    else:
        head = plural(units.most_common(1)[0][0]) if units else measure
        if events:
            head = f"{head} {participle(events.most_common(1)[0][0])}"
    scope = [name for name, _ in names.most_common(LABEL_NAMES + 1) if any(char.isalpha() for char in name)][:LABEL_NAMES]
    if area:
        scope = [f"{scope[0]} ({area})"] if scope else [area]
    if when:
        scope.append(day_words(when))
    return f"{head} — {', '.join(scope)}" if scope else head


def day_words(days: tuple[datetime.date, datetime.date]) -> str:
    """ "16 Jun 2019", "around 18 Jun 2019", "2023-24", "2025"."""
    first, last = days
    if first == last:
        return f"{first.day} {first:%b %Y}"
    if (first.month, first.day, last.month, last.day) == (1, 1, 12, 31) and first.year == last.year:
        return str(first.year)
    if first.day == 1 and last.year == first.year + 1 and last.month == first.month - 1 or (first.month == 1 and last.month == 12 and last.year == first.year + 1):
        return f"{first.year}-{str(last.year)[2:]}"
    middle = first + (last - first) / 2
    return f"around {middle.day} {middle:%b %Y}"
