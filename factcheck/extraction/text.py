"""Cheap passes over the raw text: sentences, quotations, and which sentences can hold a claim.

Everything here runs on every character of every article, so it is regular expressions only;
the parser sees just the sentences these passes pick.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

# A sentence longer than this is cut into pieces before parsing: one huge line with no full
# stops must not become one enormous parse.
MAX_SENTENCE_CHARS = 1500

# Abbreviations that end in a full stop without ending the sentence.
ABBREVIATIONS = {
    "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "sgt", "st", "sen", "rep", "gov", "rev",
    "jr", "sr", "no", "nos", "vs", "etc", "inc", "ltd", "co", "corp", "dept", "est", "approx", "jan", "feb", "mar",
    "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "u.s", "u.k", "u.n", "e.g", "i.e", "a.m", "p.m",
    "adm", "brig", "cmdr", "pres", "fig", "vol", "pp", "mt", "ft", "res", "ret",
}

_SENTENCE_END = re.compile(r"""[.!?…]+["'”’»)\]]*(?=\s+|$)""")
_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int
    end: int
    text: str


def sentences(text: str) -> list[Sentence]:
    """Sentence spans of the text, split at paragraph breaks and at sentence-ending punctuation."""
    spans: list[Sentence] = []
    for block_start, block_end in _blocks(text):
        start = block_start
        for match in _SENTENCE_END.finditer(text, block_start, block_end):
            end = match.end()
            if _is_abbreviation(text, match.start()) or not _next_starts_sentence(text, end, block_end):
                continue
            _add(spans, text, start, end)
            start = end
        _add(spans, text, start, block_end)
    return spans


def _blocks(text: str):
    start = 0
    for match in _PARAGRAPH_BREAK.finditer(text):
        yield start, match.start()
        start = match.end()
    yield start, len(text)


def _is_abbreviation(text: str, dot: int) -> bool:
    if text[dot] != ".":
        return False
    word_start = dot
    while word_start > 0 and (text[word_start - 1].isalpha() or text[word_start - 1] == "."):
        word_start -= 1
    word = text[word_start:dot].lower()
    if word in ABBREVIATIONS:
        return True
    # Single capital initials ("J. Smith"), but not a sentence ending in a capital word.
    return len(word) == 1 and text[dot - 1].isupper()


def _next_starts_sentence(text: str, end: int, limit: int) -> bool:
    position = end
    while position < limit and text[position].isspace():
        position += 1
    if position >= limit:
        return True
    following = text[position]
    return following.isupper() or following.isdigit() or following in "\"'“‘(«[-–—•"


def _add(spans: list[Sentence], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start >= end:
        return
    if end - start <= MAX_SENTENCE_CHARS:
        spans.append(Sentence(start, end, text[start:end]))
        return
    for piece_start, piece_end in _cut(text, start, end):
        spans.append(Sentence(piece_start, piece_end, text[piece_start:piece_end]))


def _cut(text: str, start: int, end: int):
    """Pieces of at most MAX_SENTENCE_CHARS, cut after a comma or a space where possible."""
    while end - start > MAX_SENTENCE_CHARS:
        limit = start + MAX_SENTENCE_CHARS
        cut = max(text.rfind(", ", start, limit), text.rfind("; ", start, limit))
        if cut <= start + MAX_SENTENCE_CHARS // 2:
            cut = text.rfind(" ", start, limit)
        if cut <= start:
            cut = limit
        else:
            cut += 1
        yield start, cut
        start = cut
    if start < end:
        yield start, end


# --- quotations ----------------------------------------------------------------------------

# "CROTONE, Italy (AP) — ...", "NEW DELHI, Feb 1 (Reuters) - ...", "Islamabad, Pakistan - ...",
# "ISLAMABAD: ...": where and when the report was filed, not where or when its numbers happened.
DATELINE = re.compile(
    r"^\s*(?:[A-Z][A-Za-z0-9 .,'/-]{1,60}?\((?:[A-Z][\w.&]*\s?){1,3}\)\s*[-–—]"
    r"|[A-Z][\w'.]+(?:\s[A-Z][\w'.]+)*,\s[A-Z][\w'.]+(?:\s[A-Z][\w'.]+)*\s[-–—](?=\s)"
    r"|[A-Z]{2,}(?:[\s/][A-Z]{2,})*:(?=\s))"
)


def in_dateline(token) -> bool:
    """The token stands in its sentence's dateline ("MALANG, Indonesia (AP) —"), which the parse
    may make a subject; a dateline is no speaker and no actor."""
    sentence = token.sent
    if token.i - sentence.start > DATELINE_TOKENS:
        return False  # (a dateline opens its sentence: a long one need not be read)
    opening = token.doc[sentence.start:min(sentence.end, sentence.start + 2 * DATELINE_TOKENS)].text
    dateline = DATELINE.match(opening)
    return bool(dateline) and token.idx < sentence.start_char + dateline.end()


# No dateline runs longer than this many tokens ("LONDON, Sept 23 (Reuters) -").
DATELINE_TOKENS = 20


# "At least 59 died, including 12 children": a number counted within the one before it.
# ("including 14 civilians and six soldiers": the list goes on after "and".)
INCLUDED_BEFORE = re.compile(
    r"\b(?:including|included|among\s+them|among\s+whom|of\s+whom)\s*(?:\d[\d,]*\s+(?:[\w'’-]+\s+){1,2}and\s+)?$", re.IGNORECASE
)
# The people on board a vessel.
ON_BOARD = re.compile(r"\b(?:on\s+board|aboard)\b", re.IGNORECASE)

# "In Turkey, officials said ...": a place that frames the whole sentence.
# "In the hamlet of Tikht, near Adassil, villagers said ...": the kind of place may come first.
_FRAMING_PLACE = re.compile(
    r"^\W*(?:In|Across)\s+(?:the\s+(?:village|hamlet|town|city|province|region|district|county|state|port)\s+of\s+)?"
    r"((?:[A-Z][\w'’.-]*\s?){1,3}),"
)
_NOT_PLACES = re.compile(
    r"^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|"
    r"Wednesday|Thursday|Friday|Saturday|Sunday|The|A|An|All|Addition|Total|Response|Particular|Turn|Fact|Short|Contrast|Comparison)\b"
)


def framing_place(sentence: str) -> str | None:
    """The place a sentence opens with ("In Sumy Oblast, a drone hit ..."), if any."""
    match = _FRAMING_PLACE.match(sentence)
    if not match or _NOT_PLACES.match(match.group(1)):
        return None
    return match.group(1).strip()


_QUOTE_OPEN = "“«"
_QUOTE_CLOSE = "”»"


def quotation_spans(text: str) -> list[tuple[int, int]]:
    """Spans of direct quotations, curly or straight quotes, which may run over sentences."""
    spans = []
    open_at: int | None = None
    straight_open: int | None = None
    for index, char in enumerate(text):
        if char in _QUOTE_OPEN:
            open_at = index
        elif char in _QUOTE_CLOSE and open_at is not None:
            spans.append((open_at, index + 1))
            open_at = None
        elif char == '"':
            if straight_open is None:
                straight_open = index
            else:
                spans.append((straight_open, index + 1))
                straight_open = None
    return spans


# --- candidates ----------------------------------------------------------------------------

_NUMBER_WORDS = (
    r"zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|"
    r"seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds?|thousands?|"
    r"millions?|billions?|trillions?|dozens?|scores|handful|half|thirds?|quarters?|fifths?|lakhs?|crores?"
)
# A negation can state a zero only near a word for harm: "no casualties", "did not suffer
# casualties", "none of their troops were hurt". Other negations never reach the parser.
_ZERO = (
    r"(?:\bno|\bnot|n't|\bnever|\bwithout)\W+(?:\w+\W+){0,6}?"
    r"(?:casualt\w*|deaths?|dead|injur\w*|fatalit\w*|victims?|killed|hurt|wounded|harmed|lives|losses|survivors?|missing|hit)\b"
)
_CANDIDATE = re.compile(
    rf"\d|\b(?:{_NUMBER_WORDS})\b|\bnone\b|\bnobody\b|\bno[- ]one\b|{_ZERO}",
    re.IGNORECASE,
)


def may_hold_claim(sentence: str) -> bool:
    """True when the sentence has anything a claim could be made of: digits, number words, or a
    negation that could state a zero. False ones are never parsed."""
    return _CANDIDATE.search(sentence) is not None


def normalise_digits(text: str) -> str:
    """Arabic-Indic, Devanagari, full-width and other decimal digits as ASCII, same length."""
    if text.isascii():
        return text
    return "".join(_ascii_digit(char) for char in text)


def _ascii_digit(char: str) -> str:
    if char.isascii():
        return char
    decimal = unicodedata.decimal(char, None)
    return str(decimal) if decimal is not None else char
