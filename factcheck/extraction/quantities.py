"""What a number counts, read from the dependency parse: the counted noun (unit), the category of
the quantity (measure), the verb it depends on (event), and what scopes it (scope). Also finds
the explicit zeros: "no casualties", "none of their troops were hurt", "did not suffer casualties".
"""

from __future__ import annotations

from dataclasses import dataclass

from factcheck.extraction import lexicon as lx
from factcheck.extraction.names import is_demonym, name_spans
from factcheck.extraction.numbers import NumberPhrase
from factcheck.extraction.text import in_dateline

# How far up the parse to look for the verb a number depends on.
MAX_HEAD_HOPS = 6
# Dependencies that keep us inside the number's noun phrase while climbing to its verb.
NOUN_PHRASE_DEPS = {"nummod", "quantmod", "amod", "compound", "nmod", "det", "appos", "npadvmod", "poss"}


@dataclass(slots=True)
class Quantity:
    unit: str
    measure: str
    event: str | None
    scope: tuple[str, ...]
    anchor: object  # the token the claim hangs from in the parse (counted noun or number)
    qualifiers: tuple[str, ...] = ()


def span_root(doc, start: int, end: int):
    """The token of [start, end) whose head lies outside it."""
    for token in doc[start:end]:
        if not (start <= token.head.i < end) or token.head.i == token.i:
            return token
    return doc[end - 1]


def _says_it(doc, phrase: NumberPhrase, noun) -> bool:
    """ "fewer than the 41 Ukraine has claimed": the name after the number is who gives it, the
    subject of a clause that leaves out "that", not what it counts."""
    before = doc[phrase.start - 1] if phrase.start > 0 else None
    after = doc[noun.i + 1] if noun.i + 1 < len(doc) else None
    return (
        before is not None and before.lower_ == "the" and noun.tag_ == "NNP" and noun.i == phrase.end
        and after is not None and after.pos_ in ("AUX", "VERB")
    )


def counted_noun(doc, phrase: NumberPhrase):
    """The noun the number counts ("15 ballistic missiles", "dozens of homes", "none of their troops")."""
    glued = doc[phrase.number_end] if phrase.number_end < len(doc) and doc[phrase.number_end - 1].whitespace_ == "" else None
    if glued is not None and glued.lower_ in lx.DISTANCE_UNITS:
        return glued  # "300ft", "91m": a unit written onto the number
    root = span_root(doc, phrase.number_start, phrase.number_end)
    of_object = _of_object(root)
    if root.lower_ in lx.VAGUE or root.lower_ in lx.ZERO_PRONOUNS or root.lower_ in ("dozen", "tens") or phrase.fraction:
        if of_object is not None:
            return of_object
    if root.dep_ in ("nummod", "quantmod", "amod", "compound", "nmod") and root.head.pos_ in ("NOUN", "PROPN", "ADJ") and root.head.i >= phrase.number_end:
        listed = _of_object(root.head) if root.head.lemma_.lower() in lx.LIST_NOUNS else None
        if listed is not None:
            return listed
        noun = root.head
        # "Seven B-2 stealth bombers": the parse may hang the number on a modifier (but in "the
        # 149-car train" the number counts the cars).
        hyphenated = phrase.number_end < len(doc) and doc[phrase.number_end].text == "-"
        while not hyphenated and noun.dep_ == "compound" and noun.head.i > noun.i and noun.head.pos_ in ("NOUN", "PROPN"):
            noun = noun.head
        if _says_it(doc, phrase, noun) or any(token.dep_ == "nummod" and token.head.i == noun.i for token in doc[phrase.end:noun.i]):
            # ("down from 303 five years ago": the years are counted by "five".)
            return None
        return noun
    if of_object is not None:
        return of_object
    total = _total_subject(root)
    if total is not None:
        return total
    following = doc[phrase.end] if phrase.end < len(doc) else None
    # The parser sometimes attaches the number elsewhere while the noun follows it directly.
    if following is not None and following.pos_ == "NOUN" and following.tag_ in ("NNS", "NN") and root.dep_ not in ("pobj",):
        return following
    return None


def _total_subject(root):
    """ "The number of US troops diagnosed ... has risen to 109": the troops are counted."""
    verb = root.head.head if root.dep_ == "pobj" else root.head
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    # "The number ... was confirmed and rose to 80": a conjoined verb shares the subject.
    verbs = [verb, verb.head] if verb.dep_ == "conj" else [verb]
    for candidate in verbs:
        for child in candidate.children:
            # "the toll rose to 80", and "revised the death toll to 3,958", "put the toll at 80"
            if child.dep_ in ("nsubj", "nsubjpass", "dobj") and child.lemma_.lower() in lx.TOTAL_NOUNS and child.i != root.i:
                return _of_object(child) or child
    modal = any(child.dep_ == "aux" and child.tag_ == "MD" for child in verb.children)  # ("deaths could exceed 10,000")
    if verb.lemma_.lower() in REACHING_VERBS and root.dep_ in ("dobj", "pobj") and not modal:
        # "Measles cases in the United States have passed 1,000": what passed it is counted.
        subject = next((child for child in verb.children if child.dep_ == "nsubj" and child.tag_ == "NNS"), None)
        if subject is not None:
            return subject
    if root.dep_ == "pobj" and root.head.lower_ in ("to", "at"):
        # A long subject misparsed ("The number of troops diagnosed with injuries after the
        # attack on the base has risen to 50" hangs "risen" under "diagnosed"): the total
        # the rise belongs to is still above it.
        for ancestor in verb.ancestors:
            # ("raised its estimate of the fish killed in nearby streams to about 43,700")
            if ancestor.pos_ not in ("NOUN", "PROPN"):
                continue  # ("Organizers counted ..., while police put the crowd at 100,000": a verb)
            if (ancestor.dep_ in ("nsubj", "nsubjpass", "ROOT") and ancestor.lemma_.lower() in lx.TOTAL_NOUNS) or (
                ancestor.dep_ == "dobj" and ancestor.lemma_.lower() in lx.TOTAL_NOUNS | {"estimate"}
            ):
                return _of_object(ancestor) or ancestor
    return None


# Verbs by which a count reaches a number.
REACHING_VERBS = {"pass", "top", "surpass", "exceed", "reach", "hit", "cross"}


def _of_object(token):
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            for grandchild in child.children:
                # ("241 of the 242 on board": another number is no thing counted)
                if grandchild.dep_ == "pobj" and grandchild.pos_ != "NUM":
                    return grandchild
    return None


def unit_of(noun) -> str:
    lemma = noun.lemma_.lower()
    text = noun.lower_
    if noun.tag_ == "NNPS" and lemma == text and text.endswith("s") and not text.endswith("ss"):
        lemma = text[:-1]  # "165 Democrats": the tagger leaves a plural name unlemmatised
    if text in lx.UNIT_LEMMA_FIXES:
        lemma = lx.UNIT_LEMMA_FIXES[text]
    elif lemma in lx.UNIT_LEMMA_FIXES:
        lemma = lx.UNIT_LEMMA_FIXES[lemma]
    if text in lx.DISTANCE_UNITS:
        return lx.DISTANCE_UNITS[text]
    if text in lx.CURRENCY_WORDS:
        return lx.CURRENCY_WORDS[text]
    # Noun compounds name what is counted ("service members", "rescue workers").
    compounds = [child.lower_ for child in noun.lefts if child.dep_ == "compound" and child.pos_ == "NOUN"]
    return " ".join([*compounds[-1:], lemma]) if compounds else lemma


def governing_verb(token):
    """The first verb above the token, climbing out of its noun phrase and prepositions."""
    current = token
    for _ in range(MAX_HEAD_HOPS):
        if current.pos_ == "VERB" and current.i != token.i:
            return current
        if current.head.i == current.i:
            return current if current.pos_ in ("VERB", "AUX") else None
        current = current.head
    return None


def measure_of(doc, phrase: NumberPhrase, noun, verb) -> str:
    if phrase.percent:
        return "percent"
    if phrase.currency:
        return "money"
    if noun is not None:
        text = noun.lower_
        if text in lx.CURRENCY_WORDS or noun.lemma_.lower() in lx.MONEY_UNITS:
            return "money"
        if text in lx.DISTANCE_UNITS:
            return "distance"
        if noun.lemma_.lower() in lx.DURATION_UNITS:
            return "duration"
    # "26 of the dead were foreigners": a count of the dead, the injured or the missing is
    # that whatever the verb of the sentence.
    if noun is not None and any(noun.lemma_.lower() in lx.MEASURE_NOUNS[measure] for measure in _STATE_MEASURES):
        return next(measure for measure in _STATE_MEASURES if noun.lemma_.lower() in lx.MEASURE_NOUNS[measure])
    # Harm read from the verbs first: "80 people were killed" is killed, not people; but only
    # when what is counted can be harmed ("2,170 acres burned", "74 drones shot down" cannot).
    if noun is None or _can_be_harmed(noun):
        for word in _harm_words(doc, phrase, noun, verb):
            for measure, lemmas in lx.MEASURE_VERBS.items():
                if word in lemmas:
                    return measure
    if noun is not None:
        lemma = noun.lemma_.lower()
        online = any(child.dep_ == "compound" and child.lower_ in lx.ONLINE_WORDS for child in noun.children)
        for measure in ("killed", "injured", "casualties", "missing", "weapons", "targets", "people"):
            if measure == "targets" and online:
                continue  # "26 social media sites" are no targets
            if lemma in lx.MEASURE_NOUNS[measure] or noun.lower_ in lx.MEASURE_NOUNS[measure]:
                return measure
        if is_demonym(noun) or _names_a_people(noun):
            return "people"
        if lemma in lx.PLACE_TARGET_NOUNS and _struck(noun, verb):
            return "targets"
    if verb is not None and verb.lemma_ in lx.PEOPLE_EVENT_VERBS and noun is None:
        return "people"
    return "other"


# "Some 1,200 people had been taken to hospital": those hurt, counted by where they went.
TO_HOSPITAL_VERBS = {"take", "rush", "bring", "admit", "send", "airlift", "ferry", "transport"}


SEARCHING_VERBS = {"search", "look", "hunt", "comb"}


def _searched_for(noun, verb) -> bool:
    """The people counted are those being searched for: the missing."""
    if noun is None or verb is None or verb.lemma_.lower() not in SEARCHING_VERBS:
        return False
    return noun.dep_ == "pobj" and noun.head.lower_ == "for" and noun.head.head.i == verb.i


def _taken_to_hospital(verb) -> bool:
    if verb is None or verb.lemma_.lower() not in TO_HOSPITAL_VERBS:
        return False
    return any(
        child.dep_ == "prep" and child.lower_ in ("to", "into") and any(
            grandchild.dep_ == "pobj" and grandchild.lemma_.lower() in ("hospital", "clinic", "infirmary") for grandchild in child.children
        )
        for child in verb.children
    )


_STATE_MEASURES = ("killed", "injured", "missing")


def _struck(noun, verb) -> bool:
    """The place was struck: by the clause's verb ("hit six places", "fired missiles at six
    locations") or by the noun it is said of ("the strikes on nine camps")."""
    preposition = noun.head.lower_ if noun.dep_ == "pobj" else None
    if preposition == "from":
        return False  # "missiles launched from three locations"
    if verb is not None and verb.lemma_.lower() in lx.STRIKE_LEMMAS:
        return verb.lemma_.lower() not in lx.LAUNCH_LEMMAS or preposition in ("at", "on", "against", "toward", "towards")
    if preposition is None or noun.head.i == 0:
        return False
    # (The parse may hang "on nine camps" from the clause's verb: the word before says.)
    return any(head.pos_ == "NOUN" and head.lemma_.lower() in lx.STRIKE_LEMMAS for head in (noun.head.head, noun.doc[noun.head.i - 1]))


def _can_be_harmed(noun) -> bool:
    lemma = noun.lemma_.lower()
    if lemma in lx.TOTAL_NOUNS or lemma in lx.MEASURE_NOUNS["killed"] | lx.MEASURE_NOUNS["injured"] | lx.MEASURE_NOUNS["casualties"]:
        return True
    if lemma in lx.MEASURE_NOUNS["people"] or noun.lower_ in lx.MEASURE_NOUNS["people"] or is_demonym(noun):
        return True
    return _names_a_people(noun) or noun.pos_ == "PROPN"


def _names_a_people(noun) -> bool:
    """ "80 Iranians", "200 Danish": a people's name, written with a capital (fish are no people)."""
    return noun.text[:1].isupper() and noun.lemma_.lower().endswith(("ian", "ese", "ish"))


def _harm_words(doc, phrase: NumberPhrase, noun, verb):
    """Lemmas that may say the count is of dead, injured or missing: the verb, its conjuncts'
    participles right after the number ("80 killed"), adjectives on the noun ("80 dead")."""
    words = []
    # The participle right after the number is the most specific: in "2,379 killed and
    # 14,483 injured" the second number's verb is "injured", whatever the parse says.
    after = doc[phrase.end] if phrase.end < len(doc) else None
    if after is not None and after.tag_ in ("VBN", "JJ"):
        words.append(after.lemma_.lower())
        words.append(after.lower_)
    # "27 people had died and four were missing": the state the number's own copula gives
    # comes before the verb the parse climbs to.
    subject = noun if noun is not None else span_root(doc, phrase.number_start, phrase.number_end)
    if subject.dep_ in ("nsubj", "nsubjpass") and subject.head.pos_ == "AUX":
        words.extend(child.lemma_.lower() for child in subject.head.children if child.dep_ in ("acomp", "attr"))
    # "19 foreigners were among the dead": the count is of the group it is among ("Among the
    # dead are 21 protesters, nine inmates and three police personnel": each of the list).
    while subject.dep_ in ("conj", "appos") and subject.head.i != subject.i:
        subject = subject.head
    holder = subject.head if subject.dep_ in ("nsubj", "nsubjpass", "attr") else None
    if holder is not None:
        for child in holder.children:
            if child.dep_ == "prep" and child.lower_ == "among":
                words.extend(grandchild.lower_ for grandchild in child.children if grandchild.dep_ == "pobj")
    if verb is not None:
        words.append(verb.lemma_.lower())
        # "treated for concussion" is an injury although "treat" is not a harm verb.
        if verb.lemma_ == "treat":
            words.append("injure")
        # "10,000 people were missing": the state is the copula's complement; "89 people
        # were officially listed as missing": the state they are listed in.
        words.extend(child.lemma_.lower() for child in verb.children if child.dep_ in ("acomp", "oprd", "attr"))
        # "41 people were known to be missing": the state the verb's complement gives.
        for complement in (child for child in verb.children if child.dep_ == "xcomp"):
            words.append(complement.lemma_.lower())
            words.extend(child.lemma_.lower() for child in complement.children if child.dep_ in ("acomp", "attr"))
        for child in verb.children:
            if child.dep_ == "prep" and child.lower_ == "as":
                for grandchild in child.children:
                    if grandchild.dep_ in ("pobj", "amod", "acomp", "pcomp"):
                        words.extend((grandchild.lower_, grandchild.lemma_.lower()))
    if noun is None and verb is not None:
        # "The number of people confirmed dead ... has risen to 217": the total's own words.
        subjects = [child for child in verb.children if child.dep_ in ("nsubj", "nsubjpass", "csubj")]
        for total in (child for child in subjects if any(token.lemma_.lower() in lx.TOTAL_NOUNS for token in child.subtree)):
            words.extend(_harms_in(total.subtree))
    if noun is not None and noun.head.pos_ == "AUX":
        words.extend(child.lower_ for child in noun.head.children if child.dep_ in ("acomp", "attr"))
    if noun is not None:
        words.extend(child.lemma_.lower() for child in noun.children if child.dep_ in ("amod", "acl"))
        words.extend(child.lemma_.lower() for child in noun.rights if child.tag_ in ("VBN", "JJ"))
        # "troops diagnosed with traumatic brain injuries": the injury is in the noun's clause,
        # or in the clause of the total it is counted in ("the number of troops ...").
        top = noun
        while top.dep_ in ("pobj", "prep") and top.head.pos_ in ("ADP", "NOUN"):
            top = top.head
        # ("the number of people known to have died ... rose to 64": the death after the noun)
        words.extend(_harms_in(top.subtree, after=top.i))
    for index in range(phrase.end, min(phrase.end + 2, len(doc))):
        if doc[index].lower_ in ("dead", "missing", "injured", "wounded"):
            words.append({"dead": "dead", "missing": "miss", "injured": "injure", "wounded": "wound"}[doc[index].lower_])
    return words


def _harms_in(tokens, after: int = -1) -> list[str]:
    """Harm words in the words of a total or of the counted noun's clause: an injury or a
    hospital, a death (after position `after`), the missing."""
    words = []
    for token in tokens:
        lemma = token.lemma_.lower()
        if lemma in ("injury", "concussion", "wound", "hospital", "injure"):
            words.append("injure")
        elif lemma in ("death", "die", "dead", "kill") and token.i > after:
            words.append("kill")
        elif lemma in ("missing", "unaccounted", "unaccounte"):
            words.append("missing")
    return words


# A number's own qualifiers stand right after it ("17 of them at Ain al-Asad"); the window
# ends at the next number or clause break, and is kept short because parses of such lists go
# wrong more often than the words do.
QUALIFIER_WINDOW_TOKENS = 8


def qualifiers_of(doc, phrase: NumberPhrase, anchor) -> tuple[str, ...]:
    """Names that make this quantity a particular one: modifiers of what is counted ("US
    troops", "no Iraqi casualties") and the names right after the number ("five at Erbil")."""
    indices: set[int] = set()
    if anchor is not None and anchor.pos_ in ("NOUN", "PROPN"):
        indices.update(child.i for child in anchor.lefts if child.dep_ in ("compound", "amod", "nmod", "poss"))
    for index in range(phrase.end, min(phrase.end + QUALIFIER_WINDOW_TOKENS, len(doc))):
        token = doc[index]
        # The window is the number's own phrase: it ends where a verb starts the clause
        # ("5,000 US troops | remain in Iraq").
        if token.is_punct and token.text not in ("-", "’", "'") or token.like_num or token.lower_ in ("and", "while", "but", "which", "who") or token.pos_ in ("VERB", "AUX"):
            break
        if token.lower_ in DESTINATION_PREPOSITIONS and token.head.lemma_.lower() in lx.CARRYING_VERBS:
            break  # "carrying 242 people to London": where they were going
        if token.lower_ == "from" and token.head.lemma_.lower() in lx.FATE_VERBS:
            break  # "rescued four hostages from the Nuseirat area": where they were taken from
        indices.add(index)
    return _names_in(doc, indices)


def scope_of(doc, anchor, verb, excluded: set[int]) -> tuple[str, ...]:
    """Names in the clause the figure stands in: what the event verb takes as its place,
    object or target ("fired at US targets in Iraq"). Who speaks, who acts, dates and people
    are left out: they do not tell one quantity from another."""
    indices: set[int] = set(_subtree_indices(anchor))
    if anchor.dep_ in ("nsubj", "nsubjpass") and anchor.head.pos_ == "AUX":
        # "160,000 people were on the National Mall": where a copula puts them.
        for child in anchor.head.children:
            if child.dep_ == "prep" and child.lower_ in LOCATIVE_PREPOSITIONS | {"on"} and len(_subtree_indices(child)) <= MAX_SCOPE_PREP_TOKENS:
                indices.update(_subtree_indices(child))
    if verb is not None:
        passive = any(child.dep_ == "auxpass" for child in verb.children)
        for child in verb.children:
            if child.dep_ == "prep" and child.lower_ in DESTINATION_PREPOSITIONS and verb.lemma_.lower() in lx.CARRYING_VERBS:
                continue  # "a jet carrying 242 people to London": where it was going, not where it happened
            if child.dep_ == "dobj" and passive:
                continue  # "had been killed, among them the son of ... Khalil al-Hayya": a misparsed aside
            if child.dep_ == "advmod" and any(grandchild.lower_ == "than" for grandchild in child.children):
                continue  # "far more than any other U.S. carrier": what it is compared with
            if child.dep_ in ("prep", "dobj", "npadvmod", "advmod", "agent"):
                subtree = _subtree_indices(child)
                if child.dep_ == "agent":
                    # "28 people were killed by Iranian missiles": whose weapons, not where
                    subtree = [index for index in subtree if not is_demonym(doc[index])]
                if child.dep_ != "prep" or len(subtree) <= MAX_SCOPE_PREP_TOKENS:
                    indices.update(subtree)
                elif child.lower_ in LOCATIVE_PREPOSITIONS:
                    # "killed in a crush at New Delhi's main railway station": the place the
                    # event's noun names; "reported in Cuba, where the storm made landfall ...":
                    # the place itself, without the clause that tells of it.
                    for noun in (grandchild for grandchild in child.children if grandchild.dep_ == "pobj"):
                        if noun.pos_ == "PROPN":
                            indices.add(noun.i)
                            indices.update(left.i for left in noun.lefts if left.dep_ == "compound")
                        for inner in noun.children:
                            if inner.dep_ == "prep" and inner.lower_ in LOCATIVE_PREPOSITIONS and len(_subtree_indices(inner)) <= MAX_SCOPE_PREP_TOKENS:
                                indices.update(_subtree_indices(inner))
        # "A quake struck central Myanmar, killing at least 144 people": a participle clause
        # tells what the event did where its verb took place.
        clause = verb
        while clause.dep_ == "conj" and clause.head.i != clause.i:
            clause = clause.head
        if clause.dep_ == "advcl" and clause.tag_ == "VBG" and clause.head.pos_ == "VERB":
            for child in clause.head.children:
                subtree = _subtree_indices(child)
                if child.dep_ in ("dobj", "prep") and len(subtree) <= MAX_SCOPE_PREP_TOKENS:
                    indices.update(subtree)
        # "In Turkey, officials said 5,894 people had died": a place on the reporting verb
        # above the figure scopes the figure.
        current = verb
        for _ in range(MAX_HEAD_HOPS):
            if current.head.i == current.i:
                break
            if current.dep_ == "relcl" and any(child.lower_ == "where" for child in current.children):
                indices.update(_place_of_where(current))
                break
            current = current.head
            if current.lemma_.lower() in lx.REPORTING_VERBS:
                for child in current.children:
                    if child.dep_ == "prep" and child.lower_ in LOCATIVE_PREPOSITIONS and len(_subtree_indices(child)) <= MAX_SCOPE_PREP_TOKENS:
                        indices.update(_subtree_indices(child))
    if verb is not None:
        # "Thailand's toll stands at 20 dead": the place whose toll it is.
        for subject in (child for child in verb.children if child.dep_ in ("nsubj", "nsubjpass") and child.lemma_.lower() in lx.TOTAL_NOUNS):
            indices.update(child.i for child in subject.children if child.dep_ == "poss" and child.pos_ == "PROPN")
    # "killed in three days of fighting with Thailand": the other side of a fight is no place.
    # (The clause's own tokens are read, not the whole sentence's: one-line texts run long.)
    clause = [doc[index] for index in sorted(indices)]
    opponents = {
        index for token in clause if token.dep_ == "prep" and token.lower_ == "with"
        and token.head.lemma_.lower() in FIGHT_NOUNS for index in _subtree_indices(token)
    }
    # "wounded in the Israeli raid": who made an attack, not where it was.
    attackers = {token.i for token in clause if is_demonym(token) and token.head.lemma_.lower() in ATTACK_NOUNS}
    return _names_in(doc, indices - excluded - opponents - attackers)


ATTACK_NOUNS = {
    "raid", "strike", "airstrike", "attack", "assault", "offensive", "operation", "bombardment", "shelling",
    "incursion", "bombing", "barrage",
}
# Nouns of a fight between two sides.
FIGHT_NOUNS = {"fighting", "fight", "clash", "war", "conflict", "battle", "skirmish", "hostility", "confrontation"}


def _place_of_where(clause) -> set[int]:
    """ "at the Spin Boldak crossing in southern Afghanistan, where a spokesman said Pakistani fire
    had killed 12 civilians": the place a "where" clause hangs from, with the phrase it ends."""
    place = clause.head
    while place.dep_ == "pobj" and place.head.dep_ == "prep" and place.head.head.pos_ in ("NOUN", "PROPN"):
        place = place.head.head
    inside = set(_subtree_indices(clause))
    found = {index for index in _subtree_indices(place) if index not in inside}
    return found if len(found) <= MAX_SCOPE_PREP_TOKENS + 2 else set()


def _names_in(doc, indices: set[int]) -> tuple[str, ...]:
    ordered: list[str] = []
    for start, end in name_spans(doc):
        text = doc[start:end].text
        if start in indices and text not in ordered and _scopes(doc, start, end):
            ordered.append(text)
    for token in doc:
        if token.i in indices and is_demonym(token) and token.text not in ordered:
            ordered.append(token.text)
    return tuple(ordered)


def _subtree_indices(token) -> list[int]:
    return [descendant.i for descendant in token.subtree] if token is not None else []


# Titles that make a name a person's ("General Qassem Soleimani"), who does not scope a figure.
PERSON_TITLES = {"general", "gen", "president", "minister", "gov", "governor", "capt", "captain", "lieutenant", "lt", "col", "colonel", "mr", "mrs", "ms", "dr", "sen", "rep", "mayor", "chief", "cmdr", "adm", "sgt", "prime", "king", "queen", "prince", "sheikh", "ayatollah"}
# Prepositional phrases longer than this are asides ("in retaliation for the killing of ..."),
# not the place or target of the event.
MAX_SCOPE_PREP_TOKENS = 7
LOCATIVE_PREPOSITIONS = {"in", "at", "across", "throughout", "inside", "near"}
DESTINATION_PREPOSITIONS = {"to", "for", "toward", "towards"}


def _scopes(doc, start: int, end: int) -> bool:
    """Dates, units ("270 kph", tagged as a name) and people's names do not scope a figure."""
    words = [token.lower_.rstrip(".") for token in doc[start:end]]
    before = doc[start - 1].lower_.rstrip(".") if start > 0 else ""
    if any(word in lx.MONTHS or word in lx.DAYS for word in words):
        return False
    if len(words) == 1 and (words[0] in lx.SPEED_UNITS or words[0] in lx.DISTANCE_UNITS or words[0] in lx.CURRENCY_CODES or words[0] in lx.POWER_UNITS):
        return False
    if len(words) == 1 and _numbered(doc, end):
        return False  # "at the mine's Shaft 11", "Gate 3": a numbered part of the site, no place
    return not (set(words) & PERSON_TITLES or before in PERSON_TITLES)


def _numbered(doc, end: int) -> bool:
    """The name is followed by a bare number that ends its phrase ("Shaft 11,"; not "GM 20%")."""
    if end >= len(doc) or not doc[end].like_num:
        return False
    following = doc[end + 1] if end + 1 < len(doc) else None
    return following is None or (following.is_punct and following.text != "%") or following.pos_ not in ("NOUN", "PROPN", "NUM", "SYM")

_SHARE_WORDS = {"most", "many", "some", "half", "all", "several", "few", "majority", "bulk", "rest"}


def _whole_of_a_part(doc, phrase: NumberPhrase) -> bool:
    """ "most of the (more than) 300 ...": the number counts the whole a share is taken from."""
    index = phrase.start - 1
    if index >= 0 and doc[index].lower_ == "the":
        index -= 1
    return index >= 1 and doc[index].lower_ == "of" and doc[index - 1].lower_ in _SHARE_WORDS


def _fronted_whole(doc, noun) -> bool:
    """The noun is the object of an "Of" that opens the sentence and is set off by a comma."""
    preposition = noun.head
    return (
        noun.dep_ == "pobj" and preposition.lower_ == "of" and preposition.i == 0
        and any(token.text == "," for token in doc[noun.i:preposition.head.i])
    )


def _counts_a_state(noun) -> bool:
    lemma = noun.lemma_.lower()
    return any(lemma in lx.MEASURE_NOUNS[measure] for measure in ("killed", "injured", "missing", "casualties"))


def _mixed_weapons(noun) -> bool:
    """The counted weapons are joined by "and" or "or" to weapons of another kind."""
    weapons = lx.MEASURE_NOUNS["weapons"]
    # ("five jets and a drone": the drone is counted by its own article.)
    return any(
        child.dep_ == "conj" and child.lemma_.lower() in weapons and child.lemma_.lower() != noun.lemma_.lower()
        and not any(grandchild.like_num or grandchild.dep_ == "det" for grandchild in child.children)
        for child in noun.children
    )


def _per_hour(doc, noun) -> bool:
    """ "km per hour", "miles an hour", "km/h": a distance unit that is a speed."""
    following = " ".join(token.lower_ for token in doc[noun.i + 1:noun.i + 3])
    return following.startswith(("per hour", "an hour", "a hour", "/h", "/ h")) or noun.lower_.endswith("/h")


QUAKE_WORDS = {"quake", "earthquake", "tremor", "temblor", "aftershock"}


def _is_magnitude(doc, phrase: NumberPhrase) -> bool:
    """ "a 7.8 magnitude earthquake", "magnitude 7.5", "a 7.8-magnitude quake", "the 6.9 quake"."""
    if not phrase.value.is_integer() and 1 < phrase.value < 10 and _word(doc, phrase.end) in QUAKE_WORDS:
        return True
    around = {_word(doc, phrase.start - 1), _word(doc, phrase.end), _word(doc, phrase.end + 1)}
    # "a magnitude of 6.8", "put the magnitude at 7.0", "revised the magnitude to 6.9"
    if _word(doc, phrase.start - 1) in ("of", "at", "to", "was", "is"):
        around.add(_word(doc, phrase.start - 2))
    return "magnitude" in around


def describe(doc, phrase: NumberPhrase, excluded: set[int] = frozenset()) -> Quantity:
    if _is_magnitude(doc, phrase):
        anchor = span_root(doc, phrase.number_start, phrase.number_end)
        verb = governing_verb(anchor)
        return Quantity("magnitude", "other", verb.lemma_.lower() if verb is not None else None, scope_of(doc, anchor, verb, excluded), anchor, qualifiers_of(doc, phrase, anchor))
    noun = doc[phrase.noun] if phrase.noun is not None else counted_noun(doc, phrase)
    anchor = noun if noun is not None else span_root(doc, phrase.number_start, phrase.number_end)
    verb = governing_verb(anchor)
    measure = measure_of(doc, phrase, noun, verb)
    if measure == "people" and _taken_to_hospital(verb):
        measure = "injured"

    elif measure == "people" and _searched_for(noun, verb):
        measure = "missing"  # "searchers were looking for between 23 and 25 girls"
    if phrase.percent:
        unit = "percent"
    elif phrase.currency:
        unit = phrase.currency
    elif noun is not None and noun.lemma_.lower() in lx.TOTAL_NOUNS:
        # "The death toll rose to 80": a toll with nothing named counts people.
        unit = "person" if noun.lemma_.lower() == "toll" or measure in ("killed", "injured", "missing", "casualties") else ""
        if measure == "other" and any(child.lower_ == "death" for child in noun.children):
            measure = "killed"
    elif noun is not None:
        unit = unit_of(noun)
        if measure == "weapons" and _mixed_weapons(noun):
            unit = "projectile"  # "more than 300 drones and missiles": the whole salvo, of every kind
    elif measure in ("killed", "injured", "missing", "casualties"):
        unit = "person"
    else:
        unit = _toll_unit(verb)
        if unit == "person" and measure == "other":
            measure = "killed"
    # "59 of the dead were protesters, 10 were prisoners": who the dead were is what is counted.
    subject = span_root(doc, phrase.number_start, phrase.number_end)
    if (measure in _STATE_MEASURES or noun is None) and subject.dep_ == "nsubj" and subject.head.lemma_ == "be":
        named = next((child for child in subject.head.children if child.dep_ == "attr"), None)
        if named is not None and named.lemma_.lower() in lx.MEASURE_NOUNS["people"]:
            unit = unit_of(named)
    speed = lx.SPEED_UNITS.get(unit) if noun is not None else None
    if speed and (unit not in lx.DISTANCE_UNITS.values() or _per_hour(doc, noun)):
        measure, unit = "other", speed
    # A currency word after the number ("10 lakh rupees", "a 61bn peso plan") makes it money.
    following = doc[phrase.end] if phrase.end < len(doc) else None
    if noun is not None and noun.lower_ in lx.CURRENCY_WORDS:
        measure, unit = "money", lx.CURRENCY_WORDS[noun.lower_]
    elif not phrase.currency and following is not None and following.lower_ in lx.CURRENCY_WORDS:
        measure, unit = "money", lx.CURRENCY_WORDS[following.lower_]
    event = verb.lemma_.lower() if verb is not None else None
    if event == "bring" and any(child.dep_ == "prt" and child.lower_ == "down" for child in verb.children):
        event = "down"  # "brought down five jets" (not "brought the toll to")
    if event == "shoot" and noun is None and measure in _STATE_MEASURES and any(child.dep_ == "prt" and child.lower_ == "down" for child in verb.children):
        # "of which only three were shot down": brought down, not killed; what was counted before.
        measure, unit = "other", ""
    if noun is not None:
        # "the more than 300 drones that Iran fired": the noun's own clause says what they did.
        own = next((child for child in noun.children if child.dep_ == "relcl" and child.pos_ == "VERB"), None)
        counts_it = span_root(doc, phrase.number_start, phrase.number_end).head.i == noun.i
        # (Not when they are the object of the clause's verb: "shot down 25 drones that
        # entered its airspace" were shot down.)
        object_of_verb = verb is not None and noun.dep_ == "dobj" and noun.head.i == verb.i and verb.lemma_ not in lx.REPORTING_VERBS
        if own is not None and measure == "weapons" and counts_it and not object_of_verb:
            event = own.lemma_.lower()
    # "at least 26 people have been killed and 46 injured": the participle right after the
    # number is its own event.
    if following is not None and following.tag_ == "VBN" and measure in _STATE_MEASURES and event != following.lemma_.lower():
        if any(following.lemma_.lower() in lemmas for lemmas in lx.MEASURE_VERBS.values()):
            event = following.lemma_.lower()
    elif following is not None and following.tag_ == "VBN" and following.dep_ == "acl" and noun is None:
        event = following.lemma_.lower()  # "as many as 20 warplanes were hit, with about 10 destroyed"
    if anchor.dep_ in ("nsubj", "nsubjpass") and anchor.head.pos_ == "AUX":
        event = None  # "107,000 was a large number by any standard": a copula tells of no event
    if noun is not None and _makes_up(noun):
        event = "consist"  # "The train, of 149 cars, was travelling ...": what the train is made of
    if noun is not None and any(
        child.dep_ == "acl" and child.tag_ == "VBN" and any(grandchild.dep_ == "agent" for grandchild in child.children)
        and child.lemma_.lower() in lx.REPORTING_VERBS | lx.ACKNOWLEDGING_VERBS
        for child in noun.children
    ):
        event = None  # "far more than the 30 deaths acknowledged by the government": no event of the clause's
    if event == "leave" and verb is not None and any(child.dep_ == "auxpass" for child in verb.children) and any(
        child.dep_ == "prep" and child.lower_ in ("in", "inside", "behind") for child in verb.children
    ):
        event = "strand"  # "150,000 people had been left in El Fasher": those who could not leave
    if _whole_of_a_part(doc, phrase):
        event = None  # "most of the more than 300 projectiles were shot down": the verb is the part's
    elif measure in _STATE_MEASURES and noun is not None and _fronted_whole(doc, noun) and not _counts_a_state(noun):
        # "Of the 242 people on board, 241 were killed": the verb is the part's.
        measure, event = "people", None
    return Quantity(
        unit=unit, measure=measure, event=event, scope=scope_of(doc, anchor, verb, excluded), anchor=anchor,
        qualifiers=_with_actor(_with_proposer(qualifiers_of(doc, phrase, anchor), doc, phrase, verb, measure), anchor, verb, measure),
    )


# Things made of a counted number of others: "the train, of 149 cars", "a 149-car train".
MADE_OF_NOUNS = {"train", "convoy", "fleet", "flotilla", "motorcade", "column"}


def _makes_up(noun) -> bool:
    """The counted noun is what a train or convoy is made of."""
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in MADE_OF_NOUNS:
        return True
    return noun.dep_ == "compound" and head.lemma_.lower() in MADE_OF_NOUNS


# Verbs of a negotiation, whose subject says whose position the number is.
PROPOSING_VERBS = {"offer", "propose", "demand", "seek", "want", "bid", "counter"}


def _with_proposer(qualifiers: tuple[str, ...], doc, phrase: NumberPhrase, verb, measure: str) -> tuple[str, ...]:
    """ "Ford has offered 20%, GM 20% and Stellantis 21%": each number is its offerer's,
    named as the subject of the offer or, in the list that leaves the verb out, right before
    the number."""
    if measure not in ("money", "percent") or verb is None or verb.lemma_.lower() not in PROPOSING_VERBS:
        return qualifiers
    before = doc[phrase.start - 1] if phrase.start > 0 else None
    if before is not None and before.pos_ == "PROPN" and before.head.i != verb.i:
        names = [before]
    else:
        names = [child for child in verb.children if child.dep_ == "nsubj" and child.pos_ == "PROPN"]
    found = [name for name in _names_in(doc, {token.i for name in names for token in name.subtree}) if name not in qualifiers]
    return qualifiers + tuple(found[:1])


def _with_actor(qualifiers: tuple[str, ...], anchor, verb, measure: str) -> tuple[str, ...]:
    """ "Delta canceled about 7,000 flights": a count of things a named subject acted on is that
    subject's (the airline's cancellations, not every airline's)."""
    if measure != "other" or verb is None or anchor is None or anchor.dep_ != "dobj" or anchor.head.i != verb.i:
        return qualifiers
    if anchor.pos_ != "NOUN":
        return qualifiers  # "Ford has laid off about 600 in Michigan": what is counted is left unsaid
    if verb.lemma_.lower() in lx.REPORTING_VERBS | HOLDING_VERBS:
        return qualifiers
    actor = _subject_of(verb)
    if actor is not None and actor.pos_ == "PRON":
        # "Ford said it would have to lay off about 600 workers": the speaker is the actor.
        actor = next((_subject_of(head) for head in _heads(verb) if head.lemma_.lower() in lx.REPORTING_VERBS), None)
    if actor is not None and in_dateline(actor):
        # ("NEW DELHI, June 4 (Reuters) - ... Bharatiya Janata Party won 240 seats": the parse may
        # make the dateline the subject and the actor its apposition.)
        actor = next((child for child in actor.children if child.dep_ == "appos" and not in_dateline(child)), None)
    if actor is None or actor.pos_ != "PROPN":
        return qualifiers
    # (The actor's own name, not every name its phrase holds: "NEW DELHI, June 4 (Reuters) -
    # Prime Minister Narendra Modi's Bharatiya Janata Party won 240 seats".)
    own = {actor.i} | {child.i for child in actor.children if child.dep_ == "compound"}
    found = [name for name in _names_in(anchor.doc, own) if name not in qualifiers]
    # ("Hurricane Milton left more than 3 million homes without power", "The Park Fire had
    # burned about 386,000 acres": a storm or a fire is the story's event, not an owner.)
    return qualifiers + tuple(
        name for name in found[:1] if name.split()[0].lower() not in STORM_WORDS and name.split()[-1].lower() not in DISASTER_NOUNS
    )


STORM_WORDS = {"hurricane", "cyclone", "typhoon", "tropical", "storm", "super"}
DISASTER_NOUNS = {"fire", "wildfire", "blaze", "flood", "floods", "earthquake", "quake", "storm", "eruption"}


# Verbs of what a subject has, not what it did: "Wang Fuk Court has eight blocks".
HOLDING_VERBS = {"have", "include", "contain", "comprise", "own", "hold", "number", "total", "be"}


def _subject_of(verb):
    """The verb's subject, or that of the verb it completes ("would have to lay off")."""
    while verb is not None:
        subject = next((child for child in verb.children if child.dep_ == "nsubj"), None)
        if subject is not None or verb.dep_ not in ("xcomp", "ccomp") or verb.head.i == verb.i:
            return subject
        verb = verb.head
    return None


def _heads(token, hops: int = 3):
    """The tokens above this one, nearest first."""
    for _ in range(hops):
        if token.head.i == token.i:
            return
        token = token.head
        yield token


def _toll_unit(verb) -> str:
    """ "The death toll rose to 80": a toll counts people."""
    if verb is None:
        return ""
    for child in verb.children:
        if child.dep_ in ("nsubj", "nsubjpass") and child.lemma_ == "toll":
            return "person"
    return ""


# --- explicit zeros -------------------------------------------------------------------------


def find_zeros(doc) -> list[NumberPhrase]:
    """Zeros stated in words: "none of their troops were hurt", "no one was killed", "no
    casualties", "did not suffer casualties". Refusals to give a number are not zeros."""
    phrases = []
    for token in doc:
        lower = token.lower_
        if lower in lx.ZERO_PRONOUNS or (lower == "no" and _word(doc, token.i + 1) in ("one",) and doc[token.i + 1].pos_ != "NUM"):
            end = token.i + (2 if lower == "no" else 1)
            if _zero_is_about_harm(doc, token, end):
                phrases.append(_zero_phrase(token.i, end))
        elif lower == "no" and token.dep_ == "det" and token.head.pos_ in ("NOUN", "PROPN"):
            noun = token.head
            lemma = noun.lemma_.lower()
            if lemma in lx.ZERO_NOT_FIGURE_NOUNS:
                continue
            if lemma in ("casualty", "death", "fatality", "injury", "victim", "loss", "survivor", "injured", "dead", "wounded"):
                phrases.append(_zero_phrase(token.i, noun.i + 1, noun=noun.i))
            elif (lemma in lx.ZERO_NOUN_LEMMAS or _is_people(noun)) and _harmed(noun):
                # "no American was killed", "no Americans had been hurt"
                phrases.append(_zero_phrase(token.i, noun.i + 1, noun=noun.i))
            elif noun.tag_ == "NNS" and (lemma in lx.COUNTABLE_THINGS or lemma in lx.MEASURE_NOUNS["weapons"]) and noun.dep_ in ("nsubj", "nsubjpass", "dobj", "attr"):
                # "no aid convoys crossed", "no missiles were intercepted"
                phrases.append(_zero_phrase(token.i, noun.i + 1, noun=noun.i))
        elif lower in ("not", "n't", "never") and token.dep_ == "neg":
            verb = token.head
            if verb.lemma_ in lx.EXPERIENCE_VERBS and verb.lemma_ not in lx.DISCLOSURE_VERBS:
                for child in verb.children:
                    if child.dep_ == "dobj" and child.lemma_.lower() in ("casualty", "death", "fatality", "injury", "loss"):
                        start = min([token.i] + [t.i for t in verb.children if t.dep_ in ("aux", "neg") and t.i < verb.i])
                        phrases.append(_zero_phrase(start, child.i + 1, noun=child.i))
    return phrases


def _zero_phrase(start: int, end: int, noun: int | None = None) -> NumberPhrase:
    return NumberPhrase(
        start=start, end=end, number_start=start, number_end=end, value=0.0, low=0.0, high=0.0, hedge="exact", zero=True, noun=noun
    )


def _zero_is_about_harm(doc, token, end: int) -> bool:
    verb = governing_verb(token)
    words = set()
    if verb is not None:
        words.add(verb.lemma_.lower())
        words.update(child.lemma_.lower() for child in verb.children if child.dep_ in ("acomp", "oprd", "attr"))
    words.update(doc[index].lemma_.lower() for index in range(end, min(end + 4, len(doc))))
    of_object = _of_object(token)
    if of_object is not None and verb is None:
        return False
    return bool(words & (lx.ZERO_EVENT_VERBS | {"injured", "dead", "hurt", "wounded", "harm", "missing", "casualty"}))


def _is_people(noun) -> bool:
    lemma = noun.lemma_.lower()
    return lemma in lx.MEASURE_NOUNS["people"] or is_demonym(noun) or lemma.endswith(("ian", "ese", "ish", "ans"))


def _harmed(noun) -> bool:
    """The noun is what a harm verb happened to: its subject (passive or not) or object."""
    verb = noun.head
    return noun.dep_ in ("nsubj", "nsubjpass", "dobj") and verb.lemma_.lower() in lx.ZERO_EVENT_VERBS


def _word(doc, index: int) -> str:
    return doc[index].lower_ if 0 <= index < len(doc) else ""
