"""Proper names from part-of-speech tags alone.

The extractor runs without spaCy's entity recogniser, which costs as much as the rest of the
pipeline together; runs of proper nouns give what it needs of names: the places and groups
that scope a figure, and the people a pronoun may stand for.
"""

from __future__ import annotations

# Words that end a name of a place or a body, never of a person ("Interior Ministry").
NON_PERSON_WORDS = {
    "ministry", "agency", "force", "forces", "guard", "council", "oblast", "province", "city", "street", "base",
    "command", "department", "office", "service", "news", "television", "tv", "corps", "army", "navy", "police",
    "union", "organization", "organisation", "party", "airport", "hospital", "district", "region", "state", "states",
    "nations", "house", "bank", "fund", "court", "committee", "group", "center", "centre", "express", "sea", "river",
    "press", "times", "post", "journal", "network", "crescent", "cross", "helmets", "reuters", "agency", "administration",
    "project", "institute", "university", "school", "company", "corporation", "authority", "board", "commission",
}
SAINT_WORDS = {"st", "saint", "san", "santa", "sankt"}
# Capitalised adjectives of peoples and countries ("Iranian", "Syrian") scope a figure too.
DEMONYM_ENDINGS = ("ian", "ese", "ish", "an", "i")


def name_spans(doc) -> list[tuple[int, int]]:
    """Maximal runs of proper nouns, joined across "al-" style hyphens: (start, end) indices.
    Found once per parse: every claim of a sentence asks for them."""
    if "name_spans" not in doc.user_data:
        doc.user_data["name_spans"] = _name_spans(doc)
    return doc.user_data["name_spans"]


def _name_spans(doc) -> list[tuple[int, int]]:
    spans = []
    index = 0
    while index < len(doc):
        if doc[index].pos_ != "PROPN":
            index += 1
            continue
        end = index + 1
        saint = doc[index].lower_.rstrip(".") in SAINT_WORDS
        while end < len(doc) and (
            doc[end].pos_ == "PROPN" or (doc[end].text == "-" and end + 1 < len(doc) and doc[end + 1].pos_ == "PROPN")
            # "St. Peter's Square", "St Mark's Basilica": a saint's name inside a place's.
            or (saint and doc[end].text in ("'s", "’s") and end + 1 < len(doc) and doc[end + 1].pos_ == "PROPN")
        ):
            end += 1
        spans.append((index, end))
        index = end
    return spans


def is_demonym(token) -> bool:
    return token.pos_ == "ADJ" and token.text[:1].isupper() and token.lower_.endswith(DEMONYM_ENDINGS)


def looks_like_person_name(doc, start: int, end: int) -> bool:
    """ "Serhii Popko", "Capt. Bill Urban": two or more capitalised words, none naming a body."""
    words = [token for token in doc[start:end] if token.text != "-"]
    if len(words) < 2:
        return False
    return not any(token.lower_ in NON_PERSON_WORDS for token in words)
