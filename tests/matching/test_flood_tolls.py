"""Tolls of a flood told over four days (the lessons of the Texas floods story): a county's toll
inside the state's, the dead of one camp, counts side by side in one sentence, and how far
a river rose against how high it crested."""

import datetime

from factcheck.extraction import extract_claims
from factcheck.matching import ClaimRef, match_claims
from factcheck.matching.features import PART, event_places, qualifier_keys
from tests.support import figure_of, reported

DAY = datetime.date(2025, 7, 7)


def test_the_region_of_a_place_the_event_struck_is_the_events_place():
    (toll,) = extract_claims("The death toll from flash floods in central Texas rose to 51 on Sunday, officials said.")
    assert "texas" in event_places(toll)


def test_a_countys_toll_is_not_the_toll_several_reports_give_without_a_place():
    figures = match_claims(reported(DAY,
        ap="At least 24 people were killed in the floods, officials said.",
        reuters="The death toll rose to 51 on Sunday, officials said. In Kerr County, 43 people had been found dead, the sheriff said.",
        tribune="At least 104 people have died in the floods, officials said.",
    ))
    toll = figure_of(figures, "ap:At least 24")
    assert {"reuters:51", "tribune:At least 104"} <= set(toll.claim_ids)
    assert "reuters:43" not in toll.claim_ids


def test_the_dead_of_one_camp_are_a_part_of_the_toll_and_not_its_children():
    (camp,) = [f for f in extract_claims("Camp Mystic said 27 campers and counselors had died.") if f.text == "27"]
    keys = qualifier_keys(camp)
    assert PART in keys and "at:camp mystic" in keys
    figures = match_claims(reported(DAY,
        chronicle=(
            "The toll climbed to 82 on Monday, with 68 of the dead in Kerr County, where 28 of them were children, authorities said. "
            "Camp Mystic said 27 campers and counselors had died."
        ),
        tribune="Kerr County officials said 27 campers and counselors from Camp Mystic were among the dead.",
    ))
    camp_dead = figure_of(figures, "chronicle:27")
    assert "tribune:27" in camp_dead.claim_ids
    assert "chronicle:28" not in camp_dead.claim_ids
    assert not any(figure.conflict for figure in figures)


def test_people_of_two_names_counted_side_by_side_are_two_counts():
    figures = match_claims(reported(DAY, chronicle="Ten campers and one counselor were still missing, the camp said."))
    assert figure_of(figures, "chronicle:Ten") is not figure_of(figures, "chronicle:one")


def test_how_far_a_river_rose_is_not_how_high_it_crested_and_rain_is_rain_on_any_day():
    claims = [
        *reported(datetime.date(2025, 7, 5),
            ap="Lt. Gov. Dan Patrick said the river rose 26 feet in 45 minutes. The weather service said parts of Kerr County got as much as 10 inches of rain.",
        ),
        *[ClaimRef(id=f"reuters:{f.text}", frame=f, article="reuters", outlet="Reuters", published=datetime.date(2025, 7, 6)) for f in extract_claims(
            "July 6 (Reuters) - Forecasters said 12 inches of rain fell in some places. The river at Hunt crested at more than 34 feet, the survey said."
        )],
    ]
    figures = match_claims(claims)
    assert figure_of(figures, "ap:26") is not figure_of(figures, "reuters:more than 34")
    assert figure_of(figures, "ap:as much as 10") is figure_of(figures, "reuters:12")
