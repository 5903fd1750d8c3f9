"""Reports of one salvo of drones and missiles: kinds of missile counted apart, the whole salvo
apart from each kind, shares of it, and places that name who fired, who was aimed at and who
shot down (the lessons of the April 2024 attack on Israel)."""

import dataclasses
import datetime

import pytest

from factcheck.extraction import ClaimFrame
from factcheck.matching import ClaimRef, match_claims
from factcheck.matching.features import CHILDREN, PART, claim_scope, event_class, qualifier_keys, subject_key, weapon_kind
from factcheck.matching.timing import event_time

DAY = datetime.date(2024, 4, 14)


def salvo(sentence, text, value, *, unit="missile", event="launch", claimant=None, scope=(), article="a", measure="weapons",
          hedge="exact", published=DAY, sentence_start=0):
    at = sentence.index(text)
    frame = ClaimFrame(
        start=sentence_start + at, end=sentence_start + at + len(text), text=text, value=value, low=value,
        high=None if hedge == "more_than" else value, hedge=hedge, unit=unit, measure=measure, claimant=claimant,
        sentence=sentence, sentence_start=sentence_start, event=event, scope=tuple(scope),
    )
    return ClaimRef(id=f"{article}:{text}", frame=frame, article=article, outlet=article, published=published)


def groups(figures):
    return sorted(sorted(figure.claim_ids) for figure in figures)


IDF = "Hagari said Iran had launched some 170 drones, more than 30 cruise missiles and more than 120 ballistic missiles."
EARLY = "Channel 12 had put the barrage at 185 drones, 36 cruise missiles and 110 surface-to-surface missiles."


def test_cruise_and_ballistic_missiles_are_counted_apart_and_plain_missiles_join_either():
    claims = [
        salvo(IDF, "more than 30", 30, unit="cruise missile", claimant="Hagari", article="reuters", hedge="more_than"),
        salvo(IDF, "more than 120", 120, claimant="Hagari", article="reuters", hedge="more_than"),
        salvo(EARLY, "36", 36, unit="cruise missile", event="put", claimant="Channel 12", article="toi"),
        salvo(EARLY, "110", 110, event="put", claimant="Channel 12", article="toi"),
        salvo("The Pentagon said on Monday Iran had fired more than 120 missiles of that kind.", "more than 120", 120, event="fire",
              claimant="The Pentagon", article="ap", hedge="more_than", published=DAY + datetime.timedelta(days=1)),
    ]
    assert [weapon_kind(claim.frame) for claim in claims] == ["cruise", "ballistic", "cruise", "ballistic", None]
    figures = match_claims(claims)
    assert groups(figures) == [["ap:more than 120", "reuters:more than 120", "toi:110"], ["reuters:more than 30", "toi:36"]]
    ballistic = next(figure for figure in figures if "toi:110" in figure.claim_ids)
    assert ballistic.conflict, "110 against more than 120"


def test_the_whole_salvo_of_drones_and_missiles_is_not_the_drones():
    claims = [
        salvo("Israel intercepted 99 percent of the more than 300 drones and missiles that Iran fired.", "more than 300", 300,
              unit="projectile", event="fire", article="toi", hedge="more_than"),
        salvo("The IDF later said the true count was about 170 drones.", "about 170", 170, unit="drone", event="be", article="toi",
              sentence_start=200),
    ]
    assert len(match_claims(claims)) == 2


@pytest.mark.parametrize(
    ("sentence", "text", "subject"),
    [
        ("He said 99% of them had been intercepted.", "99%", None),
        ("Israel intercepted 99 percent of the more than 300 drones.", "99 percent", None),
        ("The party won 40% of the vote.", "40%", "what:vote"),
    ],
)
def test_a_share_of_them_or_of_a_number_is_of_nothing_named(sentence, text, subject):
    share = salvo(sentence, text, 99, unit="percent", measure="percent", event="intercept")
    assert subject_key(share.frame) == subject
    assert PART not in qualifier_keys(share.frame), "every share is 'of' something; that makes it no part"


def test_where_weapons_came_from_is_not_where_they_were_aimed():
    frame = salvo("U.S. forces destroyed more than 80 drones launched from Iran and Yemen at Israel.", "more than 80", 80,
                  unit="drone", event="destroy", scope=["Iran", "Yemen", "Israel"]).frame
    assert claim_scope(frame, {"iran", "yemen", "israel"}) == {"israel"}


def test_reports_of_one_interception_naming_different_sides_stay_together_but_strikes_on_two_bases_do_not():
    downed = [
        salvo("U.S. forces shot down more than 70 drones aimed at Israel, officials said.", "more than 70", 70, unit="drone",
              event="shoot", scope=["Israel"], article="reuters", hedge="more_than"),
        salvo("U.S. forces destroyed more than 80 drones launched by Iran, the command said.", "more than 80", 80, unit="drone",
              event="destroy", scope=["Iran"], article="ap", published=DAY + datetime.timedelta(days=1), hedge="more_than"),
    ]
    assert len(match_claims(downed)) == 1
    struck = [
        salvo("At least 10 missiles struck Ain al-Asad.", "10", 10, event="strike", scope=["Ain al-Asad"], article="ap"),
        salvo("Two missiles struck Erbil.", "Two", 2, event="strike", scope=["Erbil"], article="bbc"),
    ]
    assert len(match_claims(struck)) == 2


def test_missiles_that_reached_a_country_struck_it():
    assert event_class("reach", "weapons") == "strike"
    assert event_class("reach", "killed") is None, "a toll that reached 80 only rose"


def test_the_guards_are_the_guards_however_named():
    irgc = salvo("The bombing killed seven IRGC members.", "seven", 7, unit="member", measure="killed", event="kill", article="aj")
    guards = salvo("The strike killed seven Guards officers.", "seven", 7, unit="officer", measure="killed", event="kill", article="reuters")
    irgc = dataclasses.replace(irgc, frame=dataclasses.replace(irgc.frame, qualifiers=("IRGC",)))
    guards = dataclasses.replace(guards, frame=dataclasses.replace(guards.frame, qualifiers=("Guards",)))
    assert qualifier_keys(irgc.frame) == qualifier_keys(guards.frame) == {"revolutionary guards"}
    assert len(match_claims([irgc, guards])) == 1


def test_the_day_of_another_event_named_beside_a_number_is_not_its_day():
    frame = salvo("The IRGC said it had launched dozens of drones in response to the April 1 bombing.", "dozens", 24).frame
    assert event_time(frame, DAY) is None
    march = salvo("Police said 30 drones were launched on April 1 from the coast.", "30", 30).frame
    assert event_time(march, DAY) == (datetime.date(2024, 4, 1),) * 2


def test_what_a_count_included_is_part_of_it():
    frame = salvo("The dead included 12 women.", "12", 12, unit="woman", measure="killed", event="include").frame
    assert PART in qualifier_keys(frame)
    children = salvo("The dead included 12 children.", "12", 12, unit="child", measure="killed", event="include").frame
    assert qualifier_keys(children) & {PART, CHILDREN} == {CHILDREN}, "the children's role already makes them a part"
