"""Number expressions in a tokenised sentence: their words, value and the interval their hedge implies.

Works on spaCy tokens (text, lower case, offsets) and nothing else, so it runs before and
independently of what the parse says about the sentence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from factcheck.extraction import lexicon as lx

_DIGITS = re.compile(r"^\d{1,3}(?:,\d{3})+(?:\.\d+)?$|^\d+(?:\.\d+)?$")
# Digits with a scale or currency glued on: "40bn", "1.5m", "5k", "US$".
_DIGITS_WITH_SCALE = re.compile(r"^(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(bn|mn|m|k|tn|b)$", re.IGNORECASE)
_CURRENCY_PREFIX = re.compile(r"^(?:us|a|c|nz|hk)?[$£€¥₹₽₴]$", re.IGNORECASE)
_HYPHENATED_WORDS = re.compile(r"^([a-z]+)-([a-z]+)$")


@dataclass(slots=True)
class NumberPhrase:
    start: int  # first token (hedge words included)
    end: int  # one past the last token
    number_start: int  # first token of the number itself
    number_end: int
    value: float
    low: float | None
    high: float | None
    hedge: str
    zero: bool = False
    currency: str | None = None
    percent: bool = False
    fraction: bool = False
    vague: bool = False
    words_only: bool = False  # written in words ("two"), not digits
    noun: int | None = None  # for zeros: the token of what there is none of ("casualties")


def parse_digits(text: str) -> float | None:
    if _DIGITS.match(text):
        return float(text.replace(",", ""))
    return None


def word_value(word: str) -> int | None:
    if word in lx.UNITS:
        return lx.UNITS[word]
    if word in lx.TENS:
        return lx.TENS[word]
    match = _HYPHENATED_WORDS.match(word)
    if match and match.group(1) in lx.TENS and match.group(2) in lx.UNITS and lx.UNITS[match.group(2)] < 10:
        return lx.TENS[match.group(1)] + lx.UNITS[match.group(2)]
    return None


class _Reader:
    """Reads one number expression from a token position."""

    def __init__(self, tokens):
        self.tokens = tokens
        self.lower = [token.lower_ for token in tokens]

    def word(self, index: int) -> str:
        return self.lower[index] if 0 <= index < len(self.lower) else ""

    def core(self, index: int):
        """(end, value, flags) of the bare number starting at index, or None."""
        word = self.word(index)
        flags = {"vague": False, "fraction": False, "words_only": False, "low": None, "high": None}

        # Vague words: "dozens", "hundreds", "tens of thousands", "a handful", "several hundred".
        if word in ("tens", "hundreds") and self.word(index + 1) == "of" and (word, self.word(index + 2)) in lx.VAGUE_OF:
            low, high = lx.VAGUE_OF[(word, self.word(index + 2))]
            return index + 3, float(low), {**flags, "vague": True, "low": low, "high": high, "words_only": True}
        if word in lx.VAGUE and not (word == "scores" and self.word(index + 1) != "of"):
            low, high = lx.VAGUE[word]
            return index + 1, float(low), {**flags, "vague": True, "low": low, "high": high, "words_only": True}
        if word == "a" and self.word(index + 1) == "handful":
            low, high = lx.VAGUE["handful"]
            return index + 2, float(low), {**flags, "vague": True, "low": low, "high": high, "words_only": True}
        if word in lx.SEVERAL_WORDS and self.word(index + 1) in lx.WORD_SCALES:
            scale = lx.SCALES[self.word(index + 1)]
            low, high = lx.SEVERAL_RANGE
            return index + 2, float(low * scale), {**flags, "vague": True, "low": low * scale, "high": high * scale + scale - 1, "words_only": True}
        if word == "a" and self.word(index + 1) == "few" and self.word(index + 2) in lx.WORD_SCALES:
            scale = lx.SCALES[self.word(index + 2)]
            low, high = lx.SEVERAL_RANGE
            return index + 3, float(low * scale), {**flags, "vague": True, "low": low * scale, "high": high * scale + scale - 1, "words_only": True}

        # Fractions: "two-thirds", "a third", "half" of something: a percentage.
        fraction = self.fraction(index)
        if fraction is not None:
            end, share = fraction
            return end, round(share * 100, 2), {**flags, "fraction": True, "words_only": True}

        # "half a million", "a dozen", "a hundred", "a million".
        if word == "half" and self.word(index + 1) == "a" and self.word(index + 2) in lx.WORD_SCALES:
            return index + 3, 0.5 * lx.SCALES[self.word(index + 2)], {**flags, "words_only": True}
        if word == "a" and self.word(index + 1) == "dozen":
            return index + 2, float(lx.DOZEN), {**flags, "words_only": True}
        if word == "a" and self.word(index + 1) in lx.WORD_SCALES:
            end, value = self.scaled(index + 1, 1.0)
            return end, value, {**flags, "words_only": True}

        value = parse_digits(self.tokens[index].text) if index < len(self.tokens) else None
        if value is not None:
            end, value = self.scaled(index + 1, value)
            return end, value, flags
        glued = _DIGITS_WITH_SCALE.match(self.tokens[index].text) if index < len(self.tokens) else None
        if glued:
            return index + 1, float(glued.group(1).replace(",", "")) * lx.SCALES[glued.group(2).lower()], flags

        words_value = self.words_number(index)
        if words_value is not None:
            end, value = words_value
            if self.word(end) == "dozen":
                return end + 1, value * lx.DOZEN, {**flags, "words_only": True}
            end, value = self.scaled(end, value)
            return end, value, {**flags, "words_only": True}
        if word == "dozen":
            return index + 1, float(lx.DOZEN), {**flags, "words_only": True}
        return None

    def fraction(self, index: int):
        word = self.word(index)
        numerator = word_value(word)
        # "two-thirds" is one token or three ("two", "-", "thirds").
        if "-" in word and word.count("-") == 1:
            head, tail = word.split("-")
            if word_value(head) is not None and tail in lx.FRACTIONS:
                return index + 1, word_value(head) * lx.FRACTIONS[tail]
        if numerator is not None and self.word(index + 1) == "-" and self.word(index + 2) in lx.FRACTIONS and self.word(index + 2) != "half":
            return index + 3, numerator * lx.FRACTIONS[self.word(index + 2)]
        if numerator is not None and numerator > 1 and self.word(index + 1) in ("thirds", "quarters", "fifths"):
            return index + 2, numerator * lx.FRACTIONS[self.word(index + 1)]
        if word in ("a", "one") and self.word(index + 1) in ("third", "quarter", "fifth") and self.word(index + 2) == "of":
            return index + 2, lx.FRACTIONS[self.word(index + 1)]
        if word == "half" and self.word(index + 1) == "of":
            return index + 1, 0.5
        return None

    def words_number(self, index: int):
        """ "twenty five", "twenty-five", "two hundred and fifty" -> (end, value)."""
        word = self.word(index)
        value = word_value(word)
        if value is None:
            return None
        end = index + 1
        if word in lx.TENS and self.word(end) == "-" and self.word(end + 1) in lx.UNITS and lx.UNITS[self.word(end + 1)] < 10:
            value += lx.UNITS[self.word(end + 1)]
            end += 2
        elif word in lx.TENS and self.word(end) in lx.UNITS and 0 < lx.UNITS[self.word(end)] < 10:
            value += lx.UNITS[self.word(end)]
            end += 1
        if self.word(end) == "hundred":
            value *= 100
            end += 1
            rest_at = end + 1 if self.word(end) == "and" else end
            rest = self.words_number(rest_at) if word_value(self.word(rest_at)) is not None and self.word(rest_at) not in lx.WORD_SCALES else None
            if rest is not None and rest[1] < 100:
                end, value = rest[0], value + rest[1]
        return end, float(value)

    def metres(self, index: int) -> bool:
        """ "about 300ft (91m)", "a wave 10m high": a glued "m" with no currency before the
        number, closed by a bracket, a stop or a word of size, is metres ("£5m", "5m people" are
        millions)."""
        start = index - 1
        while start > 0 and self.tokens[start - 1].like_num:
            start -= 1
        if start > 0 and self.tokens[start - 1].text in lx.CURRENCY_SYMBOLS:
            return False
        after = self.word(index + 1)
        return after in (")", ",", ".", ";", "") or after in lx.SIZE_WORDS

    def scaled(self, index: int, value: float):
        """Apply scale words after a number: "1.5 million", "3 m", "10 lakh"."""
        end = index
        while True:
            word = self.word(end)
            if word in lx.WORD_SCALES or word in ("bn", "mn", "tn"):
                value *= lx.SCALES[word]
                end += 1
            elif word in lx.INDIAN_SCALES:
                value *= lx.INDIAN_SCALES[word]
                end += 1
            elif word in ("m", "m.") and end > 0 and self.tokens[end - 1].whitespace_ == "" and not self.metres(end):
                # ("£700m." at the end of a sentence: the tokenizer keeps the stop with the "m".)
                value *= lx.SCALES["m"]
                end += 1
            else:
                return end, value


def find_numbers(tokens) -> list[NumberPhrase]:
    """Every number expression in the tokens, left to right, not overlapping."""
    reader = _Reader(tokens)
    phrases: list[NumberPhrase] = []
    index = 0
    while index < len(tokens):
        phrase = _phrase_at(reader, index, phrases[-1].end if phrases else 0)
        if phrase is None:
            index += 1
            continue
        phrases.append(phrase)
        index = phrase.end
    return phrases


def _phrase_at(reader: _Reader, index: int, floor: int) -> NumberPhrase | None:
    currency = None
    number_start = index
    token_text = reader.tokens[index].text
    if _CURRENCY_PREFIX.match(token_text) or reader.word(index) in lx.CURRENCY_CODES:
        currency = lx.CURRENCY_SYMBOLS.get(token_text[-1]) or lx.CURRENCY_CODES.get(reader.word(index))
        number_start = index + 1
        if number_start >= len(reader.tokens):
            return None
    core = reader.core(number_start)
    if core is None:
        return None
    end, value, flags = core
    phrase = NumberPhrase(
        start=index, end=end, number_start=number_start, number_end=end, value=value, low=value, high=value,
        hedge="exact", currency=currency, fraction=flags["fraction"], vague=flags["vague"], words_only=flags["words_only"],
    )
    if flags["vague"]:
        phrase.hedge, phrase.low, phrase.high = "vague", float(flags["low"]), float(flags["high"])
    if flags["fraction"]:
        phrase.percent = True

    # Trailing currency words and percent signs belong to the expression.
    word = reader.word(phrase.end)
    if word in ("%", "percent", "pc") or (word == "per" and reader.word(phrase.end + 1) == "cent"):
        phrase.percent = True
        phrase.end += 2 if word == "per" else 1

    _apply_range(reader, phrase)
    _apply_prefix_hedge(reader, phrase, floor)
    _apply_beyond(reader, phrase)
    _apply_suffix_hedge(reader, phrase)
    return phrase


def _apply_range(reader: _Reader, phrase: NumberPhrase) -> None:
    """ "40 to 55", "40-55", "between 40 and 55", "two or three": one range claim."""
    connector = reader.word(phrase.end)
    if connector not in lx.RANGE_CONNECTORS or phrase.vague or phrase.fraction:
        return
    if connector == "and" and reader.word(phrase.start - 1) != "between":
        return
    if connector == "to" and reader.word(phrase.start - 1) == "from":
        return  # "rose from 13.8% to 15%": a change between two figures, not a range
    if connector == "to" and reader.word(phrase.start - 1) == "by" and phrase.percent:
        return  # "rise by 6.7% to £12.21": a change and a level ("cut by 10 to 15 percent" is a range)
    if connector == "-" and reader.tokens[phrase.end].whitespace_:
        return  # "5,000 - some say more": a dash, not a range
    second_at = phrase.end + 1
    if second_at < len(reader.tokens) and reader.tokens[second_at].text[:1] in "$£€":
        if phrase.percent:
            return  # "6.7% to £12.21": a share and a sum are no two ends of one range
        second_at += 1
    second = reader.core(second_at) if second_at < len(reader.tokens) else None
    if second is None:
        return
    end, high, flags = second
    low = phrase.value
    if flags["vague"] or flags["fraction"]:
        return
    # "5 to 6 million": the scale written once applies to both ends.
    scale = high / _bare(reader, second_at)
    if scale > 1 and phrase.number_end == phrase.number_start + 1 and end > second_at + 1:
        low *= scale
    if not high > low:
        return
    phrase.end = end
    if reader.word(phrase.end) in ("%", "percent"):
        phrase.percent = True
        phrase.end += 1
    phrase.number_end = end
    phrase.hedge, phrase.low, phrase.high, phrase.value = "range", low, high, (low + high) / 2


def _bare(reader: _Reader, index: int) -> float:
    """The number at index without its scale words ("6" in "6 million")."""
    value = parse_digits(reader.tokens[index].text)
    if value is None:
        words = reader.words_number(index)
        value = words[1] if words else 1.0
    return value or 1.0


def _apply_prefix_hedge(reader: _Reader, phrase: NumberPhrase, floor: int) -> None:
    for words, hedge in lx.HEDGE_PREFIXES:
        start = phrase.start - len(words)
        if start < floor or tuple(reader.word(i) for i in range(start, phrase.start)) != words:
            continue
        if hedge == "range" and phrase.hedge != "range":
            return  # "between" without a second number
        if phrase.hedge == "vague":
            if hedge in ("more_than", "at_least"):
                phrase.hedge, phrase.high = hedge, None
            elif hedge in ("at_most", "less_than"):
                phrase.hedge, phrase.low = hedge, None
            phrase.start = start
            return
        if phrase.hedge == "range":
            phrase.start = start if hedge == "range" else phrase.start
            return
        if words == ("over",) and _word_lemma(reader, phrase.end) in lx.PLACE_NOUNS:
            return  # "over 14 oblasts": across them
        if words == ("over",) and start > floor and _word_lemma(reader, start - 1) in HANDING_VERBS:
            return  # "ordered him to hand over $11bn": the verb's particle, not a hedge
        phrase.start = start
        phrase.hedge = hedge
        value = phrase.value
        if hedge == "approximate":
            below = words in lx.APPROACHING_FROM_BELOW
            phrase.low = value * (1 - lx.APPROXIMATE_SHARE)
            phrase.high = value if below else value * (1 + lx.APPROXIMATE_SHARE)
        elif hedge in ("at_least", "more_than"):
            phrase.low, phrase.high = value, None
        elif hedge in ("at_most", "less_than"):
            phrase.low, phrase.high = None, value
        return


# Verbs that take "over" as their particle: "hand over", "turn over", "take over".
HANDING_VERBS = {
    "hand", "handed", "handing", "turn", "turned", "turning", "take", "took", "taken", "sign", "signed",
    "pas", "passed", "give", "gave", "fork", "forked",
}


def _apply_beyond(reader: _Reader, phrase: NumberPhrase) -> None:
    """ "The toll climbed past 11,000": at least the number, and possibly more."""
    if phrase.hedge == "exact" and reader.word(phrase.start - 1) in lx.BEYOND_WORDS:
        phrase.hedge, phrase.high = "more_than", None


def _word_lemma(reader: _Reader, index: int) -> str:
    word = reader.word(index)
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def _apply_suffix_hedge(reader: _Reader, phrase: NumberPhrase) -> None:
    if phrase.hedge != "exact":
        return
    for words, hedge in lx.HEDGE_SUFFIXES:
        if tuple(reader.word(phrase.end + i) for i in range(len(words))) == words:
            phrase.end += len(words)
            phrase.hedge = hedge
            if hedge == "at_least":
                phrase.high = None
            else:
                phrase.low, phrase.high = phrase.value * (1 - lx.APPROXIMATE_SHARE), phrase.value * (1 + lx.APPROXIMATE_SHARE)
            return
