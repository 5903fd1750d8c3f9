"""Group a story's claims into figures, one real-world quantity each.

Claims are first split into blocks by what they measure (the dead, the injured, weapons,
money, ...); within a block each claim joins the figure it fits best or starts a new one.
A claim is only ever compared with the figures of its own block, never with every other
claim, so the cost grows with the number of claims times the (small) number of figures per
block.

Fit is read from what the claims say about the quantity: the kind of thing counted, the event
(fired, struck, intercepted), the places and groups that scope it, weighted by how specific
each name is in the story, and the order of magnitude. Editors' decisions come first: a claim
an editor placed stays in its figure, and two claims an editor separated never share one.
"""

from __future__ import annotations

import dataclasses
import datetime
import math
import re
from collections import Counter, defaultdict
from collections.abc import Hashable, Iterable
from dataclasses import dataclass, field

from factcheck.extraction import ClaimFrame
from factcheck.extraction.lexicon import TOLL_MEASURES
from factcheck.extraction.text import framing_place
from factcheck.matching.conflicts import Position, acronym_of, find_conflict, speaker_of, timeline
from factcheck.matching.features import (
    AREA_PREFIX,
    CROWD,
    DISTANCE_EVENTS,
    EVENT_CLASSES,
    FORECAST,
    INCREMENT,
    PART_MARKS,
    PLACE_ALIASES,
    PART,
    PAST,
    PEOPLE_MEASURES,
    POINTS_BLOCK,
    TOLL_BLOCKS,
    WHOLE,
    HOLDER_PREFIX,
    MODEL_KINDS,
    WHOLE_PREFIX,
    WHO_PREFIX,
    GENERIC_DEAD,
    claim_block,
    at_the_events_time,
    claim_event,
    counted_unit,
    conversions,
    event_places,
    is_street,
    nested_places,
    outlet_keys,
    moved_from,
    normalised_claimant,
    people_kind,
    said_together,
    toll_kind,
    place_key,
    places_named_with,
    qualifier_keys,
    projected,
    restatements,
    running_total,
    sentences_of,
    story_scopes,
    unit_class,
    weapon_kind,
    wholes_of,
)
from factcheck.matching.gazetteer import country_of, country_of_people, named_countries
from factcheck.matching.labels import figure_label
from factcheck.matching.timing import clocked, event_time, overlap

# Counts that are a matter of record: a vote's tally is not disputed, so two tallies that
# differ are of two votes ("314 to 117" in the House, "63 to 36" in the Senate).
RECORDED_UNITS = {"vote", "seat"}
# A claim joins the best figure of its block when its fit is at least this; below, it starts
# a figure of its own. Fit is a sum of the evidence terms below, 0 when nothing speaks either
# way: a claim of the right kind joins the figure of its block rather than start its own,
# unless the evidence is against it.
JOIN_THRESHOLD = -0.25
# Sums of money and percentages join a figure only on evidence for it: a story's sums are
# mostly different quantities (the capital budget, the total, the deficit), and having no
# counted noun, they rarely show anything against each other.
UNITLESS_BLOCKS = {"money", "percent", POINTS_BLOCK}
UNITLESS_JOIN_THRESHOLD = 0.75
# Evidence terms: shared specific names are strong evidence, distinct specific names on both
# sides are strong evidence against (the toll in Turkey is not the toll in Syria).
SHARED_SCOPE_WEIGHT = 1.0
SAME_EVENT_WEIGHT = 1.0
DIFFERENT_EVENT_WEIGHT = 1.5
SAME_UNIT_WEIGHT = 0.5
# A quantity's own qualifiers ("five at Erbil") count more than names elsewhere in its clause.
QUALIFIER_SHARED_WEIGHT = 2.0
QUALIFIER_MISMATCH_WEIGHT = 1.5
# Places on both sides and none in common: against, however common the names are in the story
# (a story of two countries names each in half its claims, and their tolls are still two).
DISJOINT_SCOPE_WEIGHT = 2.0
# ... except for weapons fired or shot down, whose sentences name the side that fired, the side
# aimed at and the side that shot them down, so that two reports of one salvo often name
# different places. Where weapons struck is what tells one strike from another.
WEAPONS_DISJOINT_SCOPE_WEIGHT = 0.5
# A toll said of a place, against a figure that several reports counted without naming one.
PLACED_IN_PLACELESS_WEIGHT = 1.0
PLACELESS_REPORTS = 2
_ADMINISTRATIVE_AREA = re.compile(r"\b(?:county|province|district|parish|governorate|prefecture|municipality)\b")
# A name most of a figure's claims carry is part of what the figure is.
NAME_MAJORITY = 0.5
# The event classes, and the classes verbs take outside weapons ("destroyed" buildings).
KNOWN_EVENTS = set(EVENT_CLASSES.values()) | set(DISTANCE_EVENTS.values()) | {"destroy", "down", "shoot"}
# In toll blocks a different verb is weak evidence against (see features.TOLL_BLOCKS).
TOLL_EVENT_PENALTY = 0.3
# No name is ever worth nothing: even a name most claims share still tells its claims apart
# from those without it.
MIN_NAME_WEIGHT = 0.2
# An increment or a part ("another 14", "five of the victims") never joins the figure of the
# whole, nor the whole a figure of parts.
PART_MISMATCH_WEIGHT = 2.0
# Parts of two named wholes are never one part: the cars of the train that carried hazardous
# materials and the derailed cars that did share every other word.
WHOLE_MISMATCH_WEIGHT = 4.0
# Days the claim's clause names for its event, against those of the figure's claims: a march
# of 9 June is not the march of 16 June. Tolls are left out: their dates are those of the
# count ("rose to 80 on Friday"), not of the event.
TIME_MISMATCH_WEIGHT = 2.0
SAME_TIME_WEIGHT = 0.5
# A clause with no day is taken as the days just before its report, as weaker evidence.
UNDATED_MISMATCH_WEIGHT = 1.0
REPORT_DAYS = datetime.timedelta(days=3)
LEDE_FAR_DAYS = 7
# A clause dated more than a month from every day the figure's claims name is about another
# occasion altogether ("by the same hour in 2009" beside the trips of 20 January 2017).
ANOTHER_OCCASION = datetime.timedelta(days=31)
# Verbs that tell of the deaths themselves, dated by the day they happened.
HARM_EVENTS = {"kill", "die"}
# Events a story has once: an undated count of the cars derailed, weeks on, is of the same
# derailment, not of the days before its report.
ONE_OFF_EVENTS = {"derail"}
# Figures about one quantity rarely differ a hundredfold; the penalty grows past that.
MAGNITUDE_FREE_RATIO = 30.0
# Blocks where a count in one place and a count of no place ten times apart are a part and the
# whole: crowds in a town and in the country, missiles at one base and in the whole war.
PLACED_MAGNITUDE_BLOCKS = {"people", "weapons"}
MAGNITUDE_WEIGHT = 0.6
# Below that, a little for any distance: between figures that fit alike, the nearer wins.
MAGNITUDE_SLOPE = 0.1
# Two claims in one sentence of one article are, almost always, two different quantities,
# unless the sentence sets one against the other (RIVAL_VALUES between them).
SAME_SENTENCE_PENALTY = 1.0
# "The UN revised the toll to 3,958, after earlier putting it at 11,300": old and new value.
REVISION = re.compile(r"\brevis\w*", re.IGNORECASE)
# (... or one speaker's guesses, each larger: "several hundred dead, maybe close to a thousand,
# even several thousand"; or a count's course: "28 at mid-morning, then 85, then 167".)
RIVAL_VALUES = re.compile(
    r"\b(?:contradict\w*|disput\w*|from|rather than|instead of|compared with|against|range|though|although|whereas"
    r"|maybe|perhaps|possibly|if not|even|then)\b",
    re.IGNORECASE,
)


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
    # The article this one is a syndicated copy of, if any.
    syndicated_from: Hashable | None = None


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
    # Claims from speakers who changed their figure, in date order (an update, not a conflict).
    timeline_ids: list = field(default_factory=list)
    # Independent reports: syndicated copies count with their original.
    report_count: int = 0


@dataclass(frozen=True)
class _Summary:
    unit: str
    events: frozenset
    marks: frozenset
    places: frozenset
    wholes: frozenset  # the wholes most of its parts are said to be of
    sites: frozenset  # the one camp, school or hospital most of its members are counted at
    who: frozenset  # who most of its members say the dead were ("who:student")


class _Group:
    def __init__(self, block: str, locked_figure: Hashable | None = None):
        self.block = block
        self.locked_figure = locked_figure
        self.members: list[ClaimRef] = []
        self.units: Counter = Counter()
        self.kinds: Counter = Counter()  # of weapons: cruise, ballistic
        self.events: Counter = Counter()
        self.scope: Counter = Counter()
        self.scoped = 0  # members that name any place
        self.countries: Counter = Counter()  # of tolls: the countries their places lie in
        self.ledes: Counter = Counter()  # the days the members' articles open with
        self.values: set = set()
        self.recorded_values: set = set()  # the values of its members that are no projection
        self.holders: set = set()  # whose seats or votes its members count
        self.articles: set = set()
        self.qualifiers: Counter = Counter()
        self.member_ids: set = set()
        # (article, sentence start) -> the spans and speakers of the members said in that sentence
        self.sentences: dict = defaultdict(list)
        # (first day, last day) -> members whose clause dates their event so
        self.times: Counter = Counter()
        # ... and the days before the reports of the members whose clause names none
        self.report_times: Counter = Counter()
        # ... and of those, the days of the members whose clause names a time of day too
        self.clocked_times: Counter = Counter()
        # Sum and count of log10 values: the figure's typical order of magnitude, kept as a
        # running mean so that comparing a claim with a figure costs the same at any size.
        self.log_sum = 0.0
        self.log_count = 0
        self.running = 0  # members said as a running total
        self.vague = 0  # members said as an impression ("dozens", "thousands")
        self._summary: _Summary | None = None

    def summary(self) -> "_Summary":
        """What the fit reads of the figure as a whole, worked out again only after it grows."""
        if self._summary is None:
            size = len(self.members)
            self._summary = _Summary(
                unit=self.units.most_common(1)[0][0],
                events=frozenset(name for name in self.events if name),
                marks=frozenset(key for key in PART_MARKS if self.qualifiers[key] / size >= NAME_MAJORITY),
                places=frozenset(key for key, count in self.scope.items() if count / max(self.scoped, 1) >= NAME_MAJORITY),
                wholes=frozenset(
                    key for key, count in self.qualifiers.items() if key.startswith(WHOLE_PREFIX) and count / size >= NAME_MAJORITY
                ),
                sites=frozenset(key for key in _sites(self.qualifiers) if self.qualifiers[key] / size >= NAME_MAJORITY),
                who=frozenset(key for key in _who(self.qualifiers) if self.qualifiers[key] / size >= NAME_MAJORITY),
            )
        return self._summary

    def add(self, claim: ClaimRef, scope: frozenset[str], traits: "_Traits") -> None:
        self._summary = None
        frame = claim.frame
        self.running += traits.running
        self.vague += frame.hedge == "vague"
        if traits.when:
            self.times[traits.when] += 1
            if traits.clocked:
                self.clocked_times[traits.when] += 1
        elif claim.published and self.block not in TOLL_BLOCKS and not _of_a_year(self.block, traits):
            self.report_times[(claim.published - REPORT_DAYS, claim.published)] += 1
        self.qualifiers.update(traits.qualifiers)
        self.members.append(claim)
        self.member_ids.add(claim.id)
        self.units[traits.unit] += 1
        if traits.kind:
            self.kinds[traits.kind] += 1
        self.events[traits.event] += 1
        self.scope.update(scope)
        self.scoped += bool(scope)
        self.countries.update(traits.countries)
        if traits.lede_day:
            self.ledes[traits.lede_day] += 1
        self.sentences[(claim.article, frame.sentence_start)].append(
            (frame.start, frame.end, normalised_claimant(frame.claimant), (frame.unit or "").lower())
        )
        self.values.add(frame.value)
        if not traits.projected:
            self.recorded_values.add(frame.value)
        self.holders.update(traits.holders)
        self.articles.add(claim.article)
        if frame.value > 0:
            self.log_sum += math.log10(frame.value * UNIT_SIZES.get(frame.unit, 1.0))
            self.log_count += 1


def match_claims(claims: Iterable[ClaimRef], *, separations: Iterable[tuple[Hashable, Hashable]] = ()) -> list[MatchedFigure]:
    claims = list(claims)
    apart: dict[Hashable, set] = defaultdict(set)
    for a, b in separations:
        apart[a].add(b)
        apart[b].add(a)
    scopes = story_scopes(claims)
    days = {claim.id: event_time(claim.frame, claim.published) for claim in claims}
    ledes = _lede_days(claims, days)
    # ("For 82 of the deaths the BBC found evidence": an outlet of the story names no quantity.)
    outlets = outlet_keys(claims)
    own = _holders_named_alike(_increments_of_a_count(claims, {claim.id: qualifier_keys(claim.frame) - outlets for claim in claims}))
    _crowds_placed(claims, scopes, own)
    countries = _toll_countries(claims, scopes)
    traits = {
        claim.id: _Traits(
            _qualifiers(claim, days[claim.id], own[claim.id] - {FORECAST}), days[claim.id], ledes.get(claim.article),
            unit=unit_class(counted_unit(claim.frame)), event=claim_event(claim.frame),
            kind=weapon_kind(claim.frame) or people_kind(claim.frame) or toll_kind(claim.frame),
            countries=countries[claim.id],
            wholes=wholes_of(own[claim.id]),
            running=running_total(claim.frame),
            clocked=clocked(claim.frame),
            projected=projected(claim.frame),
            holders=frozenset(key for key in own[claim.id] if key.startswith(HOLDER_PREFIX)),
            sites=_sites(own[claim.id]),
            who=_who(own[claim.id]),
            in_area=any(_ADMINISTRATIVE_AREA.search(key) for key in scopes[claim.id]),
            at_the_event=at_the_events_time(claim.frame),
        )
        for claim in claims
    }
    for claim in claims:
        # A sum or share of something is for a year: the day its report names is the day it
        # was announced ("announced £45bn of tax cuts on Friday"), not its time.
        when = traits[claim.id].when
        if when and when[0] == when[1] and _of_a_year(claim_block(claim.frame), traits[claim.id]):
            traits[claim.id] = dataclasses.replace(traits[claim.id], when=None)
    weights = _name_weights(claims, scopes, traits)
    nested = nested_places(claims)

    groups: list[_Group] = []
    by_block: dict[str, list[_Group]] = defaultdict(list)
    locked: dict[Hashable, _Group] = {}
    # Editors' placements first, then the rest in date order.
    ordered = sorted(
        claims,
        key=lambda claim: (claim.locked_figure is None, claim.published or datetime.date.min, str(claim.article), claim.frame.start),
    )
    # A sum given again in another currency, or a rival's value of the quantity just named,
    # goes where the first went.
    converted = conversions(claims) | restatements(claims) | _revisions(claims, days)
    placed: dict[Hashable, _Group] = {}
    for claim in ordered:
        frame = claim.frame
        block = claim_block(frame)
        scope = scopes[claim.id]
        if claim.locked_figure is not None:
            group = locked.get(claim.locked_figure)
            if group is None:
                group = locked[claim.locked_figure] = _Group(block, claim.locked_figure)
                groups.append(group)
                by_block[block].append(group)
            group.add(claim, scope, traits[claim.id])
            placed[claim.id] = group
            continue
        source = placed.get(converted.get(claim.id))
        if source is not None and not apart[claim.id] & source.member_ids:
            # "10 trillion rupees ($122 billion)": the same sum in another currency.
            source.add(claim, scope, traits[claim.id])
            placed[claim.id] = source
            continue
        best, best_fit = None, UNITLESS_JOIN_THRESHOLD if block in UNITLESS_BLOCKS else JOIN_THRESHOLD
        for group in by_block[block]:
            if apart[claim.id] & group.member_ids:
                continue
            fit = _fit(claim, scope, traits[claim.id], group, weights, nested)
            if fit >= best_fit:
                best, best_fit = group, fit
        if best is None:
            best = _Group(block)
            groups.append(best)
            by_block[block].append(best)
        best.add(claim, scope, traits[claim.id])
        placed[claim.id] = best
    return [_figure(group, own) for group in groups]


@dataclass(frozen=True)
class _Traits:
    """What the claim's sentence says of it beyond the frame, read once per match."""

    qualifiers: frozenset[str]
    when: tuple[datetime.date, datetime.date] | None
    # The day its article's opening names for the story's events, for a clause that names none.
    lede_day: tuple[datetime.date, datetime.date] | None = None
    # The claim's unit class, kind of weapon and event class, read once.
    unit: str = ""
    kind: str | None = None
    event: str | None = None
    # The countries its places lie in, as far as the gazetteer knows them.
    countries: frozenset = frozenset()
    # The wholes it is said to be a part of ("of the derailed cars").
    wholes: frozenset = frozenset()
    # Said as a running total ("bringing the total on strike to 25,000").
    running: bool = False
    # A projection of a count ("the exit poll puts Labour on 410 seats").
    projected: bool = False
    # Whose seats or share of the vote it counts ("for:labour").
    holders: frozenset = frozenset()
    # Its clause names a time of day ("by 11 a.m. on Friday").
    clocked: bool = False
    # The one camp, school or hospital it is said of ("at:camp mystic").
    sites: frozenset = frozenset()
    # Its places include a county, district or province.
    in_area: bool = False
    # Who it says the dead were ("who:student").
    who: frozenset = frozenset()
    # Dated by the story's event ("at the height of the storm"), not by its report.
    at_the_event: bool = False


def _increments_of_a_count(claims: list[ClaimRef], keys: dict) -> dict:
    """ "Another 14 drones were lost" adds to the drones counted just before it; "1,644 killed
    and 3,408 injured. Another 139 people are missing." adds a count of another kind, and is
    no increment of anything."""
    by_article: dict = defaultdict(list)
    for claim in claims:
        by_article[claim.article].append(claim)
    for members in by_article.values():
        members.sort(key=lambda claim: claim.frame.start)
        for previous, claim in zip(members, members[1:]):
            # ("Five more civilians" a paragraph after a count of jets adds to a count of its own.)
            if INCREMENT in keys[claim.id] and previous.frame.measure != claim.frame.measure and said_together(previous.frame, claim.frame):
                keys[claim.id] = keys[claim.id] - {INCREMENT}
    return keys


def _holders_named_alike(keys: dict) -> dict:
    """ "Nicolas Maduro" and "Mr Maduro" hold one share of the vote: a holder's name is the
    shortest of the story's names it ends with."""
    holders = sorted({key for found in keys.values() for key in found if key.startswith(HOLDER_PREFIX)}, key=len)
    if len(holders) < 2:
        return keys
    short = {key: next(other for other in holders if key == other or _same_holder(key, other)) for key in holders}
    return {claim_id: frozenset(short.get(key, key) for key in found) for claim_id, found in keys.items()}


def _same_holder(key: str, other: str) -> bool:
    """ "for:bjp-led national democratic alliance" holds what "for:national democratic
    alliance" holds; "for:bjp" is "for:bharatiya janata" (its party's initials)."""
    name, short = key.removeprefix(HOLDER_PREFIX), other.removeprefix(HOLDER_PREFIX)
    return name.endswith(" " + short) or acronym_of(short, [*name.split(), "party"])


def _towns(places: frozenset[str]) -> frozenset[str]:
    """The places other than streets, or the streets when they are all there is."""
    return frozenset(place for place in places if not is_street(place)) or places


def _who(keys) -> frozenset[str]:
    return frozenset(key for key in keys if key.startswith(WHO_PREFIX))


def _sites(keys) -> frozenset[str]:
    """The one camp, school or hospital a count is said to be of ("at:camp mystic")."""
    return frozenset(key for key in keys if key.startswith("at:"))


# "800,000 of them in Paris", "including 119,000 in Paris", "of them in the capital", "202 of
# the dead in the Valencia region": the place a crowd's or a toll's number is in.
_CROWD_IN = re.compile(
    r"^\s+(?:(?:people|demonstrators|protesters|marchers)\s+)?(?:of\s+(?:them|whom|those|the\s+dead|the\s+victims)\s+)?in\s+(?:the\s+)?"
    r"(capital\b|[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)"
)


def _crowds_placed(claims: list[ClaimRef], scopes: dict, keys: dict) -> None:
    """A crowd's place named right after its number ("800,000 of them in Paris") says where
    the crowd was, as the place of its clause does ("800,000 people marched in Paris"), and a
    toll's where its dead died ("202 of the dead in the Valencia region"): it moves from the
    claim's names to its scope, so that the two are one place, not a name one of them lacks;
    and the number is that place's, not a part of the number before it ("250,000 nationwide,
    including 160,000 in Tel Aviv")."""
    for claim in claims:
        frame = claim.frame
        if frame.measure not in PEOPLE_MEASURES or not frame.sentence:
            continue
        if people_kind(frame) == CROWD:
            # "3.5 million demonstrators across France": where the crowd was, named once.
            keys[claim.id] = keys[claim.id] - scopes[claim.id]
        placed = _CROWD_IN.match(frame.sentence[frame.end - frame.sentence_start:])
        if not placed:
            continue
        key = place_key(placed.group(1))
        if key in keys[claim.id] and (not scopes[claim.id] or key in scopes[claim.id]):
            scopes[claim.id] = scopes[claim.id] | {key}
            keys[claim.id] = keys[claim.id] - {key}
        if scopes[claim.id] - {WHOLE}:
            keys[claim.id] = keys[claim.id] - {PART}


def _toll_countries(claims: list[ClaimRef], scopes: dict) -> dict:
    """{claim id: the countries a toll's places lie in}, the event's place included: the
    quake's toll "in Myanmar" is not the toll of Bangkok, which lies in Thailand. Tolls listed
    in one sentence ("rose to 1,002, with 2,376 injured and 30 missing") are of one country."""
    named = named_countries({key for claim in claims for key in scopes[claim.id] | event_places(claim.frame)})
    # (The places the story counts its dead in.)
    toll_places = {key for claim in claims if claim.frame.measure in TOLL_MEASURES for key in scopes[claim.id] | event_places(claim.frame)}
    found = {
        claim.id: frozenset(filter(None, (country_of(key, named) for key in scopes[claim.id] | event_places(claim.frame))))
        if claim.frame.measure in TOLL_MEASURES else frozenset()
        for claim in claims
    }
    for claim in claims:
        if claim.frame.measure not in TOLL_MEASURES or found[claim.id]:
            continue
        framing = framing_place(claim.frame.sentence or "")
        if framing and country_of(framing, named):
            # "In Mozambique, ..., 34 people had been killed in the northern province of Cabo
            # Delgado": a province the tables do not know lies in the country the sentence opens with.
            found[claim.id] = frozenset({country_of(framing, named)})
    sentences = sentences_of(claims)
    # A toll listed beside one whose own place names its country is of that country, before any
    # name its clause mentions in passing ("610 people were killed in Iran during the war with
    # Israel and 4,746 injured").
    _share_in_sentences(sentences, found)
    for claim in claims:
        if claim.frame.measure not in TOLL_MEASURES or found[claim.id]:
            continue
        # "The number of people killed by Cyclone Chido in Mayotte has risen to 35": a place the
        # story counts its dead in, named anywhere in the number's clause, says whose toll it is,
        # when all it names lie in one country.
        countries = {country_of(key, named) for key in places_named_with(claim.frame, toll_places)} - {None}
        if len(countries) == 1:
            found[claim.id] = frozenset(countries)
    _share_in_sentences(sentences, found)
    return found


def _share_in_sentences(sentences, found: dict) -> None:
    """Tolls listed in one sentence ("rose to 1,002, with 2,376 injured and 30 missing") are of
    one country: the one those that have a country are of."""
    for members in sentences:
        listed = {found[claim.id] for claim in members if found[claim.id]}
        if len(listed) == 1:
            (shared,) = listed
            for claim in members:
                if claim.frame.measure in TOLL_MEASURES and not found[claim.id]:
                    found[claim.id] = shared


_VOTES = {"what:vote against", "what:vote for"}
ANOTHER_VOTE = datetime.timedelta(days=LEDE_FAR_DAYS)


# A toll dated this long before its report is of another event.
PAST_EVENT = datetime.timedelta(days=365)


def _qualifiers(claim: ClaimRef, when, keys: frozenset[str]) -> frozenset[str]:
    if when and claim.published and when[1] < claim.published - PAST_EVENT:
        keys |= {PAST}
    return keys


# An article's opening: the lede that says what happened and when.
LEDE_CHARS = 300


# Quantities of the story's event itself, which a report of any later day describes: the
# quake's magnitude is the same on the day and a week on, and so are the storm's winds at
# landfall and the train's speed when it crashed.
EVENT_PROPERTY_BLOCKS = {"other:magnitude", "other:mph", "other:kmph", "other:knot", "distance"}
EVENT_MEASUREMENT_BLOCKS = EVENT_PROPERTY_BLOCKS - {"distance"}


def _of_a_year(block: str, traits: _Traits) -> bool:
    """A sum or share of something ("capital spending") is for a year, not for its report's
    days; nor is a property of the event."""
    # (A vote's share is of its day.)
    return block in EVENT_PROPERTY_BLOCKS or (
        block in UNITLESS_BLOCKS and any(key.startswith("what:") and key not in _VOTES for key in traits.qualifiers)
    )


def _lede_days(claims: list[ClaimRef], days: dict) -> dict:
    """{article: the day named by the first dated claim of its opening}."""
    found: dict = {}
    for claim in sorted(claims, key=lambda claim: claim.frame.start):
        when = days[claim.id]
        if claim.article not in found and when and when[0] == when[1] and claim.frame.sentence_start < LEDE_CHARS:
            found[claim.article] = when
    return found


def _name_weights(claims: list[ClaimRef], scopes: dict, traits: dict) -> dict[str, float]:
    """How specific each scoping name is in this story: near 1 for a name few claims use,
    falling for names many claims share ("Iraq" in a story about strikes in Iraq)."""
    counts = Counter(key for claim in claims for key in scopes[claim.id] | traits[claim.id].qualifiers)
    total = max(len(claims), 1)
    return {key: max(MIN_NAME_WEIGHT, 1.0 - count / total) for key, count in counts.items()}


def _fit(claim: ClaimRef, scope: frozenset[str], traits: _Traits, group: _Group, weights: dict[str, float], nested: set) -> float:
    frame = claim.frame
    measure = frame.measure
    unit = traits.unit
    summary = group.summary()
    group_unit = summary.unit
    # People are people whatever they are called; other units must be of one class.
    if measure not in PEOPLE_MEASURES and unit and group_unit and unit != group_unit:
        return float("-inf")
    kind = traits.kind
    if kind and group.kinds and kind not in group.kinds:
        return float("-inf")
    if (kind in MODEL_KINDS) != any(name in MODEL_KINDS for name in group.kinds):
        # "five Indian jets, among them three Rafales": aircraft of one model are a part.
        return float("-inf")
    # Two parties' seats or shares of the vote are never one figure.
    holders = traits.holders
    if holders and group.holders and not holders & group.holders:
        return float("-inf")
    if unit in RECORDED_UNITS and frame.value not in group.values:
        # A count of record differs from another only as another count; a projection of the
        # same party's ("the exit poll puts Labour on 410 seats") may differ from the count.
        if not holders & group.holders or (not traits.projected and group.recorded_values):
            return float("-inf")
    fit = 0.0
    if unit and unit == group_unit:
        fit += SAME_UNIT_WEIGHT
    if frame.value in group.values and _precise(frame.value) and claim.article not in group.articles:
        # "£22.6bn" in two reports: a number that exact is seldom two quantities' by chance.
        fit += SAME_PRECISE_VALUE_WEIGHT
    elif frame.value in group.values and frame.hedge == "exact" and frame.value and claim.article not in group.articles:
        # "All 20 living hostages" beside "the last 20 living hostages": a round number said
        # again is weaker evidence, but evidence.
        fit += SAME_VALUE_WEIGHT

    event = traits.event
    group_events = summary.events
    # (A quake's magnitude or a storm's winds are the event's, whatever verb the sentence tells
    # them with: "struck", "injured".)
    if event and group_events and group.block not in EVENT_MEASUREMENT_BLOCKS:
        if event in group_events:
            fit += SAME_EVENT_WEIGHT
        elif group.block in TOLL_BLOCKS or not (event in KNOWN_EVENTS and group_events <= KNOWN_EVENTS):
            # A verb of no known class ("spent the night", "combed") is a weak sign of another
            # event: only two classed verbs are known to tell two events apart.
            fit -= TOLL_EVENT_PENALTY
        else:
            fit -= DIFFERENT_EVENT_WEIGHT

    marks = traits.qualifiers & PART_MARKS
    if marks != summary.marks:
        fit -= PART_MISMATCH_WEIGHT
    # Parts of two wholes ("of the derailed cars", "of the train's cars") are two parts.
    if traits.wholes and summary.wholes and not traits.wholes & summary.wholes:
        fit -= WHOLE_MISMATCH_WEIGHT
    if group.block in TOLL_BLOCKS and traits.sites != summary.sites:
        # The dead of one camp or the patients of one hospital are not the toll's children.
        fit -= WHOLE_MISMATCH_WEIGHT
    who = traits.who
    if group.block in TOLL_BLOCKS and who != summary.who and (
        (who and summary.who) or (who and group_unit in GENERIC_DEAD) or (summary.who and unit in GENERIC_DEAD)
    ):
        # "Four of the dead were MBBS students" is not "241 of the 242 on board were killed"
        # (though it may be "Among the dead are four students").
        fit -= WHOLE_MISMATCH_WEIGHT
    # ("under 100 Palestinian casualties" beside "274 Palestinians": the people a toll counts
    # are its unit in one report and a name in the other.)
    nations = {PLACE_ALIASES.get(name) or country_of_people(name) for name in (unit, group_unit) if name} - {None}
    names, group_names = traits.qualifiers - nations, group.qualifiers
    if nations & group_names.keys():
        group_names = Counter({key: count for key, count in group_names.items() if key not in nations})
    fit += _names_fit(names, group_names, len(group.members), weights, QUALIFIER_SHARED_WEIGHT, QUALIFIER_MISMATCH_WEIGHT)

    # Names elsewhere in the clause: shared ones are evidence for, in proportion to how many
    # of the figure's claims carry them; places count against when the claim names places and
    # none of those most of the figure's claims name (Turkey's toll is not Syria's, nor the
    # combined toll). A name one side does not mention is no evidence: reports leave out what
    # the reader knows.
    size = len(group.members)
    # The figure's places: those named by most of its claims that name any place.
    majority = summary.places
    if scope and majority and not scope & majority:
        # ... unless one lies within the other: the town's toll and the island's may be one.
        # (A street lies in the story's town, but a claim that names its town too is that
        # town's: "more than 200,000 filled Pennsylvania Avenue in Washington" is not New York's.)
        if not any(frozenset((mine, theirs)) in nested for mine in _towns(scope) for theirs in _towns(majority)):
            # (A salvo said of several places is no one place's: "14 bombs on two sites" is not
            # "six bombs on Fordow", whichever side the sentences name.)
            weapons_not_striking = (
                group.block == "weapons" and event != "strike" and "strike" not in group_events and WHOLE not in scope | majority
            )
            fit -= WEAPONS_DISJOINT_SCOPE_WEIGHT if weapons_not_striking else DISJOINT_SCOPE_WEIGHT
    elif (
        group.block in TOLL_BLOCKS and not group.scoped and len(group.members) >= PLACELESS_REPORTS
        and traits.in_area
    ):
        # "The death toll from flash floods in central Texas rose to 51 ... In Kerr County, 43
        # people had been found dead": where several reports count a toll without a place, a
        # toll said of a county or a province is likely a part of it.
        fit -= PLACED_IN_PLACELESS_WEIGHT
    elif traits.countries and group.countries and not traits.countries & group.countries.keys():
        # Places in different countries, though their names alone did not tell them apart.
        fit -= DISJOINT_SCOPE_WEIGHT
    elif scope == {WHOLE} and not group.scope[WHOLE] and claim.article in group.articles:
        # "District officials estimated that 500,000 people joined the march. Across the
        # country, ... more than 3 million": the article that gave the one count gives the
        # whole country's as another.
        fit -= DISJOINT_SCOPE_WEIGHT
    else:
        fit += SHARED_SCOPE_WEIGHT * sum(weights.get(key, 0.0) * group.scope[key] / size for key in scope if key in group.scope)

    if frame.value > 0 and group.log_count:
        typical = group.log_sum / group.log_count
        distance = abs(math.log10(frame.value * UNIT_SIZES.get(frame.unit, 1.0)) - typical)
        # Between figures that fit alike, the one of the nearer order of magnitude.
        fit -= MAGNITUDE_SLOPE * distance
        excess = distance - math.log10(MAGNITUDE_FREE_RATIO)
        if excess > 0:
            fit -= MAGNITUDE_WEIGHT * excess
        if (
            group.block in PLACED_MAGNITUDE_BLOCKS and distance > 1 and bool(scope - {WHOLE}) != bool(majority)
            and frame.hedge != "vague" and group.vague < len(group.members)  # ("dozens" is no count to be ten times of)
        ):
            # "More than 100,000 marched in New York" and "nearly 7 million took part": a
            # crowd in one place and one ten times its size said of no place are the town's
            # and the country's; so are 14 missiles at a base and 550 fired at Israel.
            fit -= DISJOINT_SCOPE_WEIGHT

    other_days = False
    if traits.when and group.times and all(_apart(traits.when, days) > ANOTHER_OCCASION for days in group.times):
        return float("-inf")
    if traits.clocked and traits.when and group.clocked_times and traits.when not in group.clocked_times:
        # "193,000 trips by 11 a.m. on Friday" and "275,000 by 11 a.m. on Saturday": a time of
        # day leaves no doubt of the day (no reporter's time zone moves it), so counts up to an
        # hour of two days are two counts.
        return float("-inf")
    if (
        group.block in TOLL_BLOCKS and traits.when and traits.when[0] == traits.when[1] and frame.event in HARM_EVENTS
        and group.times and all(abs((traits.when[0] - days[0]).days) > LEDE_FAR_DAYS and days[0] == days[1] for days in group.times)
    ):
        # "At least 18 people were killed late Saturday in a crush at the station" against a
        # toll of deaths on a day weeks before: the day of the killing tells two events apart
        # (a toll's later count says it "rose", on the day it is given).
        fit -= TIME_MISMATCH_WEIGHT
    # A running total grows from report to report: like a toll's, its days tell nothing.
    timed = group.block not in TOLL_BLOCKS and not (traits.running or group.running > 0)
    votes = traits.qualifiers & _VOTES  # (mostly empty: checked before the figure's keys are read)
    if votes and group.report_times and not traits.when and claim.published and timed and votes & group.qualifiers.keys():
        # A vote's share in a report weeks after the reports of another vote ("64% of members
        # voted against the offer" in October, "94.6% against" in September): another vote.
        if all(days[1] < claim.published - ANOTHER_VOTE for days in group.report_times):
            return float("-inf")
    if group.times and timed:
        when = traits.when
        # A clause that names no day is most likely about the days just before its report:
        # weaker evidence, and only against. (Not for sums and shares of something, which are
        # for a year.)
        dated = when is not None
        # (A price or a rate with nothing it is of, "a record low of $1.0327", is of a moment.)
        if not dated and claim.published and not _of_a_year(group.block, traits) and not traits.at_the_event:
            when = (claim.published - REPORT_DAYS, claim.published)
        if when:
            agreeing = sum(count for days, count in group.times.items() if overlap(when, days))
            share = agreeing / sum(group.times.values())
            if share < NAME_MAJORITY:
                # ... unless its article opens with a day weeks from the figure's: a report of
                # the rally of 11 March is not about the rally of 21 January.
                lede = traits.lede_day
                far = not dated and lede is not None and all(abs((lede[0] - days[0]).days) > LEDE_FAR_DAYS for days in group.times)
                # ... or was published before the figure's days began: a report of 10 June
                # cannot count the arrests of 12 June.
                before = not dated and claim.published is not None and all(claim.published < days[0] for days in group.times)
                if dated or far or before or not (event in ONE_OFF_EVENTS and group_events == {event}):
                    fit -= TIME_MISMATCH_WEIGHT if dated or far or before else UNDATED_MISMATCH_WEIGHT
                other_days = dated
            elif dated:
                fit += SAME_TIME_WEIGHT * share

    elif group.report_times and not traits.when and traits.lede_day and timed and not votes:
        # An undated claim in a report of the clashes of 12 June against a figure whose
        # reports were all published before that day, and open with another day: they
        # cannot have counted the same. (Reports that open with no day may be of the days
        # the count grew over.)
        if all(days[1] < traits.lede_day[0] for days in group.report_times) and group.ledes and traits.lede_day not in group.ledes:
            fit -= TIME_MISMATCH_WEIGHT
    elif group.report_times and traits.when and timed:
        # A dated claim against a figure whose claims name no day: their reports' days are
        # weak evidence of theirs ("fell to $1.0857" on Friday is not "$1.0327 on Monday").
        agreeing = sum(count for days, count in group.report_times.items() if overlap(traits.when, days))
        if agreeing / sum(group.report_times.values()) < NAME_MAJORITY:
            # Reports all published before the claim's day cannot have counted it.
            earlier = all(days[1] < traits.when[0] for days in group.report_times)
            fit -= TIME_MISMATCH_WEIGHT if earlier else UNDATED_MISMATCH_WEIGHT

    spans = group.sentences.get((claim.article, frame.sentence_start))
    # (Unless they are of two different days or years: "to 5.9% of GDP in 2023/24, from
    # 6.4% in the current year" compares two years' deficits.)
    if spans and (other_days or not any(_rival_values(frame, span) for span in spans)):
        # ... and two speakers with a number each in one sentence are answering one question
        # ("organisers said 1.03 million took part, while police said 240,000").
        if measure in PEOPLE_MEASURES and all(span[3] != (frame.unit or "").lower() for span in spans):
            # "Ten campers and one counselor were still missing", "40 adults and 28 children":
            # people of two names counted side by side are two counts.
            return float("-inf")
        fit -= SAME_SENTENCE_PENALTY
    return fit


SAME_PRECISE_VALUE_WEIGHT = 1.5
SAME_VALUE_WEIGHT = 0.5
# Significant digits from which a value is taken as precise: 22.6, 1,373, 12.21, not 40 or 1,500.
PRECISE_DIGITS = 3


def _precise(value: float) -> bool:
    digits = f"{abs(value):.6g}".replace(".", "").replace("-", "").lstrip("0").rstrip("0")
    return len(digits) >= PRECISE_DIGITS


def _apart(a: tuple[datetime.date, datetime.date], b: tuple[datetime.date, datetime.date]) -> datetime.timedelta:
    """The time between two spans of days; none when they meet."""
    return max(a[0] - b[1], b[0] - a[1], datetime.timedelta(0))


def _rival_values(frame: ClaimFrame, other: tuple[int, int, str, str]) -> bool:
    """Two numbers of one sentence set against each other are values of one quantity: "revised
    the toll to 275 from 288", "288 killed, contradicting the state's 275", or each in the
    mouth of a different speaker ("organisers said 1.03 million, police 240,000")."""
    speaker = normalised_claimant(frame.claimant)
    if speaker and other[2] and speaker != other[2]:
        return True
    start, end = sorted([(frame.start, frame.end), other[:2]])
    between = frame.sentence[start[1] - frame.sentence_start:end[0] - frame.sentence_start]
    return bool(RIVAL_VALUES.search(between) or REVISION.search(frame.sentence))


def _names_fit(names: frozenset[str], group_names: Counter, size: int, weights: dict[str, float], shared_weight: float, mismatch_weight: float) -> float:
    """Names of the claim against those of the figure's claims: each shared specific name is
    evidence for, each name on one side that most of the other side lacks is evidence against
    (the salvo at Erbil is not the whole salvo; the toll in Turkey is not the toll in Turkey
    and Syria)."""
    fit = 0.0
    # (Who a toll's part were is weighed on its own, in _fit: "nine inmates" are "10 prisoners".)
    names = frozenset(key for key in names if not key.startswith(WHO_PREFIX))
    for key in names:
        share = group_names[key] / size
        weight = weights.get(key, 0.0)
        fit += shared_weight * weight * share - mismatch_weight * weight * (1 - share)
    for key, count in group_names.items():
        share = count / size
        if key not in names and share >= NAME_MAJORITY and not key.startswith(WHO_PREFIX):
            fit -= mismatch_weight * weights.get(key, 0.0) * share
    return fit


def _figure(group: _Group, qualifiers: dict) -> MatchedFigure:
    positions = [position_of(claim, qualifiers[claim.id]) for claim in group.members]
    conflict, reason = find_conflict(positions)
    units = Counter(claim.frame.unit for claim in group.members if claim.frame.unit)
    measures = Counter(claim.frame.measure for claim in group.members)
    reports = {claim.syndicated_from or claim.article for claim in group.members}
    return MatchedFigure(
        key=group.block,
        label=figure_label(
            [claim.frame for claim in group.members],
            # A toll's days are those of its counts, not of the event: no day in its name.
            when=None if group.block in TOLL_BLOCKS else _majority(group.times),
            subject=_subject_words(group.qualifiers),
            area=_area_words(group),
        ),
        measure=measures.most_common(1)[0][0],
        unit=units.most_common(1)[0][0] if units else "",
        claim_ids=[claim.id for claim in group.members],
        conflict=conflict,
        conflict_reason=reason,
        locked_figure=group.locked_figure,
        timeline_ids=[position.claim_id for position in timeline(positions)],
        report_count=len(reports),
    )


def _majority(counts: Counter):
    """The days most of the figure's dated members agree with, when most of them do: of the
    spans they name, the one most others meet, and of those the narrowest ("9 June" rather
    than "the week before", which meets it)."""
    if not counts:
        return None
    support = {days: sum(count for other, count in counts.items() if overlap(days, other)) for days in counts}
    value = max(support, key=lambda days: (support[days], -(days[1] - days[0]).days))
    return value if support[value] / sum(counts.values()) >= NAME_MAJORITY else None


def _subject_words(qualifiers: Counter) -> str | None:
    """ "what:capital spending@railways" -> "capital spending for railways"."""
    subjects = Counter({key: count for key, count in qualifiers.items() if key.startswith("what:")})
    key = subjects.most_common(1)[0][0] if subjects else None
    if not key:
        return None
    what, _, recipient = key.removeprefix("what:").partition("@")
    return " for ".join(part for part in (what, recipient) if part) or None


def _area_words(group: _Group) -> str | None:
    """ "area:government-held" -> "government-held", when most of the figure's claims say it."""
    areas = Counter({key: count for key, count in group.scope.items() if key.startswith(AREA_PREFIX)})
    key, count = areas.most_common(1)[0] if areas else (None, 0)
    return key.removeprefix(AREA_PREFIX) if key and count / len(group.members) >= NAME_MAJORITY else None


# "raised its estimate to about 43,700, from 3,500 last week", "the toll of 64, up from 34":
# the number after "from" is the figure the speaker gave before this report.
_REPLACED_BEFORE = re.compile(r"\d[^.;]*?,?\s+(?:up\s+|down\s+|rising\s+|falling\s+)?from\s+(?:about\s+|around\s+|some\s+)?$", re.IGNORECASE)


# "Earlier in the day, officials had put the number at 19": a figure its report has replaced.
_EARLIER_BEFORE = re.compile(r"\b(?:earlier|previously|initially|at\s+first)\b[^.;]*$", re.IGNORECASE)


# "raised its offer to a 23% general wage increase, from 20%": the number a figure was
# revised from, said right after the number it was revised to.
_REVISED_FROM = re.compile(r"^[^.;\d]*?,?\s+(?:up\s+|down\s+)?from\s+(?:about\s+|around\s+|some\s+)?$", re.IGNORECASE)
_REVISED_TO = re.compile(r"\bto\s+(?:a\s+|an\s+|about\s+|around\s+|some\s+|nearly\s+|more\s+than\s+)?$", re.IGNORECASE)


_REVISED_POSITION = re.compile(r"\b(?:revis\w*|offers?|demands?|proposals?|bids?)\b", re.IGNORECASE)


def _revisions(claims: list[ClaimRef], days: dict) -> dict:
    """{claim id: id of the number it was revised to}: the earlier value of one quantity goes
    where its later value goes. (Not when the two clauses name different times: "to 5.9% in
    2023/24, from 6.4% in the current year" compares two years.)"""
    found = {}
    for members in sentences_of(claims):
        for previous, claim in zip(members, members[1:]):
            frame, prior = claim.frame, previous.frame
            between = frame.sentence[prior.end - prior.sentence_start:frame.start - frame.sentence_start]
            if (
                claim_block(frame) == claim_block(prior)
                and _REVISED_FROM.match(between)
                and _REVISED_TO.search(prior.sentence[:prior.start - prior.sentence_start])
                and days[claim.id] == days[previous.id]
                # (A rate set anew is not a figure revised: "cut interest rates to 4% from 4.25%"
                # gives the level before, a figure of its own, as "dipped from 4.2% to 4.1%" does;
                # an offer raised "to 23%, from 20%" is one position's course.)
                and not (frame.measure in ("money", "percent") and not _REVISED_POSITION.search(frame.sentence))
            ):
                found[claim.id] = previous.id
    return found


# "The toll climbed through the day as firefighters recovered bodies: 28 at mid-morning, then
# 85, then 167": the course of a count, told after the count it reached.
_COURSE = re.compile(r"\b(?:climbed|rose|grew|mounted|increased)\b[^.;]*\b(?:through(?:out)?|over|during)\s+the\s+(?:day|night|morning|afternoon|evening)\b", re.IGNORECASE)
_THEN_AFTER = re.compile(r"^[^.;\d]{0,25}?,?\s+then\s+(?:to\s+)?[£$€]?\d")
_THEN_BEFORE = re.compile(r"\bthen\s+$")


def _replaced_in_sentence(frame: ClaimFrame) -> bool:
    before = frame.sentence[:frame.start - frame.sentence_start] if frame.sentence else ""
    after = frame.sentence[frame.end - frame.sentence_start:] if frame.sentence else ""
    course = _THEN_AFTER.match(after) or (_COURSE.search(frame.sentence or "") and _THEN_BEFORE.search(before))
    # ("rises from £11.44 to £12.21": the level it rises from.)
    return bool(_REPLACED_BEFORE.search(before) or _EARLIER_BEFORE.search(before) or moved_from(frame) or course)


def position_of(claim: ClaimRef, qualifiers: frozenset[str] | None = None) -> Position:
    frame = claim.frame
    low = frame.low if frame.low is not None else float("-inf")
    high = frame.high if frame.high is not None else float("inf")
    return Position(
        claim_id=claim.id,
        low=low,
        high=high,
        value=frame.value,
        # (People counted by their rides are counted as the trips they are.)
        measure=frame.measure if counted_unit(frame) == frame.unit else "other",
        speaker=speaker_of(frame.claimant, claim.outlet),
        report=claim.syndicated_from or claim.article,
        published=claim.published - datetime.timedelta(days=1) if claim.published and _replaced_in_sentence(frame) else claim.published,
        text=frame.text,
        outlet=claim.outlet,
        qualifiers=qualifier_keys(frame) if qualifiers is None else qualifiers,
        # ("it knew of under 100 Palestinian casualties": what a speaker knows of is a count
        # reported, not another event.)
        event=None if frame.event in KNOWING_VERBS else claim_event(frame),
        # (Acres and hectares are one kind of thing to match, but not to compare by number.)
        unit=frame.unit if unit_class(frame.unit) in MEASURED_CLASSES else unit_class(counted_unit(frame)),
        vague=frame.hedge == "vague",
        sentence=(claim.article, frame.sentence_start),
        hedge=frame.hedge,
        earlier=_replaced_in_sentence(frame),
        running=running_total(frame),
        still=frame.measure == "missing" and bool(_STILL_MISSING.match(frame.sentence or "", frame.end - frame.sentence_start)),
        reset=frame.measure in ("percent", "money") and frame.event in SETTING_EVENTS,
    )


KNOWING_VERBS = {"know"}
# Unit classes of measurement, whose units differ in size.
MEASURED_CLASSES = {"area", "mass"}
# Their sizes in one unit of the class, for orders of magnitude: "13,000kg" is "13 tonnes".
UNIT_SIZES = {
    "tonne": 1000.0, "ton": 1000.0, "kilogram": 1.0, "kg": 1.0, "kilo": 1.0, "gram": 0.001,
    "hectare": 1.0, "acre": 0.4047, "square kilometre": 100.0, "square mile": 259.0,
}
# Verbs that set a rate or a sum anew.
SETTING_EVENTS = {"raise", "lift", "hike", "increase", "cut", "lower", "reduce", "slash"}


_STILL_MISSING = re.compile(
    r"\s+(?:[a-z]+\s+){0,2}?(?:(?:(?:are|were|is|was|remain|remained)\s+)?still|remain|remains|remained)\s+(?:missing|unaccounted)\b", re.IGNORECASE
)
