"""A city's fall told through one hospital's dead, the fleeing and those left behind, and a jet
falling on a school (the lessons of the El Fasher and Dhaka stories)."""

import datetime

from factcheck.extraction import extract_claims
from factcheck.matching import match_claims
from factcheck.matching.features import CRITICAL, qualifier_keys, story_scopes
from tests.support import corpus_figures, figure_of, frames_of, home_of, reported

DAY = datetime.date(2025, 10, 30)


def test_no_more_than_is_a_ceiling():
    (left,) = extract_claims("MSF said that no more than 150,000 people had been left in El Fasher when it fell.")
    assert (left.hedge, left.low, left.high) == ("at_most", None, 150000)
    assert left.event == "strand", "those left in the city are those who could not leave it"
    (more,) = extract_claims("More than 5 people died.")
    assert more.hedge == "more_than"


def test_the_dead_of_one_hospital_are_a_part_of_the_toll():
    (hospital,) = extract_claims("More than 460 patients and their companions were killed at the Saudi maternity hospital in El Fasher, the WHO said.")
    assert "at:saudi hospital" in qualifier_keys(hospital)
    # (Weighed in the story of its real size: how specific a name is depends on it.)
    figures = corpus_figures("el-fasher-fall-2025")
    hospital_dead, claims = home_of(figures, "reuters:More than 460")
    assert "guardian:more than 460" in claims and "reuters:at least 1,500" not in claims


def test_those_trapped_and_those_left_behind_are_one_count_and_may_be_disputed():
    figures = match_claims(reported(DAY,
        aljazeera="The United Nations had estimated that about 260,000 people were trapped in the city before it fell. "
                  "The International Organization for Migration said more than 36,000 people had fled El Fasher.",
    ) + reported(datetime.date(2025, 11, 3),
        guardian="Médecins Sans Frontières said that no more than 150,000 people had been left in El Fasher when it fell.",
    ))
    trapped = figure_of(figures, "aljazeera:about 260,000")
    assert "guardian:no more than 150,000" in trapped.claim_ids and trapped.conflict
    assert "aljazeera:more than 36,000" not in trapped.claim_ids


def test_the_gravely_injured_are_a_part_of_the_injured():
    frames = frames_of(
        "A total of 171 people were injured, ISPR said, and doctors said 10 were in critical condition."
    )
    assert CRITICAL in qualifier_keys(frames["10"]) and CRITICAL not in qualifier_keys(frames["171"])


def test_a_name_with_and_in_it_joins_no_places():
    refs = reported(DAY,
        bdnews="The death toll from the crash at Milestone School and College in Uttara has risen to 31, the ISPR said.",
        reuters="A jet crashed into a school in Dhaka on Monday, killing at least 19 people.",
    )
    assert "*whole*" not in story_scopes(refs)["bdnews:31"]
