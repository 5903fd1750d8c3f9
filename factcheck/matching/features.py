"""What a claim's figure is made of, for comparing claims: the block it belongs to, and the
classes of its unit, its event and its scope.

The classes fold together words that newsrooms use for the same thing ("missiles" and
"rockets", "launched" and "fired", "U.S." and "American"); everything else is compared as
written.
"""

from __future__ import annotations

import re

from factcheck.extraction.lexicon import REPORTING_VERBS

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
    "missile": "missile", "rocket": "missile", "projectile": "missile", "cruise missile": "missile",
    "ballistic missile": "missile", "kh-101 cruise missile": "missile", "munition": "missile",
    "drone": "drone", "uav": "drone", "shahed": "drone", "aircraft-type drone": "drone",
    "shell": "shell", "mortar": "shell", "bomb": "bomb",
    "base": "site", "military base": "site", "site": "site", "target": "site", "facility": "site",
    "installation": "site", "position": "site", "airbase": "site",
    "building": "building", "structure": "building", "home": "building", "house": "building",
    "apartment": "building", "dwelling": "building", "property": "building",
    "acre": "area", "hectare": "area", "square kilometre": "area",
    "fire": "fire", "blaze": "fire",
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
    "displace": "displace", "evacuate": "displace", "flee": "displace", "shelter": "displace", "leave": "displace",
    "march": "march", "protest": "march", "demonstrate": "march", "gather": "march", "join": "march", "take": "march",
    "arrest": "arrest", "detain": "arrest",
    "rescue": "rescue", "pull": "rescue", "save": "rescue", "survive": "rescue",
    "collapse": "destroy", "flatten": "destroy", "raze": "destroy", "lose": "destroy", "damage": "destroy",
    "miss": "missing", "disappear": "missing", "unaccounted": "missing", "locate": "found", "find": "found",
}
NEUTRAL_EVENTS = {
    "say", "be", "rise", "reach", "stand", "put", "give", "climb", "increase", "top", "pass", "estimate", "report",
    "confirm", "count", "revise", "have", "include", "tell", "state", "add", "show", "bring", "number", "total",
    "exceed", "surpass", "grow", "jump", "soar", "hit_total", "put_at", "record", "register", "announce", "cite",
    "lower", "raise", "update", "leave", "continue", "suggest", "indicate", "believe", "expect", "fear", "warn",
    "contradict", "cite", "dispute", "deny", "stand", "suffer", "sustain", "incur", "see",
}

# Names that stand for the same place or people.
PLACE_ALIASES = {
    "us": "united states", "u.s.": "united states", "usa": "united states", "u.s.a.": "united states",
    "america": "united states", "american": "united states", "americans": "united states",
    "united states": "united states", "uk": "united kingdom", "u.k.": "united kingdom", "britain": "united kingdom",
    "british": "united kingdom", "iranian": "iran", "iraqi": "iraq", "syrian": "syria", "turkish": "turkey",
    "ukrainian": "ukraine", "russian": "russia", "israeli": "israel", "palestinian": "palestine",
    "libyan": "libya", "greek": "greece", "french": "france", "german": "germany", "indian": "india",
    "al asad": "ain al-asad", "al-asad": "ain al-asad", "ain al-asad": "ain al-asad", "asad": "ain al-asad",
}


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


def units_compatible(measure: str, a: str, b: str) -> bool:
    """People are people whatever they are called; other units must be the same kind."""
    if measure in PEOPLE_MEASURES:
        return True
    if not a or not b:
        return True
    return unit_class(a) == unit_class(b)


def event_class(event: str | None) -> str | None:
    if not event or event in NEUTRAL_EVENTS or (event in REPORTING_VERBS and event not in EVENT_CLASSES):
        return None
    return EVENT_CLASSES.get(event, event)


_NON_WORD = re.compile(r"[^\w\s.-]")


def place_key(name: str) -> str:
    key = " ".join(_NON_WORD.sub("", name.lower()).replace("’", "").split())
    key = key.removeprefix("the ")
    return PLACE_ALIASES.get(key, key)


def scope_keys(scope) -> frozenset[str]:
    return frozenset(key for key in (place_key(name) for name in scope) if key)


def normalised_claimant(claimant: str | None) -> str:
    """ "The Health Ministry", "the health ministry" and "Health Ministry" are one speaker."""
    if not claimant:
        return ""
    text = " ".join(_NON_WORD.sub(" ", claimant.lower()).split())
    return text.removeprefix("the ").removeprefix("a ").removeprefix("an ")
