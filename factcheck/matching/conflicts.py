"""When the claims of one figure disagree, and when a change is an update instead.

Two claims conflict when their intervals cannot both be true, allowing for rounding, unless
one is an update of the other: the same claimant giving a new figure, or a toll that has
risen since the earlier report. Copies of one report (the same article, or a syndicated copy
of it) never conflict with each other: they are one source.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass

from factcheck.extraction.lexicon import TOLL_MEASURES
from factcheck.matching.features import (
    DEMAND,
    FORECAST,
    OFFER,
    PART_MARKS,
    PEOPLE_MEASURES,
    PLACE_ALIASES,
    UNIDENTIFIED,
    normalised_claimant,
    wholes_of,
)
from factcheck.matching.gazetteer import country_of_people, named_countries

# Rounded figures are not contradictions: "5,000" and "5,140" agree, because "5,000" is only
# said to the nearest thousand; "288" and "275" are said to the unit and disagree.
MIN_ROUNDING_SLACK = 0.5
# Tolls only grow as a story goes on: a later, higher figure updates an earlier one. So does a
# count of the missing as families report their relatives; a later, lower one from another
# speaker is disputed (the FBI's 388 against the governor's 1,000). A salvo of missiles or a
# crowd does not grow with the days; a different count of it disagrees.
CUMULATIVE_MEASURES = {"killed", "casualties", "injured", "missing"}
# So do counts of what a disaster destroys or displaces, of the people arrested or rescued,
# of the troops sent in as more arrive, and a wildfire's acres burned and the share of it
# contained: classes of factcheck.matching.features.EVENT_CLASSES.
CUMULATIVE_EVENTS = {"destroy", "displace", "arrest", "rescue", "deploy", "burn", "contain"}


@dataclass(frozen=True)
class Position:
    """What one claim says, as far as agreement goes."""

    claim_id: object
    low: float
    high: float
    value: float
    measure: str
    speaker: str  # normalised claimant, or the outlet when it speaks in its own voice
    report: object  # the original article: copies of one wire story share it
    published: datetime.date | None
    text: str
    outlet: str
    # What the claim says the quantity is: two claims are held against each other only when
    # these do not tell them apart (no rival qualifiers, events or units).
    qualifiers: frozenset = frozenset()
    event: str | None = None
    unit: str = ""
    vague: bool = False  # "dozens", "hundreds": an impression, not a count
    sentence: object = None  # (article, sentence offset): where it is said
    hedge: str = "exact"
    # Said by its report to be an earlier figure ("earlier in the day, officials had put the
    # number at 19", "to 43,700, from 3,500").
    earlier: bool = False
    # Said as a running total that has grown to it ("bringing the total on strike to 25,000").
    running: bool = False
    # Said of those "still missing": a count that falls as the missing are found.
    still: bool = False
    # A rate or a sum set anew ("raising the tariff on Chinese imports to 125%").
    reset: bool = False


def rounding_slack(value: float) -> float:
    """Half the unit a figure is rounded to: 5,000 -> 500, 1.5 million -> 50,000, 288 -> 0.5,
    6.5 (per cent) -> 0.05."""
    if value == 0:
        return MIN_ROUNDING_SLACK
    if not float(value).is_integer():
        decimals = len(repr(float(value)).split(".")[1].rstrip("0"))
        return 0.5 * 10**-decimals if decimals <= 6 else MIN_ROUNDING_SLACK
    number, zeros = int(abs(value)), 0
    while number % 10 == 0:
        number //= 10
        zeros += 1
    return max(MIN_ROUNDING_SLACK, 0.5 * 10**zeros)


# Hedges whose interval already says how loosely the number is meant: "about 3.2 billion" is
# 2.9 to 3.5 billion, and widening it again for rounding would say nothing at all.
SPREAD_HEDGES = {"approximate", "range", "vague"}


def slack_of(position: Position) -> float:
    if position.hedge in SPREAD_HEDGES:
        return MIN_ROUNDING_SLACK
    # "7.0" is said to a tenth, though its value is whole.
    written = _DECIMAL.search(position.text or "")
    if written and float(written.group(1).replace(",", "") + "." + written.group(2)) == position.value:
        return 0.5 * 10 ** -len(written.group(2))
    return rounding_slack(position.value)


_DECIMAL = re.compile(r"(\d[\d,]*)\.(\d+)")


def agree(a: Position, b: Position) -> bool:
    return _reaches(a, b) and _reaches(b, a)


def _reaches(lower: Position, upper: Position) -> bool:
    """The low end of one interval is not above the high end of the other, each widened by the
    rounding of a number said exactly. A bound a hedge sets is meant as said: "more than 60"
    is not reached by 57, though 60 might be a rounded 57."""
    slack = max(
        slack_of(lower) if lower.hedge not in _FLOORS else 0.0,
        slack_of(upper) if upper.hedge not in _CEILINGS else 0.0,
    )
    return _below(lower.low, upper.high + slack, lower.hedge in _FLOORS or upper.hedge in _CEILINGS)


# A number rounded to the nearest unit stood below its next half unit: "200,000" was under
# 250,000, so it does not reach "more than 250,000", nor 260 "at least 265" (though 29% may be
# 28.5% rounded).
_FLOORS = {"at_least", "more_than"}
_CEILINGS = {"at_most", "less_than"}


def _below(low: float, high: float, strict: bool) -> bool:
    return low < high if strict else low <= high


def same_speaker(a: str, b: str) -> bool:
    """ "Serhii Popko" and, later in the story, "Popko" are one speaker."""
    if not a or not b:
        return False
    if a == b:
        return True
    government = _government_of(a)
    if government is not None and government == _government_of(b):
        return True
    # "the Israeli military" and "Israel's military": one body, named by its people or its country.
    if _of_country(a) is not None and _of_country(a) == _of_country(b):
        return True
    # "Haiti's civil protection agency" and, in a later report, "the country's civil protection
    # agency": one body, named by its country once and by "the country" after.
    own_a, own_b = _GENERIC_OWNER.match(a), _GENERIC_OWNER.match(b)
    if (own_a or own_b) and not (own_a and own_b):
        generic, named = (own_a, b) if own_a else (own_b, a)
        body = generic.group(1)
        if len(body.split()) >= 2 and named.endswith(f" s {body}") and " " not in named[:-len(body) - 3]:
            return True
    short, long = sorted((a, b), key=len)
    if ":" in short or short in GENERIC_SPEAKERS or short in SPEAKER_KINDS:
        return False
    # "the administration's head, Serhii Popko" and "the head of the Kyiv City Military
    # Administration, Serhii Popko": one person, named the same at the end.
    short_words, long_words = short.split(), long.split()
    if acronym_of(short, long_words):
        return True  # "the CDC" and "the U.S. Centers for Disease Control and Prevention"
    if len(short_words) >= 2 and short_words[-2:] == long_words[-2:] and short_words[-1] not in SPEAKER_KINDS | GENERIC_SPEAKERS:
        return True
    # "the Air Force" after "Ukraine's air force"; a surname after the full name, wherever a
    # name puts it ("Serhii Popko", "Stephen Lo Wai-chung").
    return long.endswith(" " + short) or (" " not in short and short in long.split())


_NAME_LINKS = {"for", "and", "of", "the", "on", "in", "s"}


def acronym_of(short: str, long_words: list[str]) -> bool:
    """The short name is the initials of a run of the long name's words: "cdc" of "centers for
    disease control and prevention", "ntsb" of "the national transportation safety board"."""
    acronym = short.removeprefix("the ")
    if " " in acronym or not 3 <= len(acronym) <= 6 or not acronym.isalpha():
        return False
    initials = "".join(word[0] for word in long_words if word not in _NAME_LINKS and word[:1].isalpha())
    return acronym in initials


# "Mexico's federal government" and "Mexico's president": the head of a government gives its
# figures, so the two are one speaker whose later word replaces the earlier.
_GOVERNMENT = re.compile(r"^(?P<country>[a-z]+(?: [a-z]+)?) s (?:federal |national |central )?(?:government|president|presidency|prime minister|cabinet)$")


def _of_country(speaker: str) -> tuple[str, str] | None:
    """ "israel s military" and "israeli military" -> ("israel", "military")."""
    words = speaker.split()
    if len(words) >= 3 and words[1] == "s" and named_countries({words[0]}):
        return words[0], " ".join(words[2:])
    if len(words) >= 2:
        country = country_of_people(words[0])
        if country:
            return country, " ".join(words[1:])
    return None


_GENERIC_OWNER = re.compile(r"^(?:country|nation|island|state|territory) s (.+)$")


def _government_of(speaker: str) -> str | None:
    found = _GOVERNMENT.match(speaker)
    return PLACE_ALIASES.get(found["country"], found["country"]) if found else None


def is_update(a: Position, b: Position) -> bool:
    """The later claim updates the earlier: same speaker, or a cumulative count that rose."""
    if same_speaker(a.speaker, b.speaker):
        return True
    if a.published is None or b.published is None or (a.published == b.published and a.earlier == b.earlier):
        return False
    # (A figure its own report calls earlier is older than the report's other figures.)
    earlier, later = (a, b) if (a.published, not a.earlier) < (b.published, not b.earlier) else (b, a)
    if UNIDENTIFIED in earlier.qualifiers and UNIDENTIFIED in later.qualifiers:
        # The dead not yet identified fall as names are put to them, and rise as bodies are
        # found: a later count of them replaces the earlier, whoever gives it.
        return True
    if any(mark in earlier.qualifiers and mark in later.qualifiers for mark in (OFFER, DEMAND)):
        # An offer made on a later day moves the negotiation on ("a 25% raise" in September,
        # "an offer of 35%" in October): a later position, not a dispute of the earlier one.
        return True
    if later.reset:
        # "raising the tariff on Chinese imports to 125%" a week after the 34% it was set at:
        # a rate someone sets is moved, not disputed, by a later setting.
        return True
    if later.still and earlier.measure == "missing":
        # So do those "still missing" ("About 200 people were still missing", a day later
        # "Some 150 people are still missing"; "81 workers were missing", two days later "76
        # remain missing"): each count is of its own day, and the later replaces the earlier.
        return True
    cumulative = (
        earlier.measure in CUMULATIVE_MEASURES or later.running
        or (earlier.event in CUMULATIVE_EVENTS and later.event in (earlier.event, None))
    )
    return cumulative and later.low >= earlier.low


def comparable(a: Position, b: Position) -> bool:
    """Nothing in the claims themselves says they count different things, and neither is a
    forecast: what economists expected is an expectation, not a fact to dispute."""
    if FORECAST in a.qualifiers or FORECAST in b.qualifiers:
        return False
    # (Names, not marks: two parts of a whole are not the same part for being parts.)
    names_a, names_b = a.qualifiers - PART_MARKS, b.qualifiers - PART_MARKS
    if names_a and names_b and not names_a & names_b:
        return False
    wholes_a, wholes_b = wholes_of(names_a), wholes_of(names_b)
    if wholes_a and wholes_b and not wholes_a & wholes_b:
        return False
    if a.qualifiers & PART_MARKS != b.qualifiers & PART_MARKS:
        return False
    if a.event and b.event and a.event != b.event:
        return False
    fewer, more = sorted((a, b), key=lambda position: position.value)
    if fewer.unit in BODY_UNITS and more.unit not in BODY_UNITS and fewer.value < more.value and _told_alike(fewer, more):
        # "41 bodies had been pulled from the river" beside "all 67 people" killed: the bodies
        # found so far fall short of the toll without disputing it. (But a campaign group's
        # "at least 96 miners had died" against the police's 78 bodies is a dispute.)
        return False
    return not (a.unit and b.unit and a.unit != b.unit and a.measure not in ("killed", "injured", "casualties", "missing", "people"))


BODY_UNITS = {"body", "remains", "corpse"}


def _told_alike(a: Position, b: Position) -> bool:
    """One speaker, or one of them the outlet's own voice."""
    return a.speaker == b.speaker or a.speaker.startswith("outlet:") or b.speaker.startswith("outlet:")


def supersedes(later: Position, earlier: Position, voices: dict[str, tuple[str, ...]] | None = None) -> bool:
    """`later` is the speaker's newer figure for what `earlier` counted: published later, or
    the same day and higher for a count that only grows ("two people had been killed", then
    "the toll has risen to four"). With `voices` (from `_voices`), speakers are one when the
    figure's names link them."""
    one_voice = voices[later.speaker] == voices[earlier.speaker] if voices is not None else same_speaker(later.speaker, earlier.speaker)
    if later is earlier or not one_voice or (later.low, later.high) == (earlier.low, earlier.high):
        return False
    if later.published and earlier.published and later.published != earlier.published:
        return later.published > earlier.published
    growing = earlier.measure in CUMULATIVE_MEASURES or earlier.event in CUMULATIVE_EVENTS
    return growing and later.published == earlier.published and later.low > earlier.low


def current(positions: list[Position]) -> list[Position]:
    """Each speaker's latest word: a figure its own speaker has since replaced is history (the
    timeline shows it), not a position to hold against other speakers.

    The same as keeping the positions no other position `supersedes` (within the figure's
    voices), without comparing every pair: positions are taken by speaker, and each speaker's
    are held against a summary of what that voice said later."""
    by_speaker: dict[str, list[Position]] = {}
    for position in positions:
        by_speaker.setdefault(position.speaker, []).append(position)
    summaries: dict[tuple, _Later] = {}
    replaced: set[int] = set()
    voices = _voices(list(by_speaker))
    for speaker, own in by_speaker.items():
        alike = voices[speaker]
        if alike not in summaries:
            summaries[alike] = _Later([position for other in alike for position in by_speaker[other]])
        replaced.update(id(position) for position in own if summaries[alike].replaces(position))
    return [position for position in positions if id(position) not in replaced]


def _voices(speakers: list[str]) -> dict[str, tuple[str, ...]]:
    """{speaker: every speaker of the figure that is the same voice}, taken across names that
    link them: "the federal government" is "Mexico's federal government", which is one voice
    with "Mexico's president", so the president's later count replaces the bare government's."""
    voice = {speaker: speaker for speaker in speakers}

    def root(speaker: str) -> str:
        while voice[speaker] != speaker:
            speaker = voice[speaker]
        return speaker

    for index, speaker in enumerate(speakers):
        for other in speakers[index + 1:]:
            if same_speaker(speaker, other):
                voice[root(other)] = root(speaker)
    members: dict[str, list[str]] = {}
    for speaker in speakers:
        members.setdefault(root(speaker), []).append(speaker)
    return {speaker: tuple(sorted(members[root(speaker)])) for speaker in speakers}


class _Later:
    """What one speaker said after each day, as much as `current` needs: up to two different
    intervals said on later days, and the highest low said on each day."""

    def __init__(self, positions: list[Position]):
        self.after: dict[datetime.date, list[tuple]] = {}
        self.highest_low: dict = {}
        for position in positions:
            self.highest_low[position.published] = max(self.highest_low.get(position.published, float("-inf")), position.low)
        later: list[tuple] = []
        dated = sorted((position for position in positions if position.published), key=lambda position: position.published, reverse=True)
        index = 0
        while index < len(dated):
            day = dated[index].published
            self.after[day] = list(later)
            while index < len(dated) and dated[index].published == day:
                interval = (dated[index].low, dated[index].high)
                if len(later) < 2 and interval not in later:
                    later.append(interval)
                index += 1

    def replaces(self, position: Position) -> bool:
        interval = (position.low, position.high)
        if position.published and any(other != interval for other in self.after.get(position.published, ())):
            return True
        growing = position.measure in CUMULATIVE_MEASURES or position.event in CUMULATIVE_EVENTS
        return growing and self.highest_low.get(position.published, float("-inf")) > position.low


def conflicting(a: Position, b: Position) -> bool:
    # One report says one thing, unless it sets two speakers against each other ("organisers
    # said 550,000 joined, while police put the number at 190,000").
    # (A syndicated copy is the same report in another article: never a rival of its original.)
    same_article = a.sentence is not None and b.sentence is not None and a.sentence[0] == b.sentence[0]
    rivals = same_article and named(a.speaker) and named(b.speaker) and not same_speaker(a.speaker, b.speaker)
    one_voice = a.report == b.report and not rivals
    return (
        not one_voice and not _vague_and_near(a, b) and not agree(a, b) and not is_update(a, b)
        and comparable(a, b) and (rivals or linked(a, b)) and not apart_in_scale(a, b)
    )


# An impression ("hundreds", "dozens") disputes a count only from this many times away: "several
# hundred dead" against a confirmed 35 is a dispute; "dozens" against 20 is not worth a flag.
VAGUE_APART = 5.0


def _vague_and_near(a: Position, b: Position) -> bool:
    if not (a.vague or b.vague):
        return False
    low, high = sorted((a, b), key=lambda position: position.value)
    return not (high.low > 0 and low.high < float("inf") and high.low >= VAGUE_APART * low.high)


# Two counts this many times apart are not two answers to one question but a part and a
# whole ("injuring two people" where a minaret fell, beside 1,204 injured in the quake). A
# zero against a count is still a dispute ("no casualties" against "80 killed").
SCALE_APART = 100.0


def apart_in_scale(a: Position, b: Position) -> bool:
    low, high = sorted((abs(a.value), abs(b.value)))
    return low > 0 and high / low > SCALE_APART


# Some units say nothing of which quantity two counts are: people may be marchers, residents
# or the arrested, troops those in the country or those at one base, any sum is in dollars
# and any distance in kilometres (of one village from the city, or of another).
UNITLESS_MEASURES = {"money", "percent", "distance"}


def linked(a: Position, b: Position) -> bool:
    """Something in the two claims says they answer one question, beyond nothing saying they
    do not: the same event, a shared name, a specific unit, or both being tolls. A figure can
    hold claims that only happened not to differ; their numbers are not flagged against each
    other."""
    if a.event and a.event == b.event:
        return True
    if a.qualifiers & b.qualifiers:
        return True
    if a.measure in TOLL_MEASURES and b.measure in TOLL_MEASURES:
        return True
    return bool(a.unit and a.unit == b.unit and a.measure not in UNITLESS_MEASURES | PEOPLE_MEASURES)


def _outdated(positions: list[Position]) -> list[Position]:
    """Without the counts a report calls earlier, wherever else they stand, when they count
    what only grows: once a report says the toll was 19 earlier in the day and is 26 now,
    another report's 19 of that day is the same outdated count, not a rival's."""
    earlier: dict[tuple, datetime.date | None] = {}
    for position in positions:
        if position.earlier and position.measure in CUMULATIVE_MEASURES:
            earlier[(position.low, position.high)] = position.published
    if not earlier:
        return positions
    return [
        position for position in positions
        if (position.low, position.high) not in earlier or position.earlier
        or (position.published and earlier[(position.low, position.high)] and position.published > earlier[(position.low, position.high)] + datetime.timedelta(days=1))
    ]


def standing(positions: list[Position]) -> list[list[Position]]:
    """The sets of positions held at once: each speaker's latest word, and what each report
    set side by side when it was written. Guerrero's toll of 43 stood against the federal 39
    in the report that gave both, although the federal count has since risen past it; two
    reports of one day may be hours apart, so only one report makes two figures simultaneous."""
    positions = _outdated(positions)
    by_report: dict = {}
    for position in positions:
        if position.sentence is not None and not position.earlier:
            by_report.setdefault(position.sentence[0], []).append(position)
    return [current(positions), *(own for own in by_report.values() if len(own) > 1)]


def _distinct(positions: list[Position]) -> dict[tuple, list[Position]]:
    """Claims that say the same thing (speaker, date, interval) are compared once, so a figure
    reported by many copies costs no more than one reported by a few."""
    by_key: dict[tuple, list[Position]] = {}
    for position in positions:
        by_key.setdefault((position.speaker, position.published, position.low, position.high, position.qualifiers, position.event), []).append(position)
    return by_key


def _rival_keys(positions: list[Position]):
    """Each pair of distinct positions held at once, once, with the positions behind each."""
    seen: set = set()
    for held in standing(positions):
        by_key = _distinct(held)
        keys = sorted(by_key, key=lambda key: (key[2], key[3]))
        for index, a in enumerate(keys):
            for b in keys[index + 1:]:
                if (a, b) not in seen:
                    seen.add((a, b))
                    yield by_key[a], by_key[b]


def find_conflict(positions: list[Position]) -> tuple[bool, str]:
    """Whether any two claims of a figure conflict, and the first such pair in words."""
    for first, second in _rival_keys(positions):
        if conflicting(first[0], second[0]):
            return True, f"{describe(first[0])} vs {describe(second[0])}"
    return False, ""


def conflicting_ids(positions: list[Position]) -> set:
    """Ids of the claims that take part in any conflict of the figure (for marking them)."""
    marked: set = set()
    for first, second in _rival_keys(positions):
        if any(conflicting(x, y) for x in first for y in second):
            marked.update(position.claim_id for position in first + second)
    return marked


def describe(position: Position) -> str:
    who = position.speaker or position.outlet or "the outlet"
    return f"“{position.text}” ({who})"


def timeline(positions: list[Position]) -> list[Position]:
    """The figure's claims from speakers who gave more than one figure, in date order."""
    by_speaker: dict[str, list[Position]] = {}
    for position in positions:
        # "Popko" is filed with "Serhii Popko" when the figure has both.
        known = next((speaker for speaker in by_speaker if same_speaker(speaker, position.speaker)), position.speaker)
        by_speaker.setdefault(known, []).append(position)
    updated = [group for group in by_speaker.values() if len({(p.low, p.high) for p in group}) > 1]
    return sorted(
        (position for group in updated for position in group),
        key=lambda position: (position.published or datetime.date.min, position.value),
    )


# Speakers named only by a kind ("officials said") are different people in different outlets.
GENERIC_SPEAKERS = {
    "officials", "an official", "official", "authorities", "sources", "a source", "witnesses", "residents",
    "analysts", "experts", "reports", "police", "rescuers", "doctors", "survivors", "he", "she", "they", "it",
}


# Words that name a kind of speaker, not a person: "the agency" need not be "the UN's food
# agency" (a surname alone, "Popko", is the "Serhii Popko" of an earlier report).
SPEAKER_KINDS = {
    "agency", "ministry", "government", "military", "army", "department", "office", "service", "company", "group",
    "organisation", "organization", "spokesman", "spokeswoman", "spokesperson", "minister", "president", "governor",
    "mayor", "chief", "head", "center", "centre", "council", "administration", "force", "forces", "guard", "media",
    "television", "agency's", "statement", "report", "survey", "assessment", "center's", "embassy", "coalition",
}


def named(speaker: str) -> bool:
    """A speaker the report names, not the outlet's own voice."""
    return not speaker.startswith("outlet:")


def speaker_of(claimant: str | None, outlet: str) -> str:
    speaker = normalised_claimant(claimant)
    if not speaker:
        return f"outlet:{outlet.lower()}"
    if speaker in GENERIC_SPEAKERS:
        return f"{outlet.lower()}:{speaker}"
    return speaker
