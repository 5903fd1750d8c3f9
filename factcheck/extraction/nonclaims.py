"""Numbers that are not claims: dates, years, clock times, relative times, ages, identifiers,
fiscal years, phone numbers and page furniture."""

from __future__ import annotations

import re

from factcheck.extraction import lexicon as lx
from factcheck.extraction.numbers import NumberPhrase

# Plain four-digit numbers in this range, written without a thousands comma, are years.
YEAR_RANGE = (1800, 2100)
# "the two countries", "the three bases": small numbers after a definite article restate what
# the story has named; a larger one ("the 80 victims") may still be the figure.
DEFINITE_REFERENCE_MAX = 10
# Counts this large are written with a thousands separator in English news; a bare 12841 is a
# train, a postcode or a phone number.
MIN_UNSEPARATED_IDENTIFIER = 10_000

_PHONE = re.compile(r"(?:\+\d{1,3}[\s.-]?)?(?:\(\d{2,5}\)[\s.-]?)?\d{2,5}(?:[\s.-]\d{2,5}){2,4}")
_FISCAL_YEAR = re.compile(r"\b(?:19|20)\d{2}\s?[-–/]\s?\d{2}\b")
_FURNITURE = re.compile(
    r"^\s*(?:updated|published|last (?:updated|modified)|posted|first published|share|read more|related|"
    r"photo|image|file photo|video|advertisement|copyright|©|page \d+|\d+ min(?:ute)?s? read|listen)\b",
    re.IGNORECASE,
)
_SCORE = re.compile(
    r"\b(?:lost|losing|won|winning|beat|beating|drew|drawing|defeated|trailed|trailing|led|leading|thrashed|edged)\s+"
    r"(?:(?:the\s+)?(?:match|game|final|tie)\s+)?(\d{1,3}\s?[-–]\s?\d{1,3})\b(?!\s?[-–]?\s?(?:%|per\s?cent|percent))"
    r"(?=\s+(?:to|against|over|in|at|on|with|after|,|\.)|[,.;]|\s*$)",
    re.IGNORECASE,
)
_READ_TIME = re.compile(r"\b\d+\s*min(?:ute)?s?\s+read\b", re.IGNORECASE)


def is_furniture(sentence: str) -> bool:
    """Lines a web page adds around an article: timestamps, reading times, captions."""
    return bool(_FURNITURE.match(sentence)) or bool(_READ_TIME.search(sentence))


def masked_spans(sentence: str) -> list[tuple[int, int]]:
    """Character spans inside the sentence where no number is a claim (phones, fiscal years)."""
    spans = [match.span() for match in _FISCAL_YEAR.finditer(sentence)]
    for match in _PHONE.finditer(sentence):
        digits = sum(char.isdigit() for char in match.group())
        # A phone number has many digits in groups; "1,100 and 1,200" does not look like one.
        if digits >= 8 and "," not in match.group():
            spans.append(match.span())
    # "their side lost 3-2 to rivals": a match's score counts goals, not anything reported.
    spans.extend(match.span(1) for match in _SCORE.finditer(sentence))
    # A short quoted formula with number words and no digits is a slogan: "one country, two
    # systems", "one man, one vote".
    for match in _SHORT_QUOTE.finditer(sentence):
        words = re.findall(r"[a-z]+", match.group(1).lower())
        if len(words) <= SLOGAN_WORDS and sum(word in _SLOGAN_NUMBERS for word in words) >= 2:
            spans.append(match.span(1))
    return spans


NAMED_BY_LENGTH = {"war", "conflict", "campaign", "offensive", "siege", "standoff"}
_THE_OTHER = re.compile(r"\bthe other\b(?!\s+(?:\d|one|two|three|four|five|six|seven|eight|nine|ten)\b)", re.IGNORECASE)
_HARM_WORDS = re.compile(r"\b(?:kill|die|dead|death|wound|injur|hurt|missing|survive)", re.IGNORECASE)
_SHORT_QUOTE = re.compile(r"[\"“]([^\"“”\d]{3,60})[\"”]")
_SLOGAN_NUMBERS = {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "single", "double"}
SLOGAN_WORDS = 6


def is_not_a_claim(doc, phrase: NumberPhrase) -> bool:
    if phrase.zero:
        return False
    tokens = doc
    first, last = tokens[phrase.number_start], tokens[phrase.number_end - 1]
    before = _word(tokens, phrase.start - 1).rstrip(".")
    before2 = _word(tokens, phrase.start - 2).rstrip(".")
    after = _word(tokens, phrase.end).rstrip(".")
    after2 = _word(tokens, phrase.end + 1)
    value = phrase.value
    plain_digits = first.text.isdigit() and phrase.number_end - phrase.number_start == 1

    # Dates: "8 January", "January 8", "Jan. 8, 2020", "the 8th".
    if after in lx.MONTHS or before in lx.MONTHS or (before == "." and before2 in lx.MONTHS):
        return True
    if after == "of" and after2 in lx.MONTHS:
        return True
    if plain_digits and before in lx.DAYS:
        return True
    # Years, alone or as "2020s"; a four-digit number with a comma is a count.
    # A hedged one ("since at least 1900") is a year after a word that sets a time.
    if plain_digits and len(first.text) == 4 and YEAR_RANGE[0] <= value <= YEAR_RANGE[1] and (phrase.hedge in ("exact", "range") or before in ("since", "until", "before", "after", "by")):
        return True
    # Clock times: "11 am", "4pm", "0200 GMT".
    if after in lx.CLOCK_WORDS or (after == "." and _word(tokens, phrase.end + 1) in ("m.",)):
        return True
    # Relative and frame-of-reference times: "two days ago", "in the past 24 hours".
    if _is_time_unit(after) and (after2 in lx.RELATIVE_TIME_WORDS or before in ("past", "last", "next", "previous", "coming", "first", "within", "following")) and not _how_long_done(doc, phrase):
        return True
    if _is_time_unit(after) and not _is_duration_claim(doc, phrase):
        return True
    # Fixed compounds ("one-way attack drones", "a one-off payment") and names ("the Group of Seven").
    if after == "-" and after2.lower() in lx.NUMBER_COMPOUNDS:
        return True
    if before.lower() == "of" and before2.lower() == "group":
        return True
    # Ages: "Smith, 45, said", "aged 45", "a 45-year-old", "(45)".
    if before in lx.AGE_WORDS or (before in ("of", "from", "to") and before2 == "age"):
        return True
    if before == "to" and _word(tokens, phrase.start - 3) == "from" and _word(tokens, phrase.start - 4) == "age":
        return True  # "the retirement age from 62 to 64": both ends are ages
    # "aged 8 and 10", "between the ages of 6 and 15": the second age of a pair.
    if before in ("and", "or", "to") and _word(tokens, phrase.start - 2).isdigit() and plain_digits and (
        _word(tokens, phrase.start - 3) in lx.AGE_WORDS or (_word(tokens, phrase.start - 3) == "of" and _word(tokens, phrase.start - 4) in lx.AGE_WORDS)
    ):
        return True
    if before == "of" and before2 in lx.AGE_WORDS and plain_digits:
        return True  # "between the ages of 6 and 15"
    # "at one end", "at one point": a place or a moment, not a count.
    if first.lower_ == "one" and after in ("end", "side", "point", "stage", "time"):
        return True
    # "one pilot is heard asking the other": one of two, picked out, not counted.
    if first.lower_ == "one" and phrase.number_end == phrase.number_start + 1:
        other = _THE_OTHER.search(doc[phrase.end:].text)
        # (Not "one soldier was killed and the other wounded": one of the dead is counted.)
        if other and not _HARM_WORDS.search(doc[phrase.end:].text[:other.start()]):
            return True
    if after == "-" and _is_time_unit(after2) and _word(tokens, phrase.end + 2) == "-" and _word(tokens, phrase.end + 3) == "old":
        return True
    if after in ("year-old", "years-old") or (after == "years" and after2 == "old"):
        return True
    # A span of time used as an adjective: "a 37-year low", "30-year gilts", "a 10-year plan".
    if after == "-" and after2 in ("year", "month", "week", "decade", "century") and phrase.end + 2 < len(tokens) and tokens[phrase.end + 2].pos_ in ("NOUN", "ADJ", "PROPN"):
        return True
    # ... and a war or a conflict named by its length: "the 12-day war", "the Six-Day War".
    if after == "-" and after2 == "day" and _word(tokens, phrase.end + 2) in NAMED_BY_LENGTH:
        return True
    if before == "," and after == "," and phrase.start >= 2 and tokens[phrase.start - 2].pos_ == "PROPN" and plain_digits and value < 120:
        return True
    # "The shooter, 23, died": a person named by what they did, and their age.
    if before == "," and after == "," and phrase.start >= 2 and tokens[phrase.start - 2].lemma_.lower() in lx.AGED_PERSON_NOUNS and plain_digits and value < 120:
        return True
    if before == "(" and after == ")" and phrase.start >= 2 and tokens[phrase.start - 2].pos_ == "PROPN" and plain_digits and value < 120:
        return True
    # Identifiers: "Article 5", "Resolution 2231", "Boeing 737", "train 12841".
    if before in lx.IDENTIFIER_NOUNS and phrase.start == phrase.number_start and not phrase.currency:
        return True
    if _aircraft_model(tokens, phrase) or _model_variant(tokens, phrase):
        return True
    # "a No. 5 alarm", whose full stop the tokenizer splits off.
    if (
        _word(tokens, phrase.start - 1) == "." and phrase.start >= 2 and tokens[phrase.start - 2].text in ("No", "Nos")
        and phrase.start == phrase.number_start
    ):
        return True
    if plain_digits and value >= MIN_UNSEPARATED_IDENTIFIER:
        return True
    if (
        phrase.start == phrase.number_start
        and phrase.start > 0
        and tokens[phrase.start - 1].pos_ == "PROPN"
        and tokens[phrase.start - 1].text[:1].isupper()
        and tokens[phrase.start - 1].whitespace_
        and plain_digits
        and not phrase.percent  # "GM 20% and Stellantis 21%": an offer each, not a model
        and not _followed_by_plural(tokens, phrase.end)
    ):
        return True
    # Ordinal-like and score-like leftovers: a lone zero in digits asserts nothing.
    if plain_digits and value == 0:
        return True
    if _counts_the_sources(doc, phrase):
        return True
    # "the two countries", "both sides": a definite reference to things already named.
    if phrase.words_only and not phrase.vague and not phrase.fraction and before in ("the", "these", "those", "its", "their") and value <= DEFINITE_REFERENCE_MAX:
        return True
    # "a second quake of magnitude 7.5" is a measurement (handled as a claim); ratings like
    # "7 out of 10" are not counts of anything.
    if after == "out" and after2 == "of":
        return True
    return _bare_word_number(doc, phrase)


def _counts_the_sources(doc, phrase: NumberPhrase) -> bool:
    """ "two U.S. officials told The Associated Press": how many people speak is not a figure."""
    last = doc[phrase.number_end - 1]
    if last.dep_ != "nummod":
        return False
    noun = last.head
    verb = noun.head
    return noun.dep_ == "nsubj" and verb.lemma_.lower() in lx.REPORTING_VERBS and verb.lemma_.lower() not in lx.WEAK_REPORTING_VERBS


def _followed_by_plural(tokens, index: int) -> bool:
    """ "Boeing 737 landed": a model number; "Iran 15 missiles" would be a count."""
    for token in tokens[index:index + 3]:
        if token.tag_ == "NNS":
            return True
        if token.pos_ not in ("ADJ", "NOUN", "PROPN"):
            return False
    return False


def _how_long_done(doc, phrase: NumberPhrase) -> bool:
    """ "The bombers flew for about 18 hours", "would rule for up to two years before holding
    elections": how long the thing done went on (not "for the past 24 hours", which frames
    the report, nor "said for three days")."""
    before = doc[phrase.start - 1] if phrase.start > 0 else None
    return (
        before is not None and before.lower_ == "for" and before.head.pos_ == "VERB" and before.head.i < before.i
        and before.head.lemma_.lower() not in lx.REPORTING_VERBS
    )


def _is_time_unit(word: str) -> bool:
    return word.rstrip("s") in lx.TIME_UNITS or word in ("hrs", "mins", "yrs")


def _is_duration_claim(doc, phrase: NumberPhrase) -> bool:
    """A time span that is itself the figure: "the siege lasted 12 hours", "seven days of
    mourning", "after more than 100 hours trapped"; not one that frames the story in time."""
    unit_token = doc[phrase.end] if phrase.end < len(doc) else None
    if unit_token is None:
        return False
    if _word(doc, phrase.end + 1) == "of" and phrase.end + 2 < len(doc) and doc[phrase.end + 2].pos_ in ("NOUN", "ADJ"):
        return True
    framing = {"over", "in", "within", "for", "since", "during", "after", "before"}
    if phrase.hedge in ("more_than", "at_least", "approximate") and _word(doc, phrase.start) not in framing and _word(doc, phrase.start - 1) not in framing:
        return True
    if _word(doc, phrase.start - 1) in ("just", "only", "barely", "merely"):
        return True  # "inside for just four minutes": a length someone measured, not a frame
    if _how_long_done(doc, phrase):
        return True
    if _word(doc, phrase.end + 1) == "in" and _word(doc, phrase.end + 2) in ("prison", "jail", "custody"):
        return True  # "sentenced to 25 years in prison": a sentence is the figure
    head = unit_token.head
    for _ in range(3):
        if head.pos_ in ("VERB", "AUX") and head.lemma_ in lx.DURATION_VERBS:
            return True
        if head.head.i == head.i:
            break
        head = head.head
    return False


def _bare_word_number(doc, phrase: NumberPhrase) -> bool:
    """A number in words with nothing counted is not a figure: "one of the", "the two sides met"
    are counts only when they modify a noun or are the subject of harm."""
    if not phrase.words_only or phrase.vague or phrase.fraction or phrase.currency or phrase.percent:
        return False
    last = doc[phrase.number_end - 1]
    if last.lower_ == "one":
        # "one soldier was killed" and "... and one hit Erbil" count; "one of the", "one
        # another", "the one", "one said" do not.
        if last.dep_ == "nummod" and last.head.pos_ in ("NOUN", "PROPN"):
            return False
        if any(child.dep_ == "prep" and child.lower_ == "of" for child in last.children):
            return True
        verb = last.head
        return not (last.dep_ in ("nsubj", "nsubjpass") and verb.pos_ == "VERB" and verb.lemma_.lower() not in lx.REPORTING_VERBS)
    if last.dep_ in ("nummod", "quantmod", "compound"):
        return False
    if any(child.dep_ == "prep" and child.lower_ == "of" for child in last.children):
        return False
    if last.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "attr", "appos", "conj", "npadvmod", "ROOT"):
        return False
    return True


# Words that follow an airliner's model number ("the 737 Max", "787 Dreamliner").
MODEL_WORDS = {"max", "dreamliner", "neo", "freighter", "jumbo"}
AIRCRAFT_NOUNS = {"jet", "jetliner", "plane", "airliner", "aircraft", "airplane", "freighter"}


def _aircraft_model(tokens, phrase) -> bool:
    """ "production of the 737 Max, 767 and 777 jets": model numbers, listed after "the"."""
    if phrase.end - phrase.start != 1 or not (tokens[phrase.start].text.isdigit() and len(tokens[phrase.start].text) == 3):
        return False
    following = _word(tokens, phrase.end).lower()
    if following in MODEL_WORDS:
        return True
    index = phrase.start - 1
    # Back through a list of such numbers and model words to the article before the first.
    while index >= 0 and (tokens[index].text in (",", "and", "or") or tokens[index].lower_ in MODEL_WORDS
                          or (tokens[index].text.isdigit() and len(tokens[index].text) == 3)):
        index -= 1
    listed = index >= 0 and tokens[index].lower_ == "the" and index < phrase.start - 1
    after = tokens[phrase.end:phrase.end + 3]
    return listed and any(token.lemma_.lower() in AIRCRAFT_NOUNS or token.lower_ in MODEL_WORDS for token in after)


def _model_variant(tokens, phrase) -> bool:
    """ "the Boeing 787-8", "an Airbus A320-200": the number after the hyphen names a variant of
    a model."""
    start = phrase.start
    if start < 2 or tokens[start - 1].text != "-" or tokens[start - 2].whitespace_ or tokens[start - 1].whitespace_:
        return False
    model = tokens[start - 2].text
    if not any(char.isdigit() for char in model):
        return False
    return any(char.isalpha() for char in model) or (start >= 3 and tokens[start - 3].pos_ == "PROPN")


def _word(tokens, index: int) -> str:
    return tokens[index].lower_ if 0 <= index < len(tokens) else ""
