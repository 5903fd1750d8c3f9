"""What a claim's figure is made of, for comparing claims: the block it belongs to, and the
classes of its unit, its event and its scope.

The classes fold together words that newsrooms use for the same thing ("missiles" and
"rockets", "launched" and "fired", "U.S." and "American"); everything else is compared as
written.
"""

from __future__ import annotations

import functools
from collections import defaultdict
import re

from factcheck.extraction.lexicon import DAYS, LIVING_UNITS, MEASURE_NOUNS, MONTHS, REPORTING_VERBS, TOLL_MEASURES, UNIT_LEMMA_FIXES
from factcheck.extraction.text import DATELINE, INCLUDED_BEFORE, ON_BOARD, framing_place
from factcheck.matching.gazetteer import capital_of, country_of, country_of_people, fold, named_countries

# Measures that can describe the same quantity fall into one block: "80 killed" and "no
# casualties" are answers to the same question.
MEASURE_BLOCKS = {
    "killed": "dead",
    "casualties": "dead",
    "injured": "injured",
    "missing": "missing",
    "people": "people",
    "weapons": "weapons",
    "targets": "targets",
    "money": "money",
    "percent": "percent",
    "distance": "distance",
    "duration": "duration",
}

PEOPLE_MEASURES = {"killed", "casualties", "injured", "missing", "people"}
# Blocks of tolls: the verb varies with the reporter ("killed", "confirmed dead", "bodies
# recovered") more than with the quantity, so a different verb is weak evidence there.
TOLL_BLOCKS = {"dead", "injured", "missing"}

UNIT_CLASSES = {
    "gun": "gun", "firearm": "gun", "rifle": "gun", "pistol": "gun", "shotgun": "gun", "handgun": "gun",
    "item": "item", "piece": "item", "object": "item", "artefact": "item", "artifact": "item",
    "missile": "missile", "rocket": "missile", "projectile": "projectile", "cruise missile": "missile",
    "ballistic missile": "missile", "kh-101 cruise missile": "missile", "munition": "missile",
    "drone": "drone", "uav": "drone", "shahed": "drone", "aircraft-type drone": "drone",
    "shell": "shell", "mortar": "shell", "bomb": "bomb",
    "base": "site", "military base": "site", "site": "site", "target": "site", "facility": "site",
    "installation": "site", "position": "site", "airbase": "site", "location": "site", "place": "site", "camp": "site",
    "aircraft": "aircraft", "jet": "aircraft", "warplane": "aircraft", "plane": "aircraft",
    "rafale": "aircraft", "mirage": "aircraft", "su-30": "aircraft", "mig-29": "aircraft", "f-16": "aircraft", "f-35": "aircraft",
    "building": "building", "structure": "building", "home": "building", "house": "building",
    "apartment": "building", "dwelling": "building", "property": "building",
    "acre": "area", "hectare": "area", "square kilometre": "area",
    "fire": "fire", "blaze": "fire",
    # ("eight blocks", "eight towers" of one estate)
    "block": "building", "tower": "building", "tower block": "building", "high-rise": "building",
    "platform": "platform", "media platform": "platform", "media site": "platform", "website": "platform", "app": "platform",
    "device": "device", "computer": "device", "machine": "device", "pc": "device", "laptop": "device", "server": "device",
    "tonne": "mass", "ton": "mass", "kilogram": "mass", "kg": "mass", "kilo": "mass", "gram": "mass",
}

# Event verbs in classes; a claim with a verb of no class is compared by its lemma. Verbs that
# only report or move a total ("say", "rise", "reach") tell nothing about which quantity it is.
EVENT_CLASSES = {
    "fire": "launch", "launch": "launch", "unleash": "launch", "use": "launch", "send": "launch", "involve": "launch",
    "strike": "strike", "hit": "strike", "land": "strike", "impact": "strike", "target": "strike", "aim": "strike",
    "intercept": "intercept", "down": "intercept", "destroy": "intercept", "shoot": "intercept", "repel": "intercept",
    "kill": "kill", "die": "kill", "dead": "kill", "perish": "kill", "drown": "kill", "claim": "kill", "recover": "kill",
    "identify": "kill", "bury": "bury",
    "injure": "injure", "wound": "injure", "hurt": "injure", "treat": "injure", "hospitalize": "injure",
    "hospitalise": "injure", "diagnose": "injure", "harm": "injure", "admit": "injure",
    "deploy": "deploy", "station": "deploy", "base": "deploy", "remain": "deploy", "send_troops": "deploy",
    "work": "deploy", "operate": "deploy", "serve": "deploy",
    "displace": "displace", "evacuate": "displace", "flee": "displace", "shelter": "displace", "leave": "displace",
    "march": "march", "protest": "march", "demonstrate": "march", "gather": "march", "join": "march", "take": "march",
    "turn": "march", "draw": "march", "attend": "march", "rally": "march", "participate": "march", "flood": "march",
    "throng": "march", "fill": "march", "pack": "march",
    "arrest": "arrest", "detain": "arrest", "abduct": "abduct", "kidnap": "abduct",
    "charge": "charge", "indict": "charge", "prosecute": "charge", "convict": "charge", "sentence": "charge",
    "sign": "sign", "vote": "vote",
    "derail": "derail", "haul": "haul", "tow": "haul", "consist": "haul", "carry": "carry", "transport": "carry", "load": "carry",
    "rescue": "rescue", "pull": "rescue", "save": "rescue", "survive": "rescue",
    "collapse": "destroy", "flatten": "destroy", "raze": "destroy", "lose": "destroy", "damage": "destroy", "vanish": "destroy",
    "restore": "restore", "reconnect": "restore", "resume": "restore", "trap": "trapped", "strand": "trapped",
    "miss": "missing", "disappear": "missing", "unaccounted": "missing", "locate": "found", "find": "found",
}
# Verbs whose class above holds for weapons only, and their class for anything else: troops
# "sent" to a disaster zone are deployed there.
WEAPONS_ONLY_EVENTS = {"destroy": "destroy", "down": "down", "shoot": "shoot", "send": "deploy"}
# Verbs that only move a total elsewhere but say a weapon struck: "a handful of missiles reached Israel".
# ("19 drones entered its airspace": of the salvo sent, not of those shot down.)
WEAPONS_EVENTS = {"reach": "strike", "enter": "launch", "cross": "launch", "violate": "launch"}
NEUTRAL_EVENTS = {
    "say", "be", "rise", "reach", "stand", "put", "give", "climb", "increase", "top", "pass", "estimate", "report",
    "confirm", "count", "revise", "have", "include", "tell", "state", "add", "show", "bring", "number", "total",
    "exceed", "surpass", "grow", "jump", "soar", "hit_total", "put_at", "record", "register", "announce", "cite",
    "lower", "raise", "update", "leave", "continue", "suggest", "indicate", "believe", "expect", "fear", "warn",
    "contradict", "cite", "dispute", "deny", "stand", "suffer", "sustain", "incur", "see", "describe", "mock",
    "measure", "register", "gauge", "lead",
}

# Names that stand for the same place or people.
PLACE_ALIASES = {
    "us": "united states", "u.s.": "united states", "usa": "united states", "u.s.a.": "united states",
    "america": "united states", "american": "united states", "americans": "united states",
    "united states": "united states", "uk": "united kingdom", "u.k.": "united kingdom", "britain": "united kingdom",
    "british": "united kingdom", "iranian": "iran", "iraqi": "iraq", "syrian": "syria", "turkish": "turkey",
    "ukrainian": "ukraine", "russian": "russia", "israeli": "israel", "palestinian": "palestine",
    "libyan": "libya", "greek": "greece", "french": "france", "german": "germany", "indian": "india",
    "israelis": "israel", "palestinians": "palestine", "ukrainians": "ukraine", "russians": "russia",
    "iranians": "iran", "iraqis": "iraq", "syrians": "syria", "turks": "turkey", "greeks": "greece",
    "al asad": "ain al-asad", "al-asad": "ain al-asad", "ain al-asad": "ain al-asad", "asad": "ain al-asad",
    "irgc": "revolutionary guards", "guards": "revolutionary guards", "revolutionary guards": "revolutionary guards",
    "islamic revolutionary guard corps": "revolutionary guards", "revolutionary guard corps": "revolutionary guards",
}


# "420,000 people rode the Metro", "had used the Washington Metro": people counted by their
# journeys are the system's trips, not a crowd somewhere, and are held against its count of trips.
RIDING_VERBS = {"ride"}
USING_VERBS = {"use", "take", "board", "get", "alight", "exit", "enter", "pass"}
_TRANSIT = re.compile(
    r"[^,;.]{0,40}?\b(?:metro|subway|underground|tube|trains?|buses|bus|transit|rail\w*|ferr(?:y|ies)|tram\w*|station)\b", re.IGNORECASE
)
TRIP_UNIT = "trip"


def counted_unit(frame) -> str:
    """The unit the claim counts in: "trip" for people counted by their rides, else its own."""
    if frame.measure == "people" and (
        frame.event in RIDING_VERBS
        or (frame.event in USING_VERBS and _TRANSIT.match(frame.sentence, frame.end - frame.sentence_start))
    ):
        return TRIP_UNIT
    return frame.unit


def claim_block(frame) -> str:
    """The block a claim is compared within."""
    unit = counted_unit(frame)
    if unit != frame.unit:
        return block_of("other", unit)
    return block_of(frame.measure, frame.unit)


def block_of(measure: str, unit: str) -> str:
    if measure in MEASURE_BLOCKS:
        return MEASURE_BLOCKS[measure]
    return f"other:{unit_class(unit)}"


def unit_class(unit: str) -> str:
    unit = (unit or "").lower().strip()
    if unit in UNIT_CLASSES:
        return UNIT_CLASSES[unit]
    # "ballistic missile" -> "missile": the last word carries the class.
    last = unit.split(" ")[-1] if unit else ""
    return UNIT_CLASSES.get(last, last)


# Kinds of one class of weapon that are counted apart: Iran's "more than 30 cruise missiles"
# and "more than 120 ballistic missiles" are two figures, though either may be "missiles".
_WEAPON_KINDS = {
    "cruise": "cruise", "ballistic": "ballistic", "surface-to-surface": "ballistic", "hypersonic": "hypersonic",
    "anti-ship": "anti-ship", "kh-101": "cruise", "kalibr": "cruise", "tomahawk": "cruise", "iskander": "ballistic", "kinzhal": "hypersonic",
    # Aircraft of one model: "three Rafales" among "five Indian jets".
    "rafale": "rafale", "rafales": "rafale", "mirage": "mirage", "su-30": "su-30", "mig-29": "mig-29", "f-16": "f-16", "f-35": "f-35",
}


MODEL_KINDS = frozenset({"rafale", "mirage", "su-30", "mig-29", "f-16", "f-35"})
_KIND_AFTER = re.compile(r"^\s*(?:of\s+)?(?:[\w-]+\s+){0,2}?(" + "|".join(sorted(_WEAPON_KINDS, key=len, reverse=True)) + r")\b", re.IGNORECASE)


def weapon_kind(frame) -> str | None:
    """The kind of weapon counted, from the unit ("cruise missile") or the words between the
    number and its noun ("120 ballistic missiles", whose unit is "missile")."""
    for word in (frame.unit or "").lower().split():
        if word in _WEAPON_KINDS:
            return _WEAPON_KINDS[word]
    if frame.measure != "weapons" or not frame.sentence:
        return None
    after = frame.sentence[frame.end - frame.sentence_start:]
    match = _KIND_AFTER.match(after)
    return _WEAPON_KINDS[match.group(1).lower()] if match else None


# Who the people counted are: the forces sent to keep order or to rescue are never the crowd
# they watch ("Some 12,000 members of the security forces were deployed" beside "119,000
# demonstrators"). The noun right after the number, or the unit, says which.
_FORCE_UNITS = {
    "police officer", "officer", "policeman", "gendarme", "soldier", "troop", "firefighter", "rescuer",
    "rescue worker", "personnel", "guard", "security officer",
}
_CROWD_UNITS = {"demonstrator", "protester", "protestor", "marcher", "rally-goer", "participant"}
_FORCE_AFTER = re.compile(
    r"^\s+(?:[\w-]+\s+){0,2}?(?:police|officers|gendarmes|troops|soldiers|firefighters|rescuers|rescue\s+workers|personnel"
    r"|members\s+of\s+the\s+(?:security|armed)\s+forces|security\s+forces)\b",
    re.IGNORECASE,
)
FORCE, CROWD = "force", "crowd"


def people_kind(frame) -> str | None:
    """Of a count of people: FORCE for police, troops and rescuers, CROWD for those who
    marched, None when the words do not say."""
    if frame.measure != "people":
        return None
    event = event_class(frame.event, frame.measure)
    unit = (frame.unit or "").lower()
    after = (frame.sentence or "")[frame.end - frame.sentence_start:]
    if unit in _FORCE_UNITS or _FORCE_AFTER.match(after):
        return FORCE
    if unit in _CROWD_UNITS or event == "march":
        return CROWD
    return None


# Of a toll: fighters' dead and civilians' dead are two counts ("More than 100 terrorists were
# killed" beside "26 civilians were killed"); a toll of "people" may be either.
COMBATANT, CIVILIAN = "combatant", "civilian"
_COMBATANT_UNITS = {
    "soldier", "troop", "personnel", "army personnel", "militant", "terrorist", "fighter", "insurgent", "rebel",
    "gunman", "jihadist", "service member", "serviceman", "combatant",
}


def toll_kind(frame) -> str | None:
    """COMBATANT or CIVILIAN for a toll whose unit says which, else None."""
    if frame.measure not in TOLL_MEASURES:
        return None
    unit = (frame.unit or "").lower()
    if unit in _COMBATANT_UNITS or unit.split(" ")[-1] in _COMBATANT_UNITS:
        return COMBATANT
    return CIVILIAN if unit == "civilian" else None


# Verbs that only move a rate or a sum, as "rise" and "climb" move any total.
_LEVEL_VERBS = {"fall", "dip", "edge", "drop", "decline", "slip", "ease", "tick", "slide", "plunge", "sink", "shrink"}


def event_class(event: str | None, measure: str = "") -> str | None:
    """The class of the claim's verb. "Destroyed" is an interception when air defences destroy
    drones and missiles, and destruction when a fire destroys buildings."""
    if measure == "weapons" and event in WEAPONS_EVENTS:
        return WEAPONS_EVENTS[event]
    if measure == "distance" and event in DISTANCE_EVENTS:
        # "the river rose 26 feet" is how far it rose, "crested at more than 34 feet" how high
        # it stood; "got as much as 10 inches of rain" and "12 inches of rain fell" are rain.
        return DISTANCE_EVENTS[event]
    if not event or event in NEUTRAL_EVENTS or (event in REPORTING_VERBS and event not in EVENT_CLASSES):
        return None
    if measure in ("money", "percent") and event in _LEVEL_VERBS:
        return None  # "the rate fell to 4.1%", "dipped from 4.2% to 4.1%": one rate, moved
    if event in WEAPONS_ONLY_EVENTS and measure != "weapons":
        return WEAPONS_ONLY_EVENTS[event]
    if measure == "targets" and event in _TARGET_STRUCK_BY:
        # Missiles "fired at six locations", people "killed in the strikes on nine camps":
        # the places were struck.
        return "strike"
    return EVENT_CLASSES.get(event, event)


_TARGET_STRUCK_BY = {"fire", "launch", "kill"}


def claim_event(frame) -> str | None:
    """The class of the claim's event, read from its sentence where its verb says too little:
    people "brought out alive" or survivors "brought to the surface" were rescued, where the
    verb alone ("bring") only moves a total."""
    if frame.measure == "people" and frame.event in _BROUGHT_UP_VERBS and (
        frame.unit in LIVING_UNITS or _ALIVE_AFTER.match(frame.sentence or "", frame.end - frame.sentence_start)
    ):
        return "rescue"
    return event_class(frame.event, frame.measure)


_BROUGHT_UP_VERBS = {"bring", "retrieve", "lift", "haul", "winch", "hoist", "pull"}
_ALIVE_AFTER = re.compile(r"\s+(?:[\w-]+\s+){0,6}?(?:alive|to\s+safety)\b", re.IGNORECASE)
DISTANCE_EVENTS = {
    "rise": "rise", "climb": "rise", "swell": "rise", "surge": "rise", "jump": "rise",
    "crest": "level", "peak": "level",
    "fall": "rain", "get": "rain", "receive": "rain", "dump": "rain", "drop": "rain", "pour": "rain",
}


_NON_WORD = re.compile(r"[^\w\s.-]")


@functools.lru_cache(maxsize=16384)
def _named(pattern: str, flags: int = re.IGNORECASE) -> re.Pattern:
    """A pattern built around a name of the story, compiled once: a story names hundreds of
    places, more than the re module's own cache keeps."""
    return re.compile(pattern, flags)


@functools.lru_cache(maxsize=16384)
def place_key(name: str) -> str:
    key = " ".join(_NON_WORD.sub("", name.lower()).replace("’", "").split())
    key = key.removeprefix("the ")
    if key not in PLACE_ALIASES:
        # "St. Peter's Square" is "St Peter's Square" ("U.S." keeps its alias).
        key = key.replace(".", "").strip()
    # ("Pakistani army personnel" are Pakistan's.)
    return PLACE_ALIASES.get(key) or country_of_people(key) or key


def scope_keys(scope) -> frozenset[str]:
    # (Not a sum the parser took for a name: "£40bn tax raid".)
    return frozenset(key for key in (place_key(name) for name in scope) if key and not key[0].isdigit())


# A number that counts only some of a quantity: an increment ("another 14 drones", "10 to 20
# more deaths") or a part of a total said before ("five of the victims", "11 of them"). It is
# a quantity of its own, never a value of the total's figure.
INCREMENT = "*increment*"
PART = "*part*"
# A count over a period ("more than 1,000 drones since the start of August", "over the past
# week", "so far this year") is not the count of one attack or one day.
PERIOD = "*period*"
# The dead not yet identified or claimed are a count of their own beside the toll.
UNIDENTIFIED = "*unidentified*"
IDENTIFIED = "*identified*"
_IDENTIFYING_VERBS = {"identify"}
# "identified 175 of the 179 people killed": the 179 is the whole the 175 are taken from.
_OF_A_WHOLE_BEFORE = re.compile(r"\d\s+of\s+(?:the\s+)?$")
_OF_THE_DEAD_AFTER = re.compile(r"^\s+of\s+(?:the|those)\s+", re.IGNORECASE)
# "A city of 7.4 million", "Antakya, a city of about 400,000": who lives there, not who took
# part in the event.
POPULATION = "*population*"
_POPULATION_BEFORE = re.compile(
    r"\b(?:city|town|village|country|nation|region|island|province|state|territory|population)\s+of\s+"
    r"(?:about\s+|some\s+|around\s+|roughly\s+|nearly\s+|almost\s+|more\s+than\s+|over\s+)?$",
    re.IGNORECASE,
)
# Tolls of one kind of people, counted apart from everyone's: "22 police officers had been
# hurt", "12 children were among the dead".
POLICE = "*police*"
CHILDREN = "*children*"
RESPONDERS = "*responders*"
# "19 foreigners were among the dead", "26 of the dead were foreign nationals": the foreign
# victims are a count of their own beside everyone's.
FOREIGN = "*foreign*"
_FOREIGN_AFTER = re.compile(
    r"^\s+(?:[a-z]+\s+)?(?:of\s+(?:the|them|those)\s+(?:\w+\s+)?)?(?:were|are|was|is)\s+(?:foreign\b|foreigners\b|from\s+abroad\b|from\s+\d+\s+(?:other\s+)?countries\b)",
    re.IGNORECASE,
)
# "230 passengers and 12 crew members were on board": the crew are a part of those aboard, and
# of the dead.
CREW = "*crew*"
# ... and the passengers, who are neither the crew nor all aboard ("60 passengers and four crew
# members", beside "a jet carrying 64 people"; not "242 passengers and crew").
PASSENGERS = "*passengers*"
_AND_CREW_AFTER = re.compile(r"^\s+passengers?\s+and\s+crew\b", re.IGNORECASE)
# "at least 24 people on the ground were killed": those an aircraft fell on, a part of its toll.
ON_THE_GROUND = "*ground*"
_ON_THE_GROUND_AFTER = re.compile(r"^\s+(?:[\w-]+\s+){0,2}?on\s+the\s+ground\b", re.IGNORECASE)
# The injured in critical condition, those discharged and those still in hospital: parts of the injured.
CRITICAL = "*critical*"
_CRITICAL_AROUND = re.compile(r"\b(?:in\s+(?:a\s+)?(?:critical|serious|grave)\s+condition|critically|seriously|severely)\b", re.IGNORECASE)
DISCHARGED, IN_HOSPITAL = "*discharged*", "*in hospital*"
_DISCHARGED_AROUND = re.compile(r"\bdischarged\b", re.IGNORECASE)
_STILL_IN_HOSPITAL = re.compile(r"\b(?:still|remain\w*)\s+(?:in\s+hospitals?|being\s+treated|under\s+treatment|hospitali[sz]ed)\b", re.IGNORECASE)
_ROLE_MARKS = frozenset({POLICE, CHILDREN, FOREIGN, RESPONDERS, CREW, ON_THE_GROUND, CRITICAL, DISCHARGED, IN_HOSPITAL})
_ROLES = {
    "foreigner": FOREIGN, "foreign national": FOREIGN, "foreign tourist": FOREIGN,
    "police officer": POLICE, "policeman": POLICE, "policemen": POLICE, "police": POLICE, "police personnel": POLICE,
    "policewoman": POLICE, "child": CHILDREN, "children": CHILDREN, "minor": CHILDREN, "infant": CHILDREN,
    "baby": CHILDREN, "firefighter": RESPONDERS, "fireman": RESPONDERS, "paramedic": RESPONDERS, "rescuer": RESPONDERS,
    "rescue worker": RESPONDERS, "crew": CREW, "crew member": CREW, "crewmember": CREW, "cabin crew": CREW,
    "flight attendant": CREW, "pilot": CREW, "passenger": PASSENGERS,
}
# "68 of its roughly 100 residents": the people who live there.
_OF_ITS_BEFORE = re.compile(r"\bof\s+(?:its|their)\s+$", re.IGNORECASE)
_RESIDENTS_AFTER = re.compile(r"^\s+(?:residents|inhabitants|villagers|population)\b", re.IGNORECASE)
# A toll of another, earlier event ("since 1960, when a quake near Agadir killed 12,000").
PAST = "*past*"
# A quake's depth is not a distance between places, nor an aftershock's magnitude the quake's.
DEPTH = "*depth*"
AFTERSHOCK = "*aftershock*"
# "Passed by 314 votes to 117": the votes for and the votes against are two counts.
VOTES_FOR = "*votes for*"
VOTES_AGAINST = "*votes against*"
_VOTES_TO_AFTER = re.compile(r"^\s*(?:votes?\s+)?(?:to|-|–)\s*$", re.IGNORECASE)
_VOTES_TO_BEFORE = re.compile(r"\b\d[\d,]*\s*(?:votes?\s+)?(?:to|-|–)\s*$", re.IGNORECASE)
_VOTED_NO_AFTER = re.compile(r"^[^,;]{0,40}?\bvoted\s+(?:no|against)\b", re.IGNORECASE)
# Positions in a negotiation: what one side offers and what the other demands are two
# figures, neither the deal they end in ("Ford has offered 20%", "raised its offer to 23%",
# "the union is seeking 40%", "lowered its demand to 36%").
OFFER = "*offer*"
DEMAND = "*demand*"
_OFFERING_VERBS = {"offer", "propose", "bid", "counter"}
_DEMANDING_VERBS = {"demand", "seek", "want", "ask", "argue", "recommend", "request", "urge"}
# ("a contract offer that would have raised their wages by 35%")
_OFFER_BEFORE = re.compile(r"\b(?:offer\w*|propos\w*|counter-?offer\w*)\b[^,;]{0,50}$", re.IGNORECASE)
_DEMAND_BEFORE = re.compile(
    r"\b(?:demand\w*|seek\w*|sought|asking\s+for|asked\s+for|wants?|wanted|argu\w*\s+for|recommend\w*|request\w*)\b[^,;]{0,30}$",
    re.IGNORECASE,
)
_ASKING = r"(?:had\s+|have\s+|has\s+)?(?:sought|asked\s+for|argued\s+for|recommended|requested|wanted|demanded)"
_ASKER_BEFORE = re.compile(rf"\b([A-Za-z]+)\s+{_ASKING}\s+(?:a\s+sentence\s+of\s+)?(?:about\s+|around\s+|some\s+)?$", re.IGNORECASE)
_ASKED_BY_AFTER = re.compile(rf"^\s+(?:years?\s+|months?\s+)?([A-Za-z]+)\s+{_ASKING}\b", re.IGNORECASE)
# "below the track's speed limit of 50mph", "a cap of 500 people": what is allowed, not what
# was. (Sums are left to their subjects: every report of a debt ceiling names it one.)
LIMIT = "*limit*"
_LIMIT_BEFORE = re.compile(r"\b(?:limit|cap|ceiling|maximum)\s+(?:of\s+)?(?:about\s+|some\s+)?$", re.IGNORECASE)
_LIMIT_AFTER = re.compile(r"^\s*(?:[\w-]+\s+)?(?:limit|cap|ceiling|maximum)\b", re.IGNORECASE)
# What was expected is no fact to dispute: "economists had forecast payrolls rising by 140,000",
# "far above the 150,000 that economists had expected", "had been looking for growth of 150,000".
# It may stand in the figure of what came ("officials had expected about 100,000 visitors"),
# but is never set against a count as a conflict (see conflicts.comparable).
FORECAST = "*forecast*"
_FORECAST = re.compile(
    r"\b(?:had\s+(?:been\s+)?(?:expected|forecast|predicted|projected)|were\s+expecting|had\s+been\s+looking\s+for|economists\s+(?:expected|forecast|predicted)"
    r"|(?:that|which)\s+(?:economists|analysts|forecasters)\s+had\s+(?:expected|forecast|predicted)|consensus\s+(?:forecast|estimate))\b",
    re.IGNORECASE,
)
# A change over a month is not the change over a year: "increased 0.4% for the month and 4% from
# a year ago", "4.0% in the 12 months through September".
OVER_A_MONTH, OVER_A_YEAR = "*over a month*", "*over a year*"
_OVER_A_MONTH = re.compile(r"^\s*(?:for|over|on)\s+the\s+month\b|^\s*month[\s-]on[\s-]month\b|^\s*(?:from|on)\s+the\s+(?:previous|prior)\s+month\b", re.IGNORECASE)
_OVER_A_YEAR = re.compile(
    r"^\s*(?:from|than|on)\s+a\s+year\s+(?:ago|earlier|before)\b|^\s*(?:in|over)\s+the\s+(?:past\s+)?(?:12|twelve)\s+months\b"
    r"|^\s*(?:over|on)\s+the\s+year\b|^\s*year[\s-](?:on|over)[\s-]year\b",
    re.IGNORECASE,
)
# The private sector's jobs are a part of all the jobs: "private companies had added 143,000
# jobs" (a payroll firm's count) is not "nonfarm payrolls increased by 254,000".
PRIVATE_SECTOR = "*private sector*"
_PRIVATE_SECTOR = re.compile(r"\bprivate(?:[\s-]sector)?\s+(?:companies|employers|payrolls|firms|businesses|sector|employment|jobs)\b", re.IGNORECASE)
# The level a rate or a sum moved from is the level of before, not the level it now is: "the
# unemployment rate dipped from 4.2% to 4.1%", "the rate of National Insurance ... from 13.8% to
# 15%". (A toll that "rose from 11 to 34" is one toll's course; see core._replaced_in_sentence.)
LEVEL_BEFORE = "*level before*"
# "a 10% baseline tariff on all imports": the floor every country pays, no country's own rate.
BASELINE = "what:baseline"
_BASELINE_AROUND = re.compile(r"\bbaseline\b", re.IGNORECASE)
BASELINE_WINDOW = 16
# "an interim amount of Rs 25 lakh", "an advance payment of $5,000": paid ahead of the full sum,
# and a sum of its own.
INTERIM = "*interim*"
_INTERIM_BEFORE = re.compile(
    r"\b(?:interim|advance|initial|immediate|up-?front)\b(?:\s+[\w-]+){0,2}\s+(?:of\s+)?(?:about\s+|around\s+|some\s+)?(?:rs\.?\s*|[£$€₹]\s*)?$",
    re.IGNORECASE,
)
_FROM_LEVEL_BEFORE = re.compile(r"\bfrom\s+(?:about\s+|around\s+)?[£$€₹]?$", re.IGNORECASE)
_TO_LEVEL_AFTER = re.compile(r"^\s*(?:%|per\s+cent|percent)?(?:\s+an?\s+\w+)?\s+to\s+[£$€₹]?\d", re.IGNORECASE)


# "cut interest rates to 4% from 4.25%": the level moved from, said after the new one.
_TO_LEVEL_FROM_BEFORE = re.compile(r"\bto\s+[£$€₹]?\d[\d.,]*\s*(?:%|per\s*cent|percent)?\s+from\s+(?:about\s+|around\s+)?[£$€₹]?$", re.IGNORECASE)
# "Before he returned to office the rate was 2.4 per cent": the level of an earlier time.
_BEFORE_THEN = re.compile(r"^\W*Before\b[^.;]*\b(?:was|were|had\s+been|stood\s+at)\s+(?:about\s+|around\s+|just\s+)?$", re.IGNORECASE)


def moved_from(frame) -> bool:
    """The number is where something moved from: "rises from £11.44 to £12.21", "dipped from
    4.2% to 4.1%", "rose from 11 to 34", "cut interest rates to 4% from 4.25%", or the level it
    stood at before ("Before he returned to office the rate was 2.4 per cent")."""
    sentence, at = frame.sentence or "", frame.start - frame.sentence_start
    before = sentence[:at]
    return bool(
        (_FROM_LEVEL_BEFORE.search(before) and _TO_LEVEL_AFTER.match(sentence[at + len(frame.text):]))
        or _TO_LEVEL_FROM_BEFORE.search(before) or _BEFORE_THEN.search(before)
    )
# What a count was revised by is not the count: "revised up its estimate of hiring in July and
# August by a combined 72,000", "were revised up to show 72,000 more jobs than previously reported".
REVISED_BY = "*revised by*"
_REVISED_BY = re.compile(r"\brevis\w*\b[^.;]{0,80}?\b(?:by\s+(?:a\s+combined\s+|a\s+total\s+of\s+|about\s+|some\s+)?|to\s+show\s+)$", re.IGNORECASE)
_MORE_THAN_REPORTED = re.compile(r"^\s+(?:\w+\s+)?(?:more|fewer)\s+(?:\w+\s+)?than\s+(?:previously|first|initially)\s+reported\b", re.IGNORECASE)
# Workers on strike are a count of their own beside the members or employees of whom they are
# some ("bringing the total on strike to about 25,000" against "employ about 146,000 UAW
# members").
ON_STRIKE = "*on strike*"
_ON_STRIKE = re.compile(
    r"\b(?:on\s+strike|walk(?:ed|ing)?\s+(?:off|out)\b|walkout|strikers?\b|went\s+on\s+strike|picket\s+lines?|strike\s+by)", re.IGNORECASE
)
_NOT_BEFORE = re.compile(r"\bnot\b[^,;]{0,25}$", re.IGNORECASE)
PART_MARKS = frozenset({
    INCREMENT, PART, PERIOD, UNIDENTIFIED, IDENTIFIED, POPULATION, POLICE, CHILDREN, FOREIGN, RESPONDERS, CREW, PASSENGERS, ON_THE_GROUND, CRITICAL, DISCHARGED, IN_HOSPITAL, PAST, DEPTH, AFTERSHOCK,
    VOTES_FOR, VOTES_AGAINST, LIMIT, OFFER, DEMAND, ON_STRIKE, REVISED_BY, LEVEL_BEFORE, PRIVATE_SECTOR, OVER_A_MONTH, OVER_A_YEAR,
    INTERIM,
})
_UNIDENTIFIED_AFTER = re.compile(
    r"^[^,;]{0,40}?\b(?:yet to be (?:identified|claimed)|not (?:yet )?(?:been )?(?:identified|claimed)|unidentified|unclaimed)\b",
    re.IGNORECASE,
)
# "Of the 50, 31 were treated in Iraq": the numbers after the comma are parts of the 50.
_PART_OPENING = re.compile(
    r"^\W*(?:Of\s+(?:the|those|these|them|whom)\b[^,]*,|Among\s+(?:the\s+dead|the\s+victims|the\s+injured|them|those\s+killed)\s+(?:are|were)\b)",
    re.IGNORECASE,
)
# "59 of the dead were protesters, 10 were prisoners": a toll's part named by who they were.
WHO_PREFIX = "who:"
_PART_NAMED_AFTER = re.compile(r"^\s+(?:of\s+(?:the|them|those)\s+(?:[\w-]+\s+)?)?(?:were|are)\s+", re.IGNORECASE)
GENERIC_DEAD = {"person", "people", "victim", "body", "dead", "death", "fatality", "casualty"}
_WERE_PEOPLE_AFTER = re.compile(r"^\s+(?:were|are)\s+([a-z]+)(?:\s+([a-z]+))?\b")
_MONTHS = "|".join(sorted(MONTHS, key=len, reverse=True))
_PERIOD = re.compile(
    # (Not after a superlative: "the largest since the start of the movement" compares.)
    rf"(?<!est\s)\bsince\s+(?:the\s+(?:start|beginning)\b|(?:early|late|mid-?)\s*(?:{_MONTHS})\b|(?:{_MONTHS})\b|the\s+(?:war|invasion)\b)"
    r"|\b(?:over|in|during)\s+the\s+(?:past|last)\s+(?:week|month|year|fortnight|(?:\w+\s+)?(?:days|weeks|months|years))\b"
    r"|\bso\s+far\s+this\s+(?:year|month|week)\b",
    re.IGNORECASE,
)
# "Nearly 1,700 students have been kidnapped from schools in Nigeria since 2014": the years'
# count (read past the year's digits, where the clause of a number ends).
# (Not "passed 1,000 for the first time since 2019", nor "the highest since 2019": they compare.)
_SINCE_A_YEAR_AFTER = re.compile(r"[^.;,\d]{0,80}?(?<!est\s)(?<!time\s)(?<!first\s)\bsince\s+(?:19|20)\d\d\b", re.IGNORECASE)
# "193,000 trips by 11 a.m.", "By the same hour in 2009, riders had taken 513,000 trips, and
# 317,000 in 2013": a day's count up to an hour, read across the numbers of the sentence.
_BY_AN_HOUR = re.compile(
    r"\bby\s+(?:\d{1,2}(?::\d\d)?\s*(?:a\.m\.|p\.m\.|am\b|pm\b)|noon\b|midday\b|mid-?morning\b|the\s+same\s+(?:hour|time)\b)",
    re.IGNORECASE,
)
BY_AN_HOUR_WINDOW_AFTER = 60
# ("adding 7,000 workers and bringing the total on strike to about 25,000": the 7,000 are
# those added.)
_INCREMENT_BEFORE = re.compile(r"\b(?:another|an additional|a further|(?P<adding>adding|added))\s+(?:about\s+|some\s+|roughly\s+|nearly\s+)?$", re.IGNORECASE)
# "adding 7,000 workers and bringing the total on strike to about 25,000": what is added is an
# increment where the sentence names the total it adds to; "employers adding 254,000 jobs" in a
# month is the month's count.
_TOTAL_AFTER = re.compile(r"\b(?:total|bringing|taking|raising|lifting)\b", re.IGNORECASE)


def _increment_before(before: str, after: str) -> bool:
    found = _INCREMENT_BEFORE.search(before)
    return bool(found) and (not found.group("adding") or bool(_TOTAL_AFTER.search(after)))
_INCREMENT_AFTER = re.compile(r"^\s+(?:more|additional|further)\b", re.IGNORECASE)
# "dropped 14 of the military's 30,000-pound bombs": a salvo taken from an arsenal is the salvo,
# no part of a figure (but "three of the country's fighter jets had crashed" are some of its jets).
_FROM_A_STOCK_AFTER = re.compile(r"^\s+of\s+(?:the\s+)?[A-Za-z][\w-]*['’]s?\s", re.IGNORECASE)
_USING_EVENTS = {"launch", "drop"}


def _used_from_a_stock(frame, after: str) -> bool:
    return frame.measure == "weapons" and event_class(frame.event, frame.measure) in _USING_EVENTS and bool(_FROM_A_STOCK_AFTER.match(after))


# "five of the victims", "68 of its residents", "100,000 children were among them"
# ("11 of its soldiers" counts its soldiers; "68 of its roughly 100 residents" is a part.)
_PART_AFTER = re.compile(
    r"^\s+(?:of\s+(?:the|them|those|whom|which|these)\b|of\s+(?:its|their)\s+(?:[a-z]+\s+)?\d"
    r"|(?:[a-z]+\s+){0,2}(?:were|are|was|is)\s+among\s+(?:them|those|these|the)\b)",
    re.IGNORECASE,
)


# What a sum of money or a percentage is of: "$3.2 billion in insured losses" is not "a $5.52
# billion rebuild cost"; "capital expenditure" is not "total expenditure"; "growth of 1.1%" is
# not "inflation of 2.6%". Money and percentages have no counted noun to tell them apart, so
# the noun they are said of (with the word that qualifies it) stands in for one.
_SUBJECTS = {
    "loss": "loss", "losses": "loss", "cost": "cost", "costs": "cost", "damage": "damage", "damages": "damage",
    "aid": "aid", "spending": "spending", "spend": "spending", "spends": "spending", "spent": "spending",
    "expenditure": "spending", "expenditures": "spending", "outlay": "spending", "outlays": "spending",
    "investment": "spending", "capex": "capital spending", "borrowing": "borrowing", "borrow": "borrowing",
    "tax": "tax", "taxes": "tax", "debt": "debt", "deficit": "deficit", "revenue": "revenue",
    "revenues": "revenue", "funding": "funding", "fund": "funding", "funds": "funding",
    "compensation": "compensation", "gratia": "compensation", "price": "price", "prices": "price", "fine": "fine",
    "fines": "fine", "reward": "reward", "salary": "wage", "salaries": "wage", "wage": "wage", "wages": "wage",
    "pension": "pension", "pensions": "pension", "sales": "sales", "profit": "profit", "profits": "profit",
    "subsidy": "subsidy", "subsidies": "subsidy", "grant": "grant", "grants": "grant", "loan": "loan",
    "loans": "loan", "bailout": "bailout", "budget": "budget", "payment": "payment", "payments": "payment",
    "ransom": "ransom", "bill": "bill", "limit": "threshold", "threshold": "threshold", "allowance": "threshold",
    "growth": "growth", "grow": "growth", "grew": "growth", "grown": "growth", "expand": "growth",
    "inflation": "inflation", "unemployment": "unemployment", "turnout": "turnout", "interest": "interest",
    "support": "support", "approval": "approval", "vote": "vote", "votes": "vote", "rate": "rate", "share": "share",
    "savings": "saving", "saving": "saving", "save": "saving", "saves": "saving", "saved": "saving",
    "pay": "wage", "raise": "wage", "raises": "wage", "yield": "yield", "yields": "yield", "package": "package",
    # "average hourly earnings" are pay; a company's earnings are its profit (see _subject)
    "earnings": "earnings",
    # "Its shares fell 11%", "the stock closed down 11.1%": the price of a company's shares
    "shares": "stock", "stock": "stock", "stocks": "stock",
    # A bank's balance sheet and a run on it: "$209 billion in assets", "tried to withdraw $42
    # billion", "pulled $42 billion from the bank"
    "assets": "asset", "asset": "asset", "deposits": "deposit", "deposit": "deposit",
    "withdrawals": "withdrawal", "withdrawal": "withdrawal", "withdraw": "withdrawal", "withdrew": "withdrawal",
    "withdrawn": "withdrawal", "outflows": "withdrawal", "outflow": "withdrawal", "pulled": "withdrawal",
    # "a street value police put at some €700m" (but "a raise worth £1,400" is the raise's)
    "value": "value",
}
# Verbs that name what a sum is ("spent", "withdrew"), whose word before is who did it.
_SUBJECT_VERBS = {
    "spend", "spends", "spent", "borrow", "save", "saves", "saved", "grew", "grow", "grown", "expand",
    "withdraw", "withdrew", "withdrawn", "pulled", "raise", "raises",
}
# Words before the noun that say which one it is ("capital expenditure", "insured losses",
# "market borrowing"); words that do not ("the total expenditure" is the expenditure).
_NOT_QUALIFYING = {
    "the", "a", "an", "its", "their", "his", "her", "our", "this", "that", "of", "to", "by", "at", "in", "for", "and",
    "or", "is", "was", "will", "be", "has", "have", "had", "on", "with", "from", "up", "down", "would", "could",
    "total", "overall", "fiscal", "annual", "gross", "net", "gdp", "economic", "economy", "s", "record", "new",
    "general", "unfunded", "extra", "additional", "street", "planned", "proposed", "average", "hourly", "weekly",
    # verbs that may stand before the noun: "the OBR forecasts growth of 1.1%"
    "forecast", "forecasts", "expects", "expect", "sees", "see", "predicts", "projects", "shows",
    # ... and that say or set it: "said inflation ... would peak", "cut interest rates to 4%"
    "said", "says", "say", "cut", "cuts", "raised", "raises", "lowered", "lowers", "held", "holds", "kept", "keeps", "set",
}
_WORD = re.compile(r"[A-Za-z]+")
# "85% of the burn zone": a share is of the noun after "of"; "5.9% of GDP" is of the deficit;
# "80% of the city's hotels" is of the hotels, not of the city.
_SHARE_OF = re.compile(r"^\s*of\s+(?:the\s+|its\s+|their\s+|all\s+)?(?:[A-Za-z-]+['’]s?\s+)?((?:[A-Za-z-]+\s+){0,2}[A-Za-z-]+)")
_SHARE_STOP = re.compile(r"\s+(?:in|for|by|on|at|from|to|and|or|but|while|whereas|was|is|were|are|will|would|had|has)\b.*$", re.IGNORECASE)
_DENOMINATORS = {"gdp", "product", "output"}
# "99% of them", "99 percent of the more than 300 drones": what the share is of is named
# elsewhere, or after a number.
_NOT_SHARE_NOUNS = {"them", "those", "these", "it", "than", "more", "over", "about", "some", "nearly", "almost", "up"}
SUBJECT_WINDOW_AFTER = 30
_BRACKETED = re.compile(r"^\s*[A-Za-z]*\s*\([^()]*\)")
SHARE_WINDOW_AFTER = 60  # "of the city's hotel rooms were ...": room for a possessor and a compound
SUBJECT_WINDOW_BEFORE = 90


# A change of a share or a yield ("rises by 1.2 percentage points") is, like a share, known
# only by what it is of.
POINT_UNITS = {"percentage point", "basis point"}
POINTS_BLOCK = "other:point"


def in_points(frame) -> bool:
    return (frame.unit or "").lower() in POINT_UNITS


_VOTING = re.compile(r"\b(?:vot(?:e|ed|es|ing)|ballot)\b", re.IGNORECASE)
_VOTED_AGAINST = re.compile(r"\b(?:against|reject(?:ed|s)?|opposed|voted\s+no)\b", re.IGNORECASE)
_VOTED_FOR = re.compile(r"\b(?:in\s+favou?r|backed|approved|accepted|supported|voted\s+yes|for\s+(?:the\s+)?(?:deal|agreement|contract|strike|striking))\b", re.IGNORECASE)
VOTE_WINDOW = 45
# What follows a vote's share: "of members", "against", "in favour", "backed", or nothing more
# (not "a 25% raise", which the sentence's vote was about).
# "44.2% for opposition candidate Edmundo Gonzalez": whose share, named after it.
_FOR_A_CANDIDATE_AFTER = re.compile(r"^\s+for\s+(?:[a-z]+\s+){0,3}([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)")
_SHARE_OF_VOTERS = re.compile(
    r"^\s*(?:of\s+(?:the\s+)?(?:members|those|workers|voters|votes|ballots|union)\b|against\b|in\s+favou?r\b|for\b|(?:voted|backed|rejected|approved|supported)\b|[,.]|$|and\b)",
    re.IGNORECASE,
)


def subject_key(frame) -> str | None:
    """For money and percentages, the noun they are said of, as a key ("what:capital spending")."""
    if (frame.measure not in ("money", "percent") and not in_points(frame)) or not frame.sentence:
        return None
    at = frame.start - frame.sentence_start
    rest = frame.sentence[at + len(frame.text):]
    # "346 billion shillings ($2.7 billion) in taxes": what the sum is of comes after the
    # same sum in another currency.
    bracket = _BRACKETED.match(rest)
    clause = _clause_after(rest, bracket.end() if bracket else 0)
    # "borrow one trillion shillings, or cut spending": what follows a comma is said of
    # something else.
    after = clause.split(",")[0][:SUBJECT_WINDOW_AFTER]
    before = re.split(r"[;:]", frame.sentence[max(0, at - SUBJECT_WINDOW_BEFORE):at])[-1]
    if frame.measure == "percent" and _VOTING.search(frame.sentence) and _FOR_A_CANDIDATE_AFTER.match(rest):
        # "with 51.2% of the vote, against 44.2% for opposition candidate Edmundo Gonzalez": a
        # candidate's share, not a stance.
        return "what:vote"
    if frame.measure == "percent" and _VOTING.search(frame.sentence) and _SHARE_OF_VOTERS.match(rest):
        # "voted 94.6% against the tentative deal", "92% of members who voted rejected the
        # deal", "96% in favour of striking": a vote's share for or against.
        around = frame.sentence[max(0, at - VOTE_WINDOW):at + len(frame.text) + VOTE_WINDOW]
        stance = _VOTED_AGAINST.search(around) or _VOTED_FOR.search(around)
        if stance:
            return f"what:vote {'against' if stance.re is _VOTED_AGAINST else 'for'}"
    if frame.measure == "percent":
        share = _SHARE_OF.match(clause[:SHARE_WINDOW_AFTER])
        if share:
            noun = _SHARE_STOP.sub("", share.group(1)).split()[-1].lower()
            if noun not in _DENOMINATORS and noun not in _NOT_SHARE_NOUNS:
                return f"what:{noun}"
    # "cut federal spending by $2.1 trillion", "reduce deficits by about $1.5 trillion": the
    # sum is what is saved, whatever was cut.
    if frame.measure == "money" and _REDUCED_BY.search(before):
        return f"what:{SAVING}"
    if _THE_FIGURE_BEFORE.search(frame.sentence[:at]):
        # "Cornwall Insight put the cost at closer to £100bn": the sum of the figure just
        # named, whatever that was of.
        return None
    cost = _cost_of(frame.sentence[:at]) if frame.measure == "money" else None
    if cost:
        return cost
    words_after = _subject_words(after)
    for index, word in enumerate(words_after):
        if word.lower() in _SUBJECTS:
            return _subject(words_after, index)
    # (What a number before it was said of is that number's: "would have cost about £2bn a
    # year, a small part of the £45bn package".)
    words_before = _subject_words(_after_other_numbers(before))
    if words_before and words_before[-1].lower() in _RAISING_VERBS:
        # "will raise £25bn a year": the verb raises revenue, where "a raise of 20%" is pay.
        return f"what:{REVENUE}"
    for index in range(len(words_before) - 1, -1, -1):
        if words_before[index].lower() in _SUBJECTS:
            return _subject(words_before, index)
    return None


def _after_other_numbers(before: str) -> str:
    """The text before a number after the last other sum or share in it, unless that one is
    the change the number is reached by ("raise capital expenditure by 33% to 10 trillion") or
    the same sum in another currency."""
    for match in reversed(list(_AFTER_ANOTHER_NUMBER.finditer(before))):
        if not _CHANGE_TO.match(before[match.end():]):
            return before[match.end():]
    return before


# "by 33% to ...", and "10 trillion rupees (...": the change the number is reached by, and the
# same sum in another currency.
_CHANGE_TO = re.compile(r"^\s*(?:[a-z]+\s+)?(?:to\s+(?:about\s+|around\s+|some\s+)?[£$€₹]?|\(\s*[£$€₹]?)\s*$", re.IGNORECASE)
_AFTER_ANOTHER_NUMBER = re.compile(r"[£$€₹]\s*\d[\d,.]*|\d[\d,.]*\s*(?:bn|billion|million|trillion|crore|%|per\s+cent|percent)\b", re.IGNORECASE)
_RAISING_VERBS = {"raise", "raises", "raising", "raised", "generate", "generates", "bring", "brings"}
REVENUE = "revenue"


# "The energy price guarantee for households will cost about £60bn", "Abolishing the top rate
# alone costs about £2bn": what costs the sum, the noun phrase before the verb up to its first
# preposition.
_COSTS_BEFORE = re.compile(
    r"(?:^|[,;:]\s*|\b(?:that|which|and)\s+)([A-Za-z][\w'’ -]{0,80}?)\s+(?:alone\s+)?"
    r"(?:(?:will|would|could|may|might|is\s+expected\s+to|is\s+set\s+to)\s+(?:have\s+)?)?(?:cost|costs|costing)\s+"
    r"(?:about\s+|around\s+|some\s+|roughly\s+|nearly\s+|almost\s+|more\s+than\s+|over\s+|up\s+to\s+|an\s+estimated\s+|between\s+)?$",
    re.IGNORECASE,
)
_COST_PHRASE_STOP = re.compile(r"\s+(?:for|of|in|on|to|from|by|with|at)\s+.*$", re.IGNORECASE)


def _cost_of(before: str) -> str | None:
    """For a sum said to be what something costs, that thing as the sum's subject: "the tax
    cuts will cost £45bn" is a sum of tax, "the energy price guarantee will cost £60bn" of the
    energy price, "building a replacement bridge will cost $1.7bn" the cost of the bridge."""
    found = _COSTS_BEFORE.search(before)
    if not found:
        return None
    words = _subject_words(_COST_PHRASE_STOP.sub("", found.group(1)))
    for index in range(len(words) - 1, -1, -1):
        if words[index].lower() in _SUBJECTS:
            return _subject(words, index)
    named = [word.lower() for word in words if word.lower() not in _NOT_QUALIFYING]
    return f"what:cost of {' '.join(named[-2:])}" if named else None


_LIMITS = {"limit", "ceiling", "cap"}
_PAY_PERIODS = {"hourly", "weekly", "monthly", "annual", "average"}
# British and American spellings of one word ("defence spending", "defense spending").
_SPELLINGS = {"defence": "defense", "programme": "program", "labour": "labor", "licence": "license", "offence": "offense"}
SAVING = "saving"
_REDUCED_BY = re.compile(
    r"\b(?:cut|cuts|cutting|reduce[sd]?|reducing|trim(?:s|med|ming)?|slash(?:es|ed|ing)?|lower(?:s|ed|ing)?)\b[^.;]{0,60}?\bby\s+"
    r"(?:about\s+|around\s+|some\s+|roughly\s+|nearly\s+|almost\s+|more\s+than\s+|over\s+|up\s+to\s+|an\s+estimated\s+)?$",
    re.IGNORECASE,
)
_NAME_WORDS = re.compile(r"(?:[A-Z][a-z]+\s+){1,}[A-Z][a-z]+")


def _subject_words(text: str) -> list[str]:
    """The words of a clause, without those of proper names: the Congressional Budget Office
    is no budget."""
    return _WORD.findall(_NAME_WORDS.sub(" ", text))


# Who a sum goes to: "Defence got ₹5.94 lakh crore", "the railways received a capital outlay
# of ₹2.40 lakh crore", "£22.6bn for the NHS". The railways' capital budget is not the
# government's.
_RECIPIENT_BEFORE = re.compile(
    r"\b([A-Za-z]+)\s+(?:got|gets|received|receives|receiving|was\s+allocated|were\s+allocated|was\s+given|were\s+given|won)\b(?!.*\b(?:got|received)\b)",
    re.IGNORECASE,
)
_RECIPIENT_AFTER = re.compile(r"^\s*(?:[a-z]+\s+){0,2}?for\s+(?:the\s+)?([A-Za-z]+)")
_NOT_RECIPIENTS = {
    "it", "they", "he", "she", "we", "who", "which", "that", "this", "these", "those", "each", "all", "every", "government",
    "year", "years", "month", "months", "next", "current", "coming", "last", "first", "fiscal", "financial", "period",
}


# Who bears a cost: "had cost it about $1.3bn" (the speaker), "cost the US economy $3.5
# billion", "the total cost to the US economy", "the economic cost of the strike". What the
# strike cost Ford is not what it cost the economy.
_COST_BORNE_BY = re.compile(
    r"\bcost(?:s|ing)?\s+(?:to\s+)?(?:the\s+)?(?:[A-Z]{2,}\s+)?(it|them|economy|country|government|taxpayers?|[A-Z][a-z]+)\b"
    r"|\b(economic)\s+cost\b"
)
_BEARERS = {"economic": "economy", "them": "it", "taxpayer": "taxpayers"}


def recipient_key(frame) -> str | None:
    if frame.measure != "money" or not frame.sentence:
        return None
    at = frame.start - frame.sentence_start
    before = re.split(r"[;:,]", frame.sentence[max(0, at - SUBJECT_WINDOW_BEFORE):at])[-1]
    borne = _COST_BORNE_BY.search(before)
    if borne:
        bearer = (borne.group(1) or borne.group(2)).lower()
        bearer = _BEARERS.get(bearer, bearer)
        if bearer == "it":
            bearer = normalised_claimant(frame.claimant) or "it"
        return bearer
    after = _clause_after(frame.sentence, at + len(frame.text))[:SUBJECT_WINDOW_AFTER]
    for match in (_RECIPIENT_BEFORE.search(before), _RECIPIENT_AFTER.match(after)):
        word = match.group(1).lower() if match else ""
        if word and word not in _NOT_RECIPIENTS and word not in _SUBJECTS and not word.endswith("ly"):
            return word
    return None


def _subject(words: list[str], index: int) -> str:
    noun = _SUBJECTS[words[index].lower()]
    if noun == "earnings" and index > 0 and words[index - 1].lower() in _PAY_PERIODS:
        return "what:wage"  # "average hourly earnings rose 0.4%": pay
    following = words[index + 1].lower() if index + 1 < len(words) else ""
    if noun in ("debt", "borrowing") and following in _LIMITS:
        return "what:debt limit"  # "the debt ceiling", "the borrowing limit": one law
    # ("Customers pulled $42 billion": the word before a verb is its subject, not a kind of sum.)
    qualifier = words[index - 1].lower() if index > 0 and words[index].lower() not in _SUBJECT_VERBS else ""
    qualifier = _SPELLINGS.get(qualifier, qualifier)
    if qualifier and qualifier not in _NOT_QUALIFYING and qualifier not in _SUBJECTS and " " not in noun:
        return f"what:{qualifier} {noun}"
    return f"what:{noun}"


# "10 trillion rupees ($122 billion)", "about 72 km (45 miles)": a sum or a distance, then the
# same in another unit.
_CONVERTIBLE = {"money", "distance", "duration"}
# Units of measure among "other" quantities, which a report may give again in another unit:
# "165 mph (270 kph)", "2,170 acres (878 hectares)".
_UNITS_OF_MEASURE = {"mph", "kmph", "kph", "knot", "acre", "hectare", "square kilometre", "square mile", "tonne", "ton", "litre", "gallon", "barrel"}


def _convertible(frame) -> bool:
    return frame.measure in _CONVERTIBLE or (frame.measure == "other" and (frame.unit or "").lower() in _UNITS_OF_MEASURE)
_CONVERSION_BETWEEN = re.compile(r"^\s*[A-Za-z]*\s*\(\s*(?:about|around|roughly|or|some|nearly)?\s*$")


def said_together(first, second) -> bool:
    """The second claim's sentence is the first's, or follows it in the same paragraph (a
    paragraph break is more than the one space between sentences)."""
    first_end = first.sentence_start + len(first.sentence or "")
    return second.sentence_start - first_end <= 1


def sentences_of(claims) -> list[list]:
    """The claims grouped by the sentence of an article they stand in, each group in the
    order of the text."""
    by_sentence: dict = {}
    for claim in claims:
        by_sentence.setdefault((claim.article, claim.frame.sentence_start), []).append(claim)
    return [sorted(members, key=lambda claim: claim.frame.start) for members in by_sentence.values()]


def conversions(claims) -> dict:
    """{claim id: id of the claim it converts}, for sums, distances, speeds and areas given
    again in brackets in another unit right after the first."""
    found = {}
    for members in sentences_of(claim for claim in claims if _convertible(claim.frame)):
        for first, second in zip(members, members[1:]):
            between = first.frame.sentence[first.frame.end - first.frame.sentence_start:second.frame.start - second.frame.sentence_start]
            if first.frame.measure == second.frame.measure and first.frame.unit != second.frame.unit and _CONVERSION_BETWEEN.match(between):
                found[second.id] = first.id
    return found


# "The coastguard said the boat carried about 150 people, while aid groups working with the 80
# survivors say the true figure was closer to 200": a rival's value of a quantity just named.
_RIVAL_FIGURE_BEFORE = re.compile(
    r"\b(?:the|that|this)\s+(?:(?:true|real|actual|correct|final)\s+)?(?:figure|number|total|count|toll|turnout)\s+"
    r"(?:(?:was|is|were|stood|stands|at|of)\s+){0,2}(?:(?:closer|nearer|close|near)\s+to\s+|(?:about|around|nearly|some|roughly)\s+)?$",
    re.IGNORECASE,
)


# "the CGT said 800,000 had marched, a figure disputed by the police, who counted 119,000".
# "At least 82 people died, a BBC investigation found, far more than the 30 deaths acknowledged
# by the government": the other's value of the same count, set beside the first.
_SET_BESIDE_BEFORE = re.compile(
    r"(?:\b(?:more|higher|greater|fewer|lower|less)\s+than|\b(?:above|below|exceeding|beyond)|\bcompared\s+(?:with|to)|\bdouble|\btwice|\bagainst)"
    r"\s+(?:the|an?)\s+(?:official\s+|previous\s+|earlier\s+)?$",
    re.IGNORECASE,
)
_DISPUTED_BY_BEFORE = re.compile(
    r"\b(?:a|the|that|this)\s+(?:figure|number|count|total|estimate|tally)\s+(?:disputed|contested|rejected|challenged|contradicted)\s+by\s+"
    r"[^.;\d]{1,60}?,?\s+(?:who|which)\s+(?:\w+\s+){1,3}$",
    re.IGNORECASE,
)
_SET_AGAINST = re.compile(r";|\b(?:while|but|whereas|against)\b")


def restatements(claims) -> dict:
    """{claim id: id of the claim it restates}, for a number a speaker gives as "the true
    figure" (or "put the figure at") against the number another speaker gave earlier in the
    sentence."""
    found = {}
    sentences = sentences_of(claims)
    # The last claim of the sentence just before, in the same paragraph: "By a Seattle Times
    # tally, 92% of members rejected the deal. The union put the figure at 94.6%."
    previous_of: dict = {}
    by_article: dict = defaultdict(list)
    for members in sentences:
        by_article[members[0].article].append(members)
    for ordered in by_article.values():
        ordered.sort(key=lambda members: members[0].frame.sentence_start)
        for earlier, later in zip(ordered, ordered[1:]):
            if said_together(earlier[-1].frame, later[0].frame):
                previous_of[id(later)] = earlier[-1]
    for members in sentences:
        for index, claim in enumerate(members):
            frame = claim.frame
            before = frame.sentence[:frame.start - frame.sentence_start]
            speaker = normalised_claimant(frame.claimant)
            last = previous_of.get(id(members))
            if (
                index == 0 and speaker and last is not None and _SAME_FIGURE_BEFORE.search(before)
                and claim_block(last.frame) == claim_block(frame) and normalised_claimant(last.frame.claimant) != speaker
            ):
                found[claim.id] = last.id
                continue
            # "Republicans say it will save $2.1tn; the budget office says $1.5tn": a sum
            # said of nothing, in a rival's mouth, after the other's.
            answers = frame.measure in ("money", "percent") and subject_key(frame) is None
            rival_figure = (
                _RIVAL_FIGURE_BEFORE.search(before) or _THE_FIGURE_BEFORE.search(before) or _DISPUTED_BY_BEFORE.search(before)
                or _SET_BESIDE_BEFORE.search(before)
            )
            if not speaker or not (rival_figure or answers):
                continue
            block = claim_block(frame)
            rival = next(
                (
                    earlier for earlier in members[:index]
                    if claim_block(earlier.frame) == block
                    and normalised_claimant(earlier.frame.claimant) not in ("", speaker)
                    and (not answers or _SET_AGAINST.search(frame.sentence[earlier.frame.end - earlier.frame.sentence_start:frame.start - frame.sentence_start]))
                ),
                None,
            )
            if rival is not None:
                found[claim.id] = rival.id
    return found


# What a length measures: "2 metres high", "4 metres tall", "2,800 metres long".
_DIMENSIONS = {"high": "height", "tall": "height", "long": "length", "wide": "width", "deep": "depth", "thick": "thickness"}
_DIMENSION_AFTER = re.compile(r"^\s*(?:[a-z]+\s+)?(high|tall|long|wide|deep|thick)\b", re.IGNORECASE)


# "Roughly 1,500 troops are stationed at the base": the people of one site, not of the country.
_SITE_AFTER = re.compile(r"\b(?:at|in|on|inside)\s+the\s+(base|air\s+base|airbase|camp|compound|embassy|ship|vessel|prison)\b", re.IGNORECASE)


def qualifier_keys(frame) -> frozenset[str]:
    """The quantity's own qualifiers as keys, with the marks of an increment or a part."""
    names = frame.qualifiers
    if frame.measure in TOLL_MEASURES:
        # "Morocco's earthquake death toll": the event's place, as in claim_scope.
        names = [name for name in names if not _names_the_event(name, frame.sentence or "")]
    keys = set(scope_keys(names)) - _people_counted(frame)
    subject, recipient = subject_key(frame), recipient_key(frame)
    if recipient:
        subject = f"{subject or 'what:'}@{recipient}"
    if subject:
        keys.add(subject)
    holder = holder_key(frame)
    if holder:
        # ("44.2% for opposition candidate Edmundo Gonzalez": the name is the holder's.)
        keys = {key for key in keys if fold(key) != holder.removeprefix(HOLDER_PREFIX)} | {holder}
    site = _SITE_AFTER.search(_clause_after(frame.sentence or "", frame.start - frame.sentence_start + len(frame.text)))
    if site and frame.measure == "people":
        keys.add(f"site:{site.group(1).lower().replace(' ', '')}")
    side = _speakers_side(frame, keys)
    if side:
        keys.add(side)
    clause = number_clause(frame)
    # A depth is not a distance between places; an aftershock's magnitude is not the quake's.
    if frame.measure == "distance" and _DEPTH.search(clause):
        keys.add(DEPTH)
    dimension = _DIMENSION_AFTER.match((frame.sentence or "")[frame.end - frame.sentence_start:]) if frame.measure == "distance" else None
    if dimension:
        # "stood about 2 metres high", "was 4 metres tall": two answers to how high it is.
        keys.add(f"what:{_DIMENSIONS[dimension.group(1).lower()]}")
    located = _LOCATED_BEFORE.search(_clause_before(frame.sentence or "", frame.start - frame.sentence_start))
    if frame.measure == "distance" and located and not _NOT_LOCATED.match(located.group(1)):
        # "Amizmiz, 55km south of Marrakech": the distance of Amizmiz, not of Marrakech.
        keys = {key for key in keys if key.startswith(("what:", "*"))} | {f"at:{place_key(_LEADING_PREPOSITION.sub('', located.group(1)))}"}
    if (frame.unit or "").lower() == "magnitude" and _AFTERSHOCK.search(clause) and not _MAIN_SHOCK_AFTER.match(
        (frame.sentence or "")[frame.end - frame.sentence_start:]
    ):
        # (Not "The 6.0-magnitude quake was followed by several aftershocks": the quake's own.)
        keys.add(AFTERSHOCK)
    role = _ROLES.get((frame.unit or "").lower())
    if (frame.unit or "").lower() == "officer" and re.search(r"\bpolice\b", frame.sentence or "", re.IGNORECASE):
        role = POLICE  # "Police said ... three officers were injured"; a Guards officer is no policeman
    if frame.measure in TOLL_MEASURES and _FOREIGN_AFTER.match((frame.sentence or "")[frame.end - frame.sentence_start:]):
        role = FOREIGN
    if frame.measure in TOLL_MEASURES and _ON_THE_GROUND_AFTER.match((frame.sentence or "")[frame.end - frame.sentence_start:]):
        role = ON_THE_GROUND
    elif frame.measure == "injured" and _CRITICAL_AROUND.search(_comma_clause(frame)):
        # "10 were in critical condition", "1,404 critically injured": the gravest of the injured.
        role = CRITICAL
    elif frame.measure == "injured" and (frame.event == "discharge" or _DISCHARGED_AROUND.search(_comma_clause(frame))):
        # "793 had been discharged" and "about 200 are still in hospitals": two parts of the injured.
        role = DISCHARGED
    elif frame.measure == "injured" and _STILL_IN_HOSPITAL.search(_comma_clause(frame)):
        role = IN_HOSPITAL
    if role == PASSENGERS and _AND_CREW_AFTER.match((frame.sentence or "")[frame.end - frame.sentence_start:]):
        role = None
    if role and (frame.measure in TOLL_MEASURES or (role in (CREW, PASSENGERS) and frame.measure == "people")):
        keys.add(role)
    # The words of the number's own clause, between commas: "GM has laid off 2,000 workers at its
    # plant in Fairfax, Kansas, because of ... the striking Wentzville plant" are not strikers.
    own = _comma_clause(frame)
    if frame.measure not in TOLL_MEASURES and _FORECAST.search(own):
        keys.add(FORECAST)
    if frame.measure in ("other", "people") and _PRIVATE_SECTOR.search(own):
        keys.add(PRIVATE_SECTOR)
    if frame.measure in ("money", "percent") and moved_from(frame):
        keys.add(LEVEL_BEFORE)
    if frame.measure == "money" and _INTERIM_BEFORE.search(_clause_before(frame.sentence or "", frame.start - frame.sentence_start)):
        keys.add(INTERIM)
    if frame.measure == "percent" and _BASELINE_AROUND.search(
        (frame.sentence or "")[max(0, frame.start - frame.sentence_start - BASELINE_WINDOW):frame.end - frame.sentence_start + BASELINE_WINDOW]
    ):
        # "a 10% baseline tariff on all imports": the floor every country pays, not one's rate.
        keys.add(BASELINE)
    if frame.measure == "percent" and frame.sentence:
        after = frame.sentence[frame.end - frame.sentence_start:]
        if _OVER_A_MONTH.match(after):
            keys.add(OVER_A_MONTH)
        elif _OVER_A_YEAR.match(after):
            keys.add(OVER_A_YEAR)
    if frame.measure == "people":
        # (Nor are workers "who had not been called out on strike".)
        striking = _ON_STRIKE.search(own)
        if striking and not _NOT_BEFORE.search(own[:striking.start()]):
            keys.add(ON_STRIKE)
    sentence = frame.sentence or ""
    at = frame.start - frame.sentence_start
    if sentence:
        before, after = sentence[:at], sentence[at + len(frame.text):]
        if (_increment_before(before, after) or _INCREMENT_AFTER.match(after)) and frame.measure not in ("money", "percent"):
            # (A sum is mostly itself the addition: "to raise an additional 346 billion
            # shillings in taxes" is the sum the bill raises.)
            keys.add(INCREMENT)
        elif (
            (_PART_AFTER.match(after) and frame.measure != "percent") or _opens_with_whole(sentence, at) or INCLUDED_BEFORE.search(before)
            or (frame.measure in TOLL_MEASURES and _names_people_after(after))
        ) and not frame.zero and not _outcome_of_salvo(frame) and not _used_from_a_stock(frame, after):
            keys.add(PART)
        around = sentence[max(0, at - ABOARD_WINDOW):at + len(frame.text) + ABOARD_WINDOW]
        if frame.measure == "people" and (ON_BOARD.search(around) or _CARRYING_BEFORE.search(before)):
            keys.add(ABOARD)
        if _POPULATION_BEFORE.search(before) or (_OF_ITS_BEFORE.search(before) and _RESIDENTS_AFTER.match(after)):
            keys.add(POPULATION)
        if frame.measure not in ("money", "percent") and (_LIMIT_BEFORE.search(before) or _LIMIT_AFTER.match(after)):
            keys.add(LIMIT)
        if frame.measure in ("money", "percent", "duration"):
            # (And the prison terms the two sides of a trial ask for: "Prosecutors had sought 40
            # to 50 years, while his lawyers asked for five": neither is the sentence.)
            if frame.measure != "duration" and (frame.event in _OFFERING_VERBS or _OFFER_BEFORE.search(before)):
                keys.add(OFFER)
            elif frame.event in _DEMANDING_VERBS or _DEMAND_BEFORE.search(before) or _ASKED_BY_AFTER.match(after):
                keys.add(DEMAND)
            if keys & {OFFER, DEMAND}:
                # Whose position it is: the name the offer is made in, or a named speaker
                # of its own offer ("Ford said it had raised its offer to 23%").
                names = _names_among(keys)
                speaker = (frame.claimant or "").removeprefix("the ").strip()
                if not names and speaker[:1].isupper():
                    names = [normalised_claimant(frame.claimant)]
                asker = _ASKER_BEFORE.search(before) or _ASKED_BY_AFTER.match(after)
                if not names and asker:
                    # "Prosecutors had sought 40 to 50 years", "the 40 to 50 years prosecutors
                    # wanted": who asks, named by the noun before the verb.
                    names = [asker.group(1).lower()]
                keys |= {f"{PROPOSER_PREFIX}{name}" for name in names}
        if frame.measure in ("killed", "casualties") and _UNIDENTIFIED_AFTER.search(after):
            keys.add(UNIDENTIFIED)
        elif (
            frame.measure in TOLL_MEASURES and frame.event in _IDENTIFYING_VERBS and _OF_THE_DEAD_AFTER.match(after)
            and not _OF_A_WHOLE_BEFORE.search(before)
        ):
            # "DNA tests have identified 210 of the victims": the dead named so far, a count
            # that rises toward the toll. ("3,958 bodies had been identified" may be the toll.)
            keys.add(IDENTIFIED)
        if (frame.unit or "").lower() == "vote":
            if _VOTES_TO_BEFORE.search(before) or _VOTED_NO_AFTER.match(after):
                keys.add(VOTES_AGAINST)
            elif _VOTES_TO_AFTER.match(_clause_after(sentence, at + len(frame.text))) or "vote" in after[:12].lower():
                keys.add(VOTES_FOR)
        whole = _WHOLE_NAMED_AFTER.match(after) if PART in keys else None
        if whole and (frame.unit or "").lower().split()[-1:] == [whole.group(2).lower().rstrip("s")]:
            # "Eleven of the derailed cars", "20 of the train's cars": parts of two wholes.
            keys.add(f"{WHOLE_PREFIX}{whole.group(1).lower()}")
        cargo = _CARGO_AFTER.match(after) if frame.measure == "other" else None
        if cargo:
            # "20 of the train's cars were carrying hazardous materials", "five of them
            # carrying vinyl chloride": what they carry says which cars are counted.
            keys.add(f"what:{cargo.group(1).lower()}")
        if frame.measure in TOLL_MEASURES and _ONE_HOSPITAL.search(frame.claimant or "") and _OWN_PATIENTS.search(before):
            # "Kenyatta National Hospital said it had treated 160 people": that hospital's
            # patients, a part of the injured, not a count of them all.
            keys |= {PART, f"at:{normalised_claimant(frame.claimant)}"}
        killed_at = _KILLED_AT_HOSPITAL.search(after) if frame.measure in ("killed", "casualties") else None
        if killed_at:
            # "More than 460 patients were killed at the Saudi maternity hospital": the dead of
            # one hospital, a part of the toll.
            keys |= {PART, f"at:{killed_at.group(1).lower()} hospital"}
        named_hospital = _NAMED_HOSPITAL.search(sentence) if frame.measure in TOLL_MEASURES else None
        if named_hospital and _BROUGHT_TO_HOSPITAL.search(sentence):
            # "the director of al-Awda hospital said 161 wounded people had been brought to the
            # hospital", "a team that visited al-Shifa hospital saw ... more than 200 wounded":
            # one hospital's patients.
            keys |= {PART, f"at:{named_hospital.group(1).lower()} hospital"}
        if (
            _PERIOD.search(_clause_before(sentence, at)) or _PERIOD.search(_clause_after(sentence, at + len(frame.text)))
            or _BY_AN_HOUR.search(before) or _BY_AN_HOUR.search(after[:BY_AN_HOUR_WINDOW_AFTER])
            or _SINCE_A_YEAR_AFTER.match(sentence, at + len(frame.text))
        ):
            keys.add(PERIOD)
    if frame.sentence and (
        _REVISED_BY.search(frame.sentence[:frame.start - frame.sentence_start])
        or _MORE_THAN_REPORTED.match(frame.sentence[frame.end - frame.sentence_start:])
    ):
        keys.add(REVISED_BY)
        keys.discard(INCREMENT)  # "72,000 more jobs than previously reported": the revision itself
    # (So does a toll's place: "202 of the dead in the Valencia region" is the region's toll.)
    # (Not the event's place: "175 of the 179 people killed in Sunday's Jeju Air crash".)
    # (A place the sentence opens with frames the whole, not the part: "In Kerr County, 43
    # people had been found dead, 15 of them children".)
    framing = framing_place(frame.sentence or "")
    placed_toll = frame.measure in TOLL_MEASURES and (
        _names_among(keys)
        or scope_keys(frame.scope) - event_places(frame) - ({place_key(framing)} if framing else set())
    )
    if PART in keys and frame.measure in TOLL_MEASURES and _PART_NAMED_AFTER.match(sentence[frame.end - frame.sentence_start:]):
        # "Four of the dead were MBBS students", "three were police officers": who they were
        # sets the part apart from another part of the dead.
        who = (frame.unit or "").lower().split(" ")[-1]
        if who and who not in GENERIC_DEAD and who in MEASURE_NOUNS["people"] and not keys & _ROLE_MARKS:
            keys.add(f"{WHO_PREFIX}{who}")
    if keys & (_ROLE_MARKS | {ON_STRIKE, IDENTIFIED}) or placed_toll or any(key.startswith(HOLDER_PREFIX) for key in keys):
        # "26 of the dead were foreign nationals" and "19 foreigners were among the dead": the
        # role already says it is a part of the dead; "412 of the 650 seats" are Labour's.
        keys.discard(PART)
    alone = _ALONE.search(_comma_clause(frame) + " " + _opening_clause(frame.sentence or "")) if frame.measure in TOLL_MEASURES else None
    if alone and alone.group(1).lower() not in DAYS_AND_MONTHS and not any(key.startswith("at:") for key in keys):
        # "In Bogo City alone, 34 people were killed", "at the Saudi hospital alone": a part of
        # the toll, however its place is named.
        keys.add(PART)
    institution = _INSTITUTION.search(f"{frame.claimant or ''} {frame.sentence or ''}") if frame.measure in TOLL_MEASURES else None
    if institution and (frame.unit or "").lower() in _INSTITUTION_MEMBERS:
        # "Camp Mystic said 27 campers and counselors had died": those of one camp, school or
        # firm are a part of the toll, however its speaker counts them.
        keys |= {PART, f"at:{institution.group(1).lower()}"}
    return frozenset(keys)


# "bringing the total on strike to about 25,000", "raised the number of members on strike to
# more than 33,000": a count said as a running total, which grows from report to report.
_RUNNING_TOTAL_BEFORE = re.compile(
    r"\b(?:total|number|tally|count)\b[^,;.]{0,60}?\bto\s+(?:about\s+|around\s+|some\s+|roughly\s+|nearly\s+|almost\s+|more\s+than\s+|over\s+|at\s+least\s+)?$",
    re.IGNORECASE,
)


def running_total(frame) -> bool:
    """The number is said as a running total that has grown to it."""
    before = _clause_before(frame.sentence or "", frame.start - frame.sentence_start)
    return frame.measure not in TOLL_MEASURES and bool(_RUNNING_TOTAL_BEFORE.search(before))


# Seats are each some party's: "the Conservatives won 121 seats", "puts
# the Liberal Democrats on 61 seats and Reform UK on 13". The holder is the last name before
# the number in its clause.
HOLDER_PREFIX = "for:"
_NAME_RUN = re.compile(r"(?:[A-Z][\w'’-]*)(?:\s+(?:of\s+)?[A-Z][\w'’-]*)*")
_NOT_HOLDERS = re.compile(
    r"^(?:The|It|That|This|They|He|She|But|And|In|On|At|By|Sir|Mr|Mrs|Ms|Dr|"
    r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|"
    r"September|October|November|December|President|Prime|Minister|Chancellor|Candidate|Senator|Governor)$"
)
# "Mr González 43.18% and Mr Maduro 30%": a name right before the share, in a list.
_NAME_RIGHT_BEFORE = re.compile(r"(?:\band|,)\s+(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*\s+$")
_COUNT_PROGRESS_AFTER = re.compile(
    r"^\s*of\s+(?:the\s+)?(?:ballots|votes|polling\s+stations|precincts|tally\s+sheets|districts)\s+(?:counted|tallied|reporting|processed)\b",
    re.IGNORECASE,
)
HOLDER_UNITS = {"seat"}
HOLDER_WINDOW = 90  # characters back from the number: further back, a name is of another clause


_SHARE_OF_THE_VOTE = re.compile(r"^\s*(?:of\s+the\s+(?:popular\s+|national\s+)?vote|of\s+(?:all\s+)?votes|vote\s+share)\b", re.IGNORECASE)


# "Labour's majority of 174 was built on a share of the vote of just 33.7%".
_A_SHARE_OF_THE_VOTE_BEFORE = re.compile(
    r"\bshare\s+of\s+the\s+(?:national\s+|popular\s+)?vote\s+(?:of|was|at|stood\s+at)\s+(?:just\s+|only\s+|about\s+|around\s+|some\s+)?$",
    re.IGNORECASE,
)


_ELECTION_WORDS = re.compile(r"\b(?:vote|votes|voters|poll|polls|projection|projected|election|results?|ballots?|parliament|bundestag|hurdle|threshold)\b", re.IGNORECASE)
_PARTY_ON_BEFORE = re.compile(r"\b[A-Z][\w'’/-]*(?:\s+[A-Z][\w'’/-]*)*\s*(?:,\s*)?(?:was\s+)?(?:on|with|at)\s+$")


def holder_key(frame) -> str | None:
    """Whose seats or share of the vote the number counts ("for:liberal democrats"), whose
    goods a tariff taxes ("for:vietnam"), or None."""
    if not frame.sentence:
        return None
    at = frame.start - frame.sentence_start
    if frame.measure == "percent" and _TARIFF_WORDS.search(frame.sentence):
        country = _tariff_country(frame.sentence, at)
        speaker = normalised_claimant(frame.claimant)
        if country in _AMERICA and speaker and not _AMERICA & {speaker, claimant_country(frame.claimant)}:
            # "Brussels said its average tariff on American products was about 1 per cent": a
            # rate on American goods in another's mouth is that other's tariff.
            country = _BLOCS.get(speaker) or claimant_country(frame.claimant) or country
        return f"{HOLDER_PREFIX}{country}" if country else None
    after = frame.sentence[at + len(frame.text):]
    if frame.measure == "percent" and _COUNT_PROGRESS_AFTER.match(after):
        return None  # "with 80% of ballots counted": how far the count has gone, no one's share
    election = frame.measure == "percent" and _ELECTION_WORDS.search(frame.sentence)
    named_after = _FOR_A_CANDIDATE_AFTER.match(after) if election else None
    if named_after:
        return f"{HOLDER_PREFIX}{_holder_name(named_after.group(1))}"
    share = frame.measure == "percent" and (
        _SHARE_OF_THE_VOTE.match(after) or _A_SHARE_OF_THE_VOTE_BEFORE.search(frame.sentence[:at])
        # "with the AfD on 19.5%", "The FDP, with 4.3%," in a sentence of an election's count;
        # "and Mr Maduro 30%", a list that leaves out the verb
        or (election and (_PARTY_ON_BEFORE.search(frame.sentence[:at]) or _NAME_RIGHT_BEFORE.search(frame.sentence[:at])))
    )
    if (frame.unit or "").lower() not in HOLDER_UNITS and not share:
        return None
    before = frame.sentence[:at]
    if re.search(r"\bof\s+(?:the\s+)?$", before):
        return None  # "412 of the 650 seats": the whole, no one's
    clause = re.split(r"[;:]", before)[-1][-HOLDER_WINDOW:]
    for match in reversed(list(_NAME_RUN.finditer(clause))):
        # "Keir Starmer's Labour Party": the party, not its leader.
        last = re.split(r"['’]s\s+", match.group(0))[-1]
        words = [word for word in last.split() if not _NOT_HOLDERS.match(re.sub(r"['’]s$", "", word)) and word != "of"]
        if words:
            return f"{HOLDER_PREFIX}{_holder_name(' '.join(words))}"
    return None


def _holder_name(name: str) -> str:
    """ "Keir Starmer's Labour Party" -> "labour"; "González" -> "gonzalez"."""
    name = fold(re.sub(r"['’]s$", "", name))
    return re.sub(r"\s+party$", "", name)


# A rate of tariff is of the country it is named with: "Imports from the European Union will be
# taxed at 20%, from Vietnam at 46% and from Japan at 24%", "a 34% tariff" on "Goods from China".
_TARIFF_WORDS = re.compile(
    r"\b(?:tariffs?|levy|levies|dut(?:y|ies)|taxed)\b|\bcharge[sd]?\s+[^,;.]{0,20}\bon\s+(?:\w+\s+){0,2}(?:goods|imports|products|exports)\b",
    re.IGNORECASE,
)
_CAPITALISED_RUN = re.compile(r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*")
_BLOCS = {"eu": "european union", "european union": "european union", "brussels": "european union"}
_AMERICA = frozenset({"america", "united states", "us", "u.s.", "the united states"})


def _tariff_country(sentence: str, at: int) -> str | None:
    """The country named nearest before the number, since the number before it."""
    before = sentence[:at]
    numbers = list(_DIGIT.finditer(before))
    segment = before[numbers[-1].end():] if numbers else before
    for match in reversed(list(_CAPITALISED_RUN.finditer(segment))):
        words = re.sub(r"['’]s$", "", match.group(0)).split()
        for start in range(len(words)):
            name = " ".join(words[start:]).lower()
            if name in _BLOCS:
                return _BLOCS[name]
            if named_countries({name}) or country_of_people(name):
                return country_of_people(name) or place_key(name)
    return None


# "according to the exit poll", "the poll suggests the Conservatives will win 131 seats":
# a projection of a count, which the count may prove wrong.
_PROJECTION = re.compile(
    r"\b(?:exit\s+poll|poll|polls|projection|projected|projects|forecast\w*|on\s+course|set\s+to\s+win|will\s+win|would\s+win)\b"
    r"|\bputs\s+(?:the\s+)?[A-Z][^;]{0,40}?\bon\s+\d",  # "It puts the Liberal Democrats on 61 seats"
    re.IGNORECASE,
)


def projected(frame) -> bool:
    """The number is a projection, not a count: said of a poll or a forecast in its own part of
    the sentence."""
    if not frame.sentence:
        return False
    at = frame.start - frame.sentence_start
    start = max((match.end() for match in re.finditer(r"[;]", frame.sentence[:at])), default=0)
    end = next((match.start() for match in re.finditer(r"[;]", frame.sentence[at:])), len(frame.sentence) - at) + at
    return bool(_PROJECTION.search(frame.sentence[start:end]))


WHOLE_PREFIX = "of:"
PROPOSER_PREFIX = "by:"
# Keys that are no name: marks, subjects, sites, places of a distance, wholes, holders, proposers.
_NOT_NAMES = ("*", "what:", "site:", "at:", WHOLE_PREFIX, HOLDER_PREFIX, PROPOSER_PREFIX)


def _names_among(keys) -> list[str]:
    """The names among a claim's keys ("ford", "valencia")."""
    return [key for key in keys if not key.startswith(_NOT_NAMES)]


def wholes_of(keys) -> frozenset[str]:
    """The wholes among a claim's keys that it is said to be a part of ("of:derailed")."""
    return frozenset(key for key in keys if key.startswith(WHOLE_PREFIX))


_WHOLE_NAMED_AFTER = re.compile(r"^\s+of\s+the\s+([a-z-]+?)(?:['’]s)?\s+([a-z]+)\b", re.IGNORECASE)
_CARGO_AFTER = re.compile(
    r"[^,;.]{0,40}?\b(?:carrying|containing|loaded\s+with|holding|transporting)\s+(?:[\w-]+\s+){0,2}?([a-z]+?)s?\b(?=\s*(?:[,;.]|$|\s+(?:a|an|the|and|that|which|was|were|from|to|in|on|at|for)\b))",
    re.IGNORECASE,
)
_ONE_HOSPITAL = re.compile(r"\bhospital\b(?!\s+authority)", re.IGNORECASE)
_NAMED_HOSPITAL = re.compile(r"\b((?:al-|Al-|el-)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)\s+[Hh]ospital\b")
_ALONE = re.compile(r"\b([A-Z][\w'’-]*)(?:\s+[\w'’-]+){0,3}\s+alone\b")
DAYS_AND_MONTHS = MONTHS | DAYS
_OPENING_CLAUSE = re.compile(r"^[^,]{0,60},")


def _opening_clause(sentence: str) -> str:
    """The sentence's opening words up to its first comma ("In Bogo City alone,")."""
    opening = _OPENING_CLAUSE.match(sentence)
    return opening.group(0) if opening else ""


_KILLED_AT_HOSPITAL = re.compile(
    r"^[^.;]{0,60}?\b(?:killed|died|dead|shot|executed)\s+(?:in|at|inside)\s+(?:the\s+)?((?:al-|el-)?[A-Z][\w'’-]*)(?:\s+[a-z][\w'’-]*){0,2}\s+hospital\b"
)
_BROUGHT_TO_HOSPITAL = re.compile(r"\b(?:brought|taken|admitted|rushed|transferred|visited|arrived)\b", re.IGNORECASE)
_OWN_PATIENTS = re.compile(r"\b(?:it|they)\s+(?:had\s+|has\s+|have\s+)?(?:received|treated|admitted|taken\s+in)\s+$", re.IGNORECASE)

_INSTITUTION = re.compile(
    r"\b((?:[A-Z][\w'’-]+\s+)?(?:Camp|School|College|University|Academy|Hotel|Church|Mosque|Factory|Mine)(?:\s+[A-Z][\w'’-]+)?)\b"
)
_INSTITUTION_MEMBERS = {
    "camper", "counselor", "counsellor", "student", "pupil", "employee", "worker", "staff", "guest", "miner", "worshipper",
}
_OWN_FORCES = re.compile(
    r"\b(?:its|their)\s+(?:own\s+)?(?:forces|troops|soldiers|fighters|military|army|personnel|service\s+members|losses)\b", re.IGNORECASE
)
# "Taliban spokesman Zabihullah Mujahid", "a Hamas official": a speaker for a group that is no country.
_GROUP_SPEAKER = re.compile(
    r"^(?:the\s+|a\s+|an\s+)?([A-Z][\w-]+)\s+(?:spokes(?:man|woman|person)|officials?|commanders?|authorities|leaders?)\b"
)


def _speakers_side(frame, keys: set[str]) -> str | None:
    """Whose dead or forces a count is when it names no side: the speaker's own. "Iraq said its
    forces did not suffer casualties", "the Taliban said nine of their own fighters had been
    killed", and a military's bare count of soldiers ("Pakistan's military said 29 soldiers were
    wounded"): armies name the other side's dead ("200 Taliban fighters"), not their own."""
    if any(":" not in key and "*" not in key for key in keys):
        return None  # a side is named: "58 Pakistani soldiers", "200 Taliban fighters"
    own = _OWN_FORCES.search(frame.sentence or "")
    if own:
        group = _GROUP_SPEAKER.match(frame.claimant or "")
        return claimant_country(frame.claimant) or (place_key(group.group(1)) if group else None)
    if frame.measure in TOLL_MEASURES and toll_kind(frame) == COMBATANT:
        return claimant_country(frame.claimant)
    return None


_LOCATED_BEFORE = re.compile(r"\b([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}),\s+(?:about\s+|some\s+|around\s+|roughly\s+|nearly\s+)?$")
_NOT_LOCATED = re.compile(r"^(?:In|On|At|But|And|However|Meanwhile|Officials|He|She|They|It)$")
_LEADING_PREPOSITION = re.compile(r"^(?:In|On|At|Near|From)\s+")
_DEPTH = re.compile(r"\b(?:depth|deep|underground)\b", re.IGNORECASE)
_AFTERSHOCK = re.compile(r"\baftershocks?\b", re.IGNORECASE)
_MAIN_SHOCK_AFTER = re.compile(r"^[\s-]*(?:magnitude\s+)?(?:earthquake|quake|tremor)\b", re.IGNORECASE)


# The people on board a vessel are not its survivors, nor its dead.
ABOARD = "aboard"
_CARRYING_BEFORE = re.compile(r"\bcarrying\s*$", re.IGNORECASE)
ABOARD_WINDOW = 40


def _outcome_of_salvo(frame) -> bool:
    """ "Air defences destroyed 76 of the drones", "ten of the missiles struck the base": of a
    salvo, the part that met one fate is that fate's count, which reports give with or
    without "of the"."""
    return frame.measure == "weapons" and event_class(frame.event, frame.measure) in ("intercept", "strike")


def _names_people_after(after: str) -> bool:
    named = _WERE_PEOPLE_AFTER.match(after)
    if not named:
        return False
    # ("were prisoners", "were police officers"; not "were killed")
    words = [word.lower() for word in named.groups() if word]
    return any(UNIT_LEMMA_FIXES.get(word, word.removesuffix("s")) in MEASURE_NOUNS["people"] for word in words)


def _opens_with_whole(sentence: str, at: int) -> bool:
    opening = _PART_OPENING.match(sentence)
    return bool(opening) and at >= opening.end()


def normalised_claimant(claimant: str | None) -> str:
    """ "The Health Ministry", "the health ministry" and "Health Ministry" are one speaker."""
    if not claimant:
        return ""
    text = " ".join(_NON_WORD.sub(" ", claimant.lower()).split())
    return text.removeprefix("the ").removeprefix("a ").removeprefix("an ")


# --- what a claim's places say, read from its sentence as well as its parse ----------------

# The scope key of a quantity for the whole event rather than one place: "the combined toll",
# "demonstrators nationwide", "the toll in Turkey and Syria". It never shares a figure with a
# toll for one of the places.
WHOLE = "*whole*"
# Words that make a number the whole event's, when they stand close to it: adjectives before
# it ("the combined toll", "the overall death toll"), adverbs after it ("demonstrators
# nationwide", "in all").
_WHOLE_BEFORE = re.compile(r"\b(combined|overall|nationwide|countrywide)\b", re.IGNORECASE)
_WHOLE_AFTER = re.compile(r"\b(nationwide|countrywide|across the country|across the region|in all)\b", re.IGNORECASE)
# "5,078 flights, 4.6% of those scheduled, were cancelled worldwide": the world's count, read past
# an aside between commas that gives another number.
_WORLD_AFTER = re.compile(r"^[^.;]{0,60}?\b(?:worldwide|globally|around\s+the\s+(?:world|globe)|across\s+the\s+(?:world|globe))\b", re.IGNORECASE)
_NUMBER_ASIDE = re.compile(r",[^,;.]*\d[^,;]*,")
# "400,000 paid their respects, counting those in the square and those who lined the streets".
_COUNTING_BOTH = re.compile(r"\b(?:counting|including)\s+(?:both\s+)?those\b[^.;]*\band\s+those\b", re.IGNORECASE)
_MANY_PLACES = re.compile(
    r"\b(?:in|across)\s+(?:several|many|some|other|dozens\s+of|a\s+number\s+of|a\s+handful\s+of)\s+(?:other\s+)?(?:cities|towns|states|countries|places|locations)\b",
    re.IGNORECASE,
)
# "dropped 14 bombs on two Iranian nuclear sites": a count said of several places counted in
# the same clause is the count of all of them, not of any one.
_COUNTED_PLACES = re.compile(
    r"\b(?:in|on|at|across)\s+(?:two|three|four|five|six|seven|eight|nine|ten|dozens\s+of|\d[\d,]*)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:cities|towns|states|countries|places|locations|sites|bases|provinces|districts|regions|villages|facilities)\b",
    re.IGNORECASE,
)
# (A comma between words, not in "30,000"; and within the number's own clause: not "killed
# after India fired missiles at six locations".)
_CLAUSE_END = re.compile(r",\s|;|\b(?:after|when|as|while|where|which|that|who|because|before|since)\b", re.IGNORECASE)


def _places_counted_after(after: str) -> bool:
    return bool(_COUNTED_PLACES.search(_CLAUSE_END.split(after, maxsplit=1)[0]))


# How close (in characters, either side of the number) a word of the whole must stand.
WHOLE_WINDOW_BEFORE = 32
WHOLE_WINDOW_AFTER = 50
# "Across the country, political scientists put the total at more than 3 million."
_WHOLE_FRAMING = re.compile(r"^\W*(?:(?:across|throughout|all\s+over)\s+the\s+(?:country|nation)|nationwide)\s*,", re.IGNORECASE)
_IN_THE_COUNTRY = re.compile(r"\bin the country\b", re.IGNORECASE)
_THERE = re.compile(r"\bthere\b", re.IGNORECASE)
# "in the province", "the state's outbreak": the place its speaker is named for.
_IN_THE_AREA = re.compile(r"\bin\s+the\s+(?:province|state|city|region|county|district|prefecture|governorate)\b", re.IGNORECASE)
_PLACE_IN_SPEAKER = re.compile(r"\bof\s+([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)|^(?:the\s+)?([A-Z][\w-]*)['’]s?\s")
_THE_AREAS = re.compile(
    r"\bthe\s+(?:province|state|city|region|county|district)['’]s\s+(?:[\w-]+\s+){0,2}(?:outbreak|toll|count|total|number|tally)\b", re.IGNORECASE
)


def _speakers_place(claimant: str | None) -> str | None:
    """The place a speaker is named for: "the provincial government of Cebu", "Cebu's governor",
    "Texas health officials"."""
    found = _PLACE_IN_SPEAKER.search(claimant or "")
    if found:
        return place_key(found.group(1) or found.group(2))
    first = (claimant or "").split(" ", 1)[0]
    return place_key(first) if first[:1].isupper() and country_of(first) else None


_POSSESSIVE = re.compile(r"^\W*(?:the\s+)?([A-Z][\w.-]*)['’]s?\b")
_DIGIT = re.compile(r"\d")
_AND = re.compile(r"\band\b")
# ... of the sentence before ("The union put the figure at 94.6%"; not "put the toll at", which
# a report of another place's toll says too).
_SAME_FIGURE_BEFORE = re.compile(r"^\W*(?:the\s+)?[\w\s'’.-]{0,60}?\b(?:put|puts|gave|gives|placed)\s+the\s+figure\s+at\s+(?:\w+\s+){0,2}$", re.IGNORECASE)
_THE_FIGURE_BEFORE = re.compile(r"\b(?:put|puts|putting|estimated|gave|gives|placed)\s+(?:the|that|this)\s+(?:figure|number|total|count|toll|turnout|cost|bill)\s+at\s+(?:\w+\s+){0,2}$", re.IGNORECASE)
# Two counts joined by "and" stand at most this many characters apart ("people had been
# killed and").
JOINED_COUNTS_GAP = 40
# ... unless the second is another report: "put its own losses at 23 dead and said more than
# 200 Taliban fighters had been killed".
_REPORTED_BETWEEN = re.compile(r"\b(?:said|says|added|told|claimed|reported|stated)\b", re.IGNORECASE)


_OWN_PLACE_AFTER = re.compile(r"^\s+(?:people\s+|more\s+)?in\s+(?:the\s+)?(?:neighbouring\s+|neighboring\s+|nearby\s+)?([A-Z][\w'’-]*(?:[\s-]+[A-Z][\w'’-]*)*)")
_IN_THE_CAPITAL = re.compile(r"\bin\s+the\s+(?:[A-Z]\w+\s+)?capital\b(?!\s+(?:city\s+)?of\b)")


def outlet_keys(claims) -> set[str]:
    """The names the story's outlets go by: "BBC News" is also "the BBC"."""
    keys = set()
    for outlet in {getattr(claim, "outlet", "") for claim in claims}:
        if outlet:
            keys.add(place_key(outlet))
            first = outlet.split()[0]
            # (Not "US" of "US Department of Defense": a country is a place whoever publishes.)
            if len(outlet.split()) > 1 and first.isupper() and len(first) > 1 and place_key(first) not in _COUNTRIES:
                keys.add(place_key(first))
    return keys


def story_scopes(claims) -> dict:
    """{claim id: scope keys} for the claims of a story (ClaimRef-like: id, article, frame).

    The parse's scope, with what the sentence adds: a place that frames the sentence ("In
    Paris, ..."), the claimant's country for "in the country", and the whole event for
    "combined", "nationwide" or two places joined ("in Turkey and Syria"). A place that names a
    part of another number of the sentence ("1.1 million nationwide, including 119,000 in
    Paris") is the part's, not the whole's."""
    known = {key for claim in claims for key in scope_keys(claim.frame.scope)}
    # Places the story names beside another ("Turkey and Syria"): "across Syria" is then one
    # of the event's places, not all of it.
    siblings = {key for sentence in {claim.frame.sentence for claim in claims if claim.frame.sentence} for key in joined_places_in(sentence, known)}
    # Places with tolls of their own: "teams from Spain, the UK and Qatar" joins places, but
    # not places the dead were counted in.
    toll_places = {key for claim in claims if claim.frame.measure in TOLL_MEASURES for key in scope_keys(claim.frame.scope)}
    scopes = {claim.id: claim_scope(claim.frame, known, siblings, toll_places) for claim in claims}
    # "By a Seattle Times tally": an outlet of the story is no place.
    outlets = outlet_keys(claims)
    if outlets:
        scopes = {claim_id: scope - outlets if scope & outlets else scope for claim_id, scope in scopes.items()}
    # "800,000 of them in the capital": the capital of the country the story names.
    capital = capital_of(known)
    if capital:
        for claim in claims:
            if not scopes[claim.id] and _IN_THE_CAPITAL.search(number_clause(claim.frame)):
                scopes[claim.id] = frozenset({place_key(capital)})
    for claim in claims:
        # "92 people had died in the Valencia region and two in neighbouring Castilla-La Mancha":
        # a place said right after the number is its own, whatever the clause named before.
        own = _OWN_PLACE_AFTER.match((claim.frame.sentence or "")[claim.frame.end - claim.frame.sentence_start:])
        if own and place_key(own.group(1)) in scopes[claim.id] and len(scopes[claim.id]) > 1:
            scopes[claim.id] = frozenset({place_key(own.group(1))})
    for members in sentences_of(claims):
        # "2,379 people had been killed and 14,483 injured in Turkey": two counts joined by
        # "and" share the place named after the second.
        for first, second in zip(members, members[1:]):
            between = first.frame.sentence[first.frame.end - first.frame.sentence_start:second.frame.start - second.frame.sentence_start]
            if (
                not scopes[first.id] and scopes[second.id] and len(between) <= JOINED_COUNTS_GAP and _AND.search(between)
                and not _DIGIT.search(between) and not _REPORTED_BETWEEN.search(between)
            ):
                scopes[first.id] = scopes[second.id]
            # "organizers said half a million had protested nationwide, while an independent
            # estimate put the figure at about 250,000": the figure is the one just named.
            elif not scopes[second.id] and scopes[first.id] and _THE_FIGURE_BEFORE.search(between):
                scopes[second.id] = scopes[first.id]
        for whole in members:
            for part in members:
                if part is whole or part.frame.value >= whole.frame.value or part.frame.start < whole.frame.start:
                    continue
                parts_places = scope_keys(part.frame.qualifiers)
                between = whole.frame.sentence[whole.frame.end - whole.frame.sentence_start:part.frame.start - part.frame.sentence_start]
                introduced = _PART_INTRODUCED.match(between) and whole.frame.measure in TOLL_MEASURES
                if introduced:
                    # "has risen to 217, of whom 211 died in the Valencia region": the place
                    # is the part's, and the number it is part of is the whole.
                    parts_places |= scopes[part.id]
                if scopes[whole.id] & parts_places or (introduced and parts_places and not scopes[whole.id]):
                    scopes[whole.id] = scopes[whole.id] - parts_places
                    if introduced and not scopes[whole.id]:
                        scopes[whole.id] = frozenset({WHOLE})
    return scopes




# "drones launched from Iran and Yemen at Israel": where weapons came from is not where they
# were aimed, and two origins are not the whole of the story's places.
_FROM_PLACES = re.compile(r"\bfrom\s+((?:(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*(?:,\s*|\s+and\s+|\s+or\s+)?)+)")


def _origins(sentence: str) -> set[str]:
    found = set()
    for match in _FROM_PLACES.finditer(sentence):
        for name in re.split(r",\s*|\s+and\s+|\s+or\s+", match.group(1)):
            if name.strip():
                found.add(place_key(name.strip()))
    return found


_PART_INTRODUCED = re.compile(r"^[^.;\d]{0,40}?,\s*(?:of\s+whom|of\s+which|with|including)\s+$", re.IGNORECASE)
_MOSTLY_IN = re.compile(
    r"\b(?:(?:most|many|the\s+majority|nearly\s+all|almost\s+all)\s+of\s+(?:them|whom|those)|mostly|mainly|largely)\s+in\s+(?:the\s+)?([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)"
)


def _people_counted(frame) -> frozenset[str]:
    """ "More than 100 Palestinians were killed": the people counted are the unit, not a name
    of the number's own that sets the toll apart from a toll of people (it still says where)."""
    if frame.measure not in PEOPLE_MEASURES or not frame.unit:
        return frozenset()
    key = place_key(frame.unit)
    return frozenset({key}) if key != frame.unit.lower() else frozenset()


_STORM_NAME = re.compile(r"^(?:hurricane|cyclone|typhoon|tropical\s+storm|storm|super\s+typhoon)\s+\w")


def claim_scope(
    frame,
    known: frozenset[str] | set[str] = frozenset(),
    siblings: frozenset[str] | set[str] = frozenset(),
    toll_places: frozenset[str] | set[str] | None = None,
) -> frozenset[str]:
    names = list(frame.scope)
    if frame.measure == "weapons":
        origins = _origins(frame.sentence or "")
        names = [name for name in names if place_key(name) not in origins]
    keys = set(scope_keys(names))
    # "killed at least 95 people, most of them in the Valencia region": where most of them
    # were is a part's place, not the number's.
    mostly = {place_key(match.group(1)) for match in _MOSTLY_IN.finditer(frame.sentence or "") if match.start() > frame.start - frame.sentence_start}
    keys -= mostly
    if mostly and not keys and frame.measure in TOLL_MEASURES:
        return frozenset({WHOLE})  # ... and the number is the whole of which that place is a part
    if frame.measure in TOLL_MEASURES:
        # "died in the shipwreck off Calabria", "Sunday's shipwreck off Steccato di Cutro": a
        # place that says where the story's event was does not set one toll apart from another.
        keys -= event_places(frame)
        # "The death toll from Hurricane Melissa rose to 49": the storm is the event, no place.
        keys = {key for key in keys if not _STORM_NAME.match(key)}
    dateline = DATELINE.match(frame.sentence or "")
    if dateline:
        rest = frame.sentence[dateline.end():]
        keys = {key for key in keys if _named(rf"\b{re.escape(key)}\b").search(rest) or key not in place_key(dateline.group())}
    sentence = frame.sentence or ""
    at = frame.start - frame.sentence_start
    if not keys:
        framing = framing_place(sentence)
        if framing:
            keys.add(place_key(framing))
    after = _clause_after(sentence, at + len(frame.text))
    if _IN_THE_COUNTRY.search(after):
        country = claimant_country(frame.claimant)
        if country:
            keys.add(country)
    elif not keys and (_IN_THE_AREA.search(after) or _THE_AREAS.search(_clause_before(sentence, at))) and _speakers_place(frame.claimant):
        # "The provincial government of Cebu said 76 people had died in the province alone",
        # "Texas health officials said the state's outbreak had grown to 505 cases".
        keys.add(_speakers_place(frame.claimant))
    elif not keys and _THERE.search(after):
        # "Malawi's government said 13 people had died there": the speaker's country.
        possessive = _POSSESSIVE.match(frame.claimant or "")
        if possessive and named_countries({place_key(possessive.group(1))}):
            keys.add(place_key(possessive.group(1)))
    # "across France", "throughout Syria": the whole of that place, which is the whole event
    # when the story has no wider place.
    for name in list(frame.scope) + ([framing_place(sentence)] if framing_place(sentence) else []):
        if place_key(name) and place_key(name) not in siblings and _named(rf"\b(?:across|throughout|all over)\s+(?:the\s+)?{re.escape(name)}\b").search(sentence):
            keys.add(place_key(name))
            keys.add(WHOLE)
    before = _clause_before(sentence, at)
    # (A number counted within the one before it, "1.089 million nationwide, including 119,000
    # in Paris", leaves the words of the whole to that one.)
    whole_before = not INCLUDED_BEFORE.search(before) and _WHOLE_BEFORE.search(before[-WHOLE_WINDOW_BEFORE:])
    if (
        whole_before or _WHOLE_AFTER.search(after[:WHOLE_WINDOW_AFTER])
        or _WHOLE_FRAMING.match(sentence) or _joined_places(names, sentence, known)
        # "police in several cities reported a handful of arrests": no one town's count
        or _MANY_PLACES.search(frame.claimant or "") or _MANY_PLACES.search(after[:WHOLE_WINDOW_AFTER])
        or _places_counted_after(sentence[at + len(frame.text):]) or _COUNTING_BOTH.search(sentence[at + len(frame.text):])
        or _WORLD_AFTER.match(_NUMBER_ASIDE.sub(",", sentence[at + len(frame.text):], count=1))
    ):
        return frozenset({WHOLE})
    area = sub_area(before) or sub_area(after)
    if area:
        return frozenset({area})
    if not keys and frame.measure in TOLL_MEASURES:
        # "A quake struck southern Turkey and northwest Syria, killing more than 3,800": a toll
        # that names no place of its own is the toll of the places its sentence joins.
        toll_places = known if toll_places is None else toll_places
        if _joined_places(_capitalised_known(sentence, toll_places), sentence, toll_places):
            return frozenset({WHOLE})
        # "Syria's government reported 5,714 deaths": a government counts its own country's dead
        # (unless the sentence names a place of the story's tolls: "killed by Cyclone Chido in
        # Mayotte has risen to 35, France's interior ministry said").
        # (Nor the other side of a fight: "13 killed in three days of fighting with Thailand".)
        elsewhere = _OPPONENT.sub(" ", sentence.replace(frame.claimant or "", " "))
        country = possessive_country(frame.claimant) if not _capitalised_known(elsewhere, toll_places) else None
        if country:
            keys.add(country)
    return frozenset(keys)


_CAPITALISED = re.compile(r"[A-Z][\w'’.-]*")

# A part of a country named by who holds it or where it lies, not by a proper name: "in
# government-held areas", "in the rebel-held northwest", "in the north-west". Its toll is not
# the country's, though both carry the country's name.
AREA_PREFIX = "area:"
_COMPASS = r"(?:north|south)[- ]?(?:east|west)|north|south|east|west"
_SUB_AREA = re.compile(
    rf"\b(?:(?P<holder>[a-z]+)[- ](?:held|controlled)\s+(?:(?P<held_compass>{_COMPASS})\b|(?:areas?|territor(?:y|ies)|parts?|regions?|zones?|districts?)\b)"
    rf"|\b(?:in|across|throughout)\s+the\s+(?P<compass>{_COMPASS})\b(?![-\w])(?!\s+(?:of|side|coast|bank)\b))",
    re.IGNORECASE,
)
_HOLDERS = {
    "rebel": "opposition", "opposition": "opposition", "insurgent": "opposition", "militant": "opposition",
    "government": "government", "regime": "government", "state": "government", "army": "government",
}


def sub_area(clause: str) -> str | None:
    """The key of the part of a country a clause names without a proper name, if any."""
    match = _SUB_AREA.search(clause)
    if not match:
        return None
    compass = match.group("held_compass") or match.group("compass")
    if compass:
        return AREA_PREFIX + re.sub(r"[- ]", "", compass.lower())
    holder = match.group("holder").lower()
    return f"{AREA_PREFIX}{_HOLDERS.get(holder, holder)}-held"


def _capitalised_known(sentence: str, known) -> list[str]:
    return [word for word in _CAPITALISED.findall(sentence) if place_key(word) in known]


def places_named_with(frame, known) -> set[str]:
    """The keys of the story's places named in the number's clause, but in its speaker's name
    ("France's interior ministry")."""
    return {place_key(word) for word in _capitalised_known(number_clause(frame).replace(frame.claimant or "", " "), known)}


_OPPONENT = re.compile(r"\b(?:fighting|fight|clash(?:es)?|war|conflict|battles?|hostilities)\s+with\s+(?:the\s+)?[A-Z][\w'’-]*")


def possessive_country(claimant: str | None) -> str | None:
    """The country of "Syria's government", "Turkey's disaster agency", and of a country that
    speaks itself ("Cambodia said"); not of "Turkish officials", who may speak of any place."""
    bare = place_key(claimant) if claimant and claimant[:1].isupper() and " " not in claimant.strip() else None
    if bare and (bare in PLACE_ALIASES.values() or named_countries({bare})):
        return bare
    match = _POSSESSIVE.match(claimant or "")
    if match and ("'" in claimant or "’" in claimant):
        key = place_key(match.group(1))
        if key in PLACE_ALIASES.values():
            return key
    return None


# "the floods in central Texas": a part of the place, said of the event all the same.
_REGION_OF = r"(?:central|(?:north|south)(?:ern|[\s-]?(?:east|west)(?:ern)?)?|east(?:ern)?|west(?:ern)?)"
_EVENT_NOUNS = (
    r"shipwreck|sinking|crash|collision|derailment|accident|blast|explosion|bombing|earthquake|quake|"
    r"wildfires?|fires?|floods?|flooding|storm|hurricane|cyclone|typhoon|disaster|tragedy|stampede|shooting"
)


_AT_THE_EVENT = re.compile(rf"\b(?:at\s+the\s+(?:height|peak)\s+of|during|throughout)\s+the\s+(?:{_EVENT_NOUNS})\b", re.IGNORECASE)


def at_the_events_time(frame) -> bool:
    """The number's clause dates it by the story's event ("lost power at the height of the
    storm"), not by the days before its report, however long after the report came."""
    return bool(_AT_THE_EVENT.search(number_clause(frame)))


def event_places(frame) -> frozenset[str]:
    """The places a toll's sentence names as the event's ("the earthquake in Myanmar"), which
    set no toll of the event apart from another but do say which country it is counted in."""
    if frame.measure not in TOLL_MEASURES:
        return frozenset()
    return frozenset(place_key(name) for name in frame.scope if _names_the_event(name, frame.sentence or ""))


def _names_the_event(name: str, sentence: str) -> bool:
    """The place is said of the event ("the shipwreck off Calabria", "the Lahaina fire")."""
    place = re.escape(name)
    return bool(
        _named(rf"\b(?:{_EVENT_NOUNS})\s+(?:off|in|near|at|on)\s+(?:the\s+)?(?:coast\s+of\s+|{_REGION_OF}\s+)?{place}\b").search(sentence)
        or _named(rf"\b{place}(?:['’]s)?\s+(?:train\s+|boat\s+|ferry\s+)?(?:{_EVENT_NOUNS})\b").search(sentence)
    )


def claimant_country(claimant: str | None) -> str | None:
    """The country a speaker speaks for, when its name says so ("Turkey's disaster agency",
    "Turkish officials")."""
    if not claimant:
        return None
    match = _POSSESSIVE.match(claimant)
    if match:
        key = place_key(match.group(1))
        if key in _COUNTRIES or named_countries({key}):
            return key
    for word in claimant.split()[:3]:
        key = place_key(word)
        if key in _COUNTRIES or (word[:1].isupper() and named_countries({key})):
            return key
    return None


_COUNTRIES = frozenset(PLACE_ALIASES.values())


def _clause_after(sentence: str, offset: int) -> str:
    """The text after the number up to the next number: what is said of it, not of the next."""
    rest = sentence[offset:]
    digit = _DIGIT.search(rest)
    return rest[:digit.start()] if digit else rest


def _comma_clause(frame) -> str:
    """The words around the number up to the commas, semicolons or other numbers either side."""
    sentence, at = frame.sentence or "", frame.start - frame.sentence_start
    before = re.split(r"[,;:]", _clause_before(sentence, at))[-1]
    after = re.split(r"[,;:]", _clause_after(sentence, at + len(frame.text)))[0]
    return before + " " + after


def number_clause(frame) -> str:
    """The words around the number, up to the numbers on either side."""
    sentence, at = frame.sentence or "", frame.start - frame.sentence_start
    return _clause_before(sentence, at) + " " + _clause_after(sentence, at + len(frame.text))


def _clause_before(sentence: str, offset: int) -> str:
    head = sentence[:offset]
    digits = list(_DIGIT.finditer(head))
    return head[digits[-1].end():] if digits else head


def joined_places_in(sentence: str, known) -> set[str]:
    """The known places a sentence joins to another known place by "and"."""
    found = set()
    for match in re.finditer(r"([A-Z][\w'’.-]*)\s+and\s+(?:\w+\s+)?([A-Z][\w'’.-]*)", sentence):
        first, second = place_key(match.group(1)), place_key(match.group(2))
        if first in known and second in known and first != second:
            found.update((first, second))
    return found


def _joined_places(scope, sentence: str, known) -> bool:
    """One of the claim's places joined by "and" to another place of the story in its
    sentence ("in Turkey and Syria"): a quantity for both."""
    for name in scope:
        if not place_key(name):
            continue
        joined = _named(rf"\b{re.escape(name)}\s+and\s+(?:\w+\s+)?([A-Z][\w'’.-]*)|([A-Z][\w'’.-]*)\s+and\s+(?:\w+\s+)?{re.escape(name)}\b", 0)
        for match in joined.finditer(sentence):
            other = place_key(match.group(1) or match.group(2))
            if other != place_key(name) and other in known and not _PART_OF_A_NAME.match(other):
                return True
    return False


# "Milestone School and College", "the National Burn and Plastic Surgery Institute": one name.
_PART_OF_A_NAME = re.compile(r"^(?:college|institute|university|hospital|academy|centre|center|museum|school|clinic)$")


_PLACE_WORD = r"([A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})"
# "Lahaina, Hawaii", "the Maui town of Lahaina", "Lahaina on Maui": a place within another.
_NESTING = (
    re.compile(_PLACE_WORD + r",\s+" + _PLACE_WORD),  # inner, outer
    re.compile(_PLACE_WORD + r"\s+(?:town|city|village|county|island|region|province|district|port|state)\s+of\s+" + _PLACE_WORD),  # outer, inner
    re.compile(_PLACE_WORD + r"\s+(?:on|in)\s+(?:the\s+island\s+of\s+)?" + _PLACE_WORD),  # inner, outer
    re.compile(_PLACE_WORD + r"['’]s\s+" + _PLACE_WORD),  # outer, inner: "Iran's Shahid Rajaee port"
)


def nested_places(claims) -> set[frozenset[str]]:
    """Pairs of the story's places that its sentences show one within the other. A toll for
    the town and one for its island are then not told apart by their places alone."""
    known = {key for claim in claims for key in scope_keys(claim.frame.scope) | scope_keys(claim.frame.qualifiers)}
    pairs: set[frozenset[str]] = set()
    for sentence in {claim.frame.sentence for claim in claims if claim.frame.sentence}:
        for pattern in _NESTING:
            for match in pattern.finditer(sentence):
                if pattern is _NESTING[0] and _in_a_list(sentence, match):
                    continue  # "Germany, Denmark, Norway and Poland" are side by side
                first, second = _known_place(match.group(1), known), _known_place(match.group(2), known)
                if first and second and first != second:
                    pairs.add(frozenset((first, second)))
    # "PRAYAGRAJ, India, Jan 29 (Reuters) -": a dateline's town lies in its country.
    for sentence in {claim.frame.sentence for claim in claims if claim.frame.sentence}:
        dated = _DATELINE_PLACES.match(sentence)
        if dated:
            town, country = place_key(dated.group(1).title()), _known_place(dated.group(2), known)
            if town in known and country and town != country:
                pairs.add(frozenset((town, country)))
    # "Organizers in Chicago said 250,000 gathered in Grant Park", "Chicago police estimated
    # ... the rally in Grant Park": a town's own speakers count what happens in it.
    for claim in claims:
        local = _LOCAL_SPEAKER.search(claim.frame.claimant or "")
        town = _known_place(local.group("in") or local.group("of"), known) if local else None
        if town:
            pairs.update(frozenset((town, place)) for place in scope_keys(claim.frame.scope) if place != town)
    # A street lies within the town of the story, whether or not a sentence says so.
    for street in (key for key in known if _STREET.search(key)):
        pairs.update(frozenset((street, other)) for other in known if other != street and not _STREET.search(other))
    # A name's last words are its short form: "the Metro" is the Washington Metro, and Gaza
    # holds North Gaza.
    pairs.update(frozenset((short, name)) for name in known for short in known if name.endswith(" " + short))
    return pairs


_DATELINE_PLACES = re.compile(r"^\s*([A-Z][A-Z.'-]+(?:\s[A-Z][A-Z.'-]+)*),\s+([A-Z][a-z]+(?:\s[A-Z][a-z]+)*),")
_LOCAL_SPEAKER = re.compile(
    r"\bin\s+(?P<in>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})$"
    r"|^(?:the\s+)?(?P<of>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})\s+(?:police|police\s+department|fire\s+department|mayor|sheriff|city\s+officials)$"
)
_STREET = re.compile(r"\b(?:street|road|avenue|boulevard|lane|highway|square|bridge)$")


def is_street(place: str) -> bool:
    return bool(_STREET.search(place))


def _in_a_list(sentence: str, match) -> bool:
    return bool(_LIST_BEFORE.search(sentence[:match.start()]) or _LIST_AFTER.match(sentence[match.end():]))


_LIST_BEFORE = re.compile(r"(?:,|\band)\s*$")
_LIST_AFTER = re.compile(r"\s*(?:,|and\b|or\b)")


def _known_place(words: str, known) -> str | None:
    """The known place a run of capitalised words ends with ("The historic Maui" -> maui)."""
    parts = words.split()
    for index in range(len(parts)):
        key = place_key(" ".join(parts[index:]))
        if key in known:
            return key
    return None
