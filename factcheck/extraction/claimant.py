"""Who asserts a figure: the speaker of the reporting verb that governs it in the parse.

Shapes handled: "X said (that) ...", "..., X said.", "X told Reuters", "according to X",
"it was reported by X", nested reports ("Fars said an army spokesman had denied ...": the inner
speaker is the claimant, the chain is kept), pronouns resolved to the speaker named before,
and quotations running over several sentences whose speaker is named outside the sentence.
"""

from __future__ import annotations

import re

from factcheck.extraction import lexicon as lx
from factcheck.extraction.text import DATELINE, in_dateline

# Clause-internal relations that end a speaker's noun phrase ("Britain, which also has ...").
NOUN_PHRASE_STOP_DEPS = {"relcl", "acl", "advcl", "punct", "cc", "ccomp", "xcomp", "parataxis"}
# Prepositional phrases longer than this are not part of a speaker's name.
MAX_PREP_TOKENS = 5
# Speakers who are named by the quotation they stand in, not by themselves.
FIRST_PERSON = {"we", "i", "us", "our"}
# How many sentences back a pronoun may find its speaker.
PRONOUN_LOOKBACK_SENTENCES = 6


def speaker_phrase(token) -> str:
    """The noun phrase headed by token, as written, without relative clauses and asides:
    "Britain, which also has personnel in Iraq," is "Britain"; "Germany, Denmark, Norway and
    Poland" stays whole; "the head of the city administration, Serhii Popko" is the person."""
    if token.pos_ == "NOUN":
        named = [child for child in token.subtree if child.dep_ == "appos" and child.pos_ == "PROPN" and child.i > token.i]
        if named:
            token = named[0]
    dropped: set[int] = set()
    for descendant in token.subtree:
        # "a group of rights organisations including Amnesty Kenya": asides deeper in the
        # phrase go too.
        deep = descendant.head.i != token.i
        if descendant.i != token.i and descendant.head.i not in dropped and (not deep or descendant.dep_ == "prep") and _drops(descendant):
            dropped.update(below.i for below in descendant.subtree)
        elif not deep and descendant.dep_ == "case":
            dropped.add(descendant.i)  # "the government's 5.9%": the government
    kept = sorted(descendant.i for descendant in token.subtree if descendant.i not in dropped)
    # The contiguous run of kept tokens around the head.
    start = end = token.i
    kept_set = set(kept)
    while start - 1 in kept_set:
        start -= 1
    while end + 1 in kept_set:
        end += 1
    start, end = _through_titles(token.doc, start, end)
    # "LONDON, Sept 23 (Reuters) - British finance minister ...", "Islamabad, Pakistan -
    # Pakistan says ...": the dateline is no part of a name.
    sentence = token.sent
    dateline = DATELINE.match(sentence.text)
    if dateline:
        while start < end and token.doc[start].idx < sentence.start_char + dateline.end():
            start += 1
    phrase = DATELINE.sub("", token.doc[start:end + 1].text)
    # "The British Medical Association (BMA)": the name, without its short form.
    phrase = _SHORT_FORM.sub("", phrase)
    return phrase.strip(" ,;:-—–\"'“”‘’()")


_SHORT_FORM = re.compile(r"\s*\([A-Z][A-Za-z.]{1,9}\)?\s*$")


def _through_titles(doc, start: int, end: int) -> tuple[int, int]:
    """ "according to Brig. Gen. (res.) Reem Aminoach": the parser breaks a name at a title
    whose full stop it split off. The name runs back over such titles and, from one, on to the
    next comma."""
    extended = False
    while True:
        if start >= 2 and doc[start - 1].text == "." and doc[start - 2].lower_ in lx.TITLE_ABBREVIATIONS:
            start -= 2  # "Brig" "." split apart
        elif start >= 1 and doc[start - 1].lower_.rstrip(".") in lx.TITLE_ABBREVIATIONS and doc[start - 1].text.endswith("."):
            start -= 1  # "Gen." kept whole
        else:
            break
        extended = True
    if extended and start >= 1 and doc[start - 1].pos_ == "PROPN":
        start -= 1  # "Navy Lt. Cmdr. Michael Howard": the service before the rank
    if doc[end].lower_ not in lx.TITLE_ABBREVIATIONS or end + 1 >= len(doc) or doc[end + 1].text != ".":
        return start, end
    last = end + 1
    while last + 1 < len(doc) and (doc[last + 1].is_title or doc[last + 1].pos_ == "PROPN" or doc[last + 1].text in (".", "(", ")")):
        last += 1
    return start, last


def _drops(child) -> bool:
    if child.dep_ in NOUN_PHRASE_STOP_DEPS and child.dep_ not in ("punct", "cc"):
        return True
    if child.dep_ == "appos" and (_set_off(child) or child.pos_ == "NUM"):
        return True  # "Smith, a spokesman," and "Smith, 45,": the head's own name is enough
    if child.pos_ == "NUM" and child.i > child.head.i:
        return True
    if child.dep_ == "prep" and child.lower_ in ("of", "on", "for") and _names_only(child):
        # "Commissioner of Police Stephen Lo Wai-chung", "the Kenya National Commission on
        # Human Rights": one title and name
        return False
    if child.dep_ == "prep" and (_kept_length(child) > MAX_PREP_TOKENS or child.lower_ not in ("of", "in", "for", "at")):
        return True
    return False


def _set_off(appos) -> bool:
    """ "Smith, a spokesman": an aside set off by punctuation; "President William Ruto" is
    the title's own name."""
    first = min(token.i for token in appos.subtree)
    return any(token.is_punct for token in appos.doc[appos.head.i + 1:first]) or first > appos.head.i + 1 and appos.head.pos_ != "PROPN"


def _kept_length(prep) -> int:
    """The tokens of a prepositional phrase, without the asides within it."""
    inner = [child for child in prep.subtree if child.i != prep.i and child.dep_ == "prep" and child.head.i != prep.i and child.lower_ not in ("of", "in", "for", "at")]
    return len(list(prep.subtree)) - sum(len(list(child.subtree)) for child in inner)


def _names_only(prep) -> bool:
    words = [token for token in prep.subtree if token.i != prep.i]
    return bool(words) and all(token.pos_ == "PROPN" or token.is_punct for token in words)


def source_of(speaker):
    """ "figures from the ministry", "a statement by the army": the body behind the document."""
    if speaker.lemma_.lower() not in lx.DOCUMENT_NOUNS:
        return speaker
    for child in speaker.children:
        if child.dep_ == "prep" and child.lower_ in ("from", "by", "of"):
            for grandchild in child.children:
                if grandchild.dep_ == "pobj":
                    return grandchild
    return speaker


def subject_of(verb):
    """The speaker of a reporting verb: its subject, or the agent of a passive ("reported by X")."""
    subject = None
    for child in verb.children:
        # A passive subject is what is reported ("80 were reported killed"), never who reports.
        if child.dep_ == "nsubj" and (subject is None or child.i < verb.i):
            subject = child
        elif child.dep_ == "agent":
            for grandchild in child.children:
                if grandchild.dep_ == "pobj":
                    return grandchild
    if subject is not None and subject.lower_ in ("who", "which", "that") and verb.dep_ == "relcl":
        # "the mayor, who had warned ...": the relative pronoun is the mayor; "the commission,
        # a state-funded watchdog, which has said ...": the watchdog is the commission.
        return verb.head.head if verb.head.dep_ == "appos" else verb.head
    if subject is None and verb.dep_ in ("conj", "xcomp", "advcl") and verb.head.pos_ in ("VERB", "AUX"):
        # "The ministry said ... and added that ...": the conjunct shares its subject.
        # "He defended the use of force, saying officers had fired ...": the participle's
        # speaker is the subject of the clause it hangs from.
        participle = verb.dep_ == "advcl" and verb.tag_ == "VBG"
        if verb.dep_ == "conj" and not _joined_by_a_conjunction(verb) and not any(
            child.dep_ in ("dobj", "ccomp", "xcomp") for child in verb.children
        ):
            # "Seven bombers dropped 14 bombs ..., Gen. Dan Caine, chairman of ..., said on
            # Sunday": a closing "said" the parse made a conjunct shares no subject (a
            # conjunct that says something does: "The Survey, tabled on Tuesday, projected ...").
            return None
        return subject_of(verb.head) if verb.head.lemma_ in lx.REPORTING_VERBS or verb.dep_ == "conj" or participle else None
    if subject is not None and in_dateline(subject):
        # "MALANG, Indonesia (AP) — East Java's deputy governor, Emil Dardak, revised ...": the
        # parse may make the dateline the subject and the speaker its apposition.
        return next((child for child in subject.children if child.dep_ == "appos" and not in_dateline(child)), subject)
    return subject


def _joined_by_a_conjunction(verb) -> bool:
    """The conjunct verb follows an "and", "but" or "or" (on either conjunct)."""
    head = verb.head
    return any(child.dep_ == "cc" and child.i < verb.i for child in (*head.children, *verb.children))


def looks_like_speaker(token) -> bool:
    if token.pos_ == "PROPN":
        return True
    if token.lower_ in lx.SPEAKER_PRONOUNS:
        return True
    words = {child.lower_ for child in token.subtree} | {token.lower_, token.lemma_.lower()}
    return bool(words & lx.SPEAKER_HEADS)


# Verbs that report a figure only when what they change is a figure: "the ministry raised the
# toll to 80" reports; "India will raise capital expenditure to 10 trillion rupees" decides.
REVISING_VERBS = {"raise", "lower", "cut", "update", "revise"}
FIGURE_NOUNS = {"estimate", "forecast", "projection", "outlook", "assessment", "tally", "toll", "figure", "count", "number", "total"}


def _revises_a_figure(verb) -> bool:
    objects = [child for child in verb.children if child.dep_ in ("dobj", "nsubjpass")]
    return not objects or any(child.lemma_.lower() in FIGURE_NOUNS or child.lemma_.lower() in lx.TOTAL_NOUNS for child in objects)


def describes_a_speaker(anchor) -> bool:
    """ "aid groups working with the 80 survivors say ...": the number is part of who speaks,
    reported by no one the sentence quotes."""
    previous, current = anchor, anchor.head
    for _ in range(12):
        if (
            current.pos_ in ("VERB", "AUX") and current.lemma_.lower() in lx.REPORTING_VERBS and previous.dep_ == "nsubj"
            and previous.i != anchor.i and previous.lemma_.lower() not in lx.TOTAL_NOUNS and looks_like_speaker(previous)
            and not in_dateline(previous)
        ):
            return True
        if current.head.i == current.i:
            return False
        previous, current = current, current.head
    return False


def reporting_chain(anchor) -> list:
    """Speaker tokens of the reporting verbs above the anchor, outer first."""
    chain = []
    acknowledged = _acknowledged_by(anchor)
    if acknowledged is not None:
        chain.append(acknowledged)
    previous = anchor
    current = anchor.head
    hops = 0
    while hops < 12:
        hops += 1
        if describes_a_speaker(anchor) and previous.dep_ == "nsubj" and current.lemma_.lower() in lx.REPORTING_VERBS:
            break  # inside a speaker's description: see describes_a_speaker
        cited = _cited(current)
        if cited is not None and cited not in chain and not _inside(anchor, cited):
            chain.append(cited)
        if current.pos_ in ("VERB", "AUX") and current.lemma_.lower() in lx.REPORTING_VERBS and (
            previous.dep_ not in ("nsubj", "nsubjpass") or _object_taken_for_subject(previous, current) or in_dateline(previous)
        ) and not _adds_a_thing(current, previous):
            speaker = subject_of(current)
            cited = _cited(speaker) if speaker is not None else None
            if cited is not None and cited not in chain and not _inside(anchor, cited):
                chain.append(cited)  # "Fars news agency, quoting an army spokesman, said ..."
            if speaker is not None and speaker.lower_ in FIRST_PERSON:
                speaker = None  # "we counted 34," said the ministry: the quote's speaker names them
            if speaker is not None and speaker.lemma_.lower() in lx.TOTAL_NOUNS:
                speaker = None  # "the number of people confirmed dead": a count, not a speaker
            if speaker is not None and current.lemma_.lower() in REVISING_VERBS and not _revises_a_figure(current):
                speaker = None  # "India will raise capital expenditure": a policy, not a report
            if speaker is not None and _negated(current):
                speaker = None  # "an increase forecasters had not predicted": not an assertion
            # "the commission, which has said 22 people were killed": the figure lies in the
            # relative clause that reports it, within the speaker's phrase but not its description.
            relative = current.dep_ == "relcl" and speaker is not None and speaker.i == current.head.i
            if speaker is not None and (relative or not _inside(anchor, speaker)):
                weak = current.lemma_.lower() in lx.WEAK_REPORTING_VERBS
                # "survivors have been found": a weak verb reports only in the active voice.
                # ("the police, who counted 119,000": the relative pronoun is the active subject.)
                active = speaker.dep_ == "nsubj" or (speaker.dep_ == "appos" and in_dateline(speaker.head)) or (relative and any(
                    child.dep_ == "nsubj" and child.lower_ in ("who", "which", "that") for child in current.children
                ))
                if not weak or (looks_like_speaker(speaker) and active):
                    chain.append(speaker)
        according = _according_to(current)
        if according is not None and according not in chain and not _inside(anchor, according):
            chain.append(according)
        claimed = _claimed_by(current)
        if claimed is not None and claimed not in chain and not _inside(anchor, claimed):
            chain.append(claimed)
        if current.head.i == current.i:
            closing = _closing_speaker(current, anchor) if not chain else None
            if closing is not None:
                chain.append(closing)
            break
        previous, current = current, current.head
    # Sentence-level "according to X" attached anywhere.
    for token in anchor.doc:
        if token.lower_ == "according":
            speaker = _according_to_from(token)
            if speaker is not None and speaker not in chain:
                chain.append(speaker)
    chain.reverse()
    return chain


def _acknowledged_by(anchor):
    """ "the 30 deaths acknowledged by the government": a figure its noun says someone gave."""
    noun = anchor.head if anchor.dep_ == "nummod" else anchor
    for clause in noun.children:
        if clause.dep_ == "acl" and clause.tag_ == "VBN" and clause.lemma_.lower() in lx.REPORTING_VERBS | lx.ACKNOWLEDGING_VERBS:
            for agent in clause.children:
                if agent.dep_ == "agent":
                    speaker = next((child for child in agent.children if child.dep_ == "pobj"), None)
                    if speaker is not None and looks_like_speaker(speaker):
                        return speaker
    return None



def _closing_speaker(root, anchor):
    """ "At least 24 people were killed after ..., and searchers were looking for ..., officials
    said Saturday.": the parser may join the closing "officials said" to the first clause as
    its conjunct; said last in the sentence, it reports all that went before."""
    for verb in root.children:
        if verb.dep_ != "conj" or verb.i < anchor.i or verb.lemma_.lower() not in lx.REPORTING_VERBS:
            continue
        speaker = subject_of(verb)
        after = [token for token in verb.doc[verb.i + 1:verb.sent.end] if not token.is_punct]
        if speaker is not None and anchor.i < speaker.i < verb.i and looks_like_speaker(speaker) and all(
            token.dep_ in ("npadvmod", "advmod", "tmod") or token.ent_type_ in ("DATE", "TIME") for token in after
        ):
            return speaker
    return None


CLAIM_NOUNS = {"claim", "assertion", "allegation", "contention"}


def _claimed_by(token):
    """ "Asked about Pakistan's claim of having shot down five Indian jets": whose claim it is."""
    if token.pos_ != "NOUN" or token.lemma_.lower() not in CLAIM_NOUNS:
        return None
    owner = next((child for child in token.children if child.dep_ == "poss"), None)
    return owner if owner is not None and (owner.pos_ == "PROPN" or looks_like_speaker(owner)) else None


def _adds_a_thing(verb, previous) -> bool:
    """ "Employers added 254,000 jobs", "far above the 150,000": "add" reports only what it
    adds as a clause ("he added that 40 were killed"); a thing added is an event."""
    return verb.lemma_.lower() == "add" and previous.dep_ not in ("ccomp", "parataxis", "xcomp", "advcl", "csubj")


def _cited(token):
    """The source a speaker cites: "State television, citing the ministry, said ..."."""
    for child in token.children:
        if child.dep_ in ("advcl", "acl") and child.lemma_.lower() in ("cite", "quote"):
            for grandchild in child.children:
                if grandchild.dep_ == "dobj" and looks_like_speaker(source_of(grandchild)):
                    return source_of(grandchild)
    return None


def _inside(anchor, speaker) -> bool:
    """The candidate speaker contains the figure itself ("80 people said")."""
    return any(token.i == anchor.i for token in speaker.subtree)


def _according_to(token):
    for child in token.children:
        if child.lower_ == "according":
            return _according_to_from(child)
    return None


def _according_to_from(according):
    for child in according.children:
        if child.lower_ == "to":
            for grandchild in child.children:
                if grandchild.dep_ == "pobj":
                    return source_of(grandchild)
    return None


def is_pronoun(text: str | None) -> bool:
    return bool(text) and text.lower() in lx.SPEAKER_PRONOUNS


def nearest_reporting_speaker(doc, anchor):
    """A parenthetical attribution the parse did not attach to the figure's clause:
    "Tens of thousands marched, police said, while ...". The nearest reporting verb wins;
    one that reports something else ("warned that the figure could double") does not count."""
    best = None
    for token in doc:
        if token.pos_ not in ("VERB", "AUX") or token.lemma_.lower() not in lx.REPORTING_VERBS or token.lemma_.lower() in lx.WEAK_REPORTING_VERBS:
            continue
        if _negated(token):
            continue
        if token.lemma_.lower() == "add" and any(child.dep_ == "dobj" for child in token.children):
            continue  # "employers added 254,000 jobs": adding a thing reports nothing
        complements = [child for child in token.children if child.dep_ in ("ccomp", "xcomp") and child.i != anchor.i]
        if complements and not any(_inside(anchor, complement) for complement in complements):
            continue
        speaker = subject_of(token)
        if speaker is None or _inside(anchor, speaker):
            speaker = _name_before(token)
        if speaker is None or speaker.lower_ in FIRST_PERSON or _inside(anchor, speaker):
            continue
        distance = abs(token.i - anchor.i)
        if best is None or distance < best[0]:
            best = (distance, speaker)
    return best[1] if best else None


def _object_taken_for_subject(token, verb) -> bool:
    """ "the Congressional Budget Office says $1.5tn": a second subject after the verb is what
    it says."""
    return token.i > verb.i and any(child.dep_ == "nsubj" and child.i < verb.i for child in verb.children)


def _negated(verb) -> bool:
    """ "had not predicted", "did not confirm": who did not say a thing is not its claimant."""
    return any(child.dep_ == "neg" for child in verb.children)


def _name_before(verb):
    """ "..., the city's mayor, Abdulmenam al-Ghaithi, told Al Arabiya": when the parse loses
    the subject of a sentence-final reporting verb, the noun right before it is the speaker."""
    index = verb.i - 1
    doc = verb.doc
    while index >= 0 and doc[index].is_punct:
        index -= 1
    if index < 0 or doc[index].pos_ not in ("PROPN", "NOUN"):
        return None
    token = doc[index]
    while token.dep_ == "compound" and token.head.i > token.i:
        token = token.head
    # "Gen. Dan Caine, chairman of the Joint Chiefs of Staff, said": from the end of the title
    # to the title, and from the title to the name it describes.
    while token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.pos_ in ("NOUN", "PROPN"):
        token = token.head.head
    if token.dep_ == "appos" and token.pos_ == "NOUN" and token.head.pos_ == "PROPN" and token.head.i < token.i:
        token = token.head
    if token.lower_ in lx.DAYS or token.lower_ in lx.MONTHS:
        return None  # "scientists estimated on Wednesday, saying ...": a day says nothing
    return token if looks_like_speaker(token) else None
