"""An airliner and a helicopter told by those aboard each, and two countries' tolls of one
border war (the lessons of the Potomac collision and the Thailand-Cambodia fighting)."""

import datetime

from factcheck.extraction import extract_claims
from factcheck.matching import match_claims
from factcheck.matching.features import CREW, PART, PASSENGERS, qualifier_keys, story_scopes
from tests.support import figure_of, frames_of, positions_in_reports, reported

DAY = datetime.date(2025, 7, 26)


def test_units_written_onto_the_number_are_units_and_a_glued_m_is_metres_unless_money_or_many():
    said = frames_of("Flight-tracking data suggests the helicopter was flying at about 300ft (91m), above the 200ft ceiling for its route.")
    assert (said["about 300"].unit, said["about 300"].measure) == ("foot", "distance")
    assert (said["91"].value, said["91"].unit) == (91, "metre")
    assert said["200"].unit == "foot"
    (money,) = extract_claims("The fund raised £5m last year.")
    assert money.value == 5_000_000
    (many,) = extract_claims("About 5m people were without power.")
    assert many.value == 5_000_000


def test_data_from_a_body_is_that_bodys_claim():
    (altitude,) = [frame for frame in extract_claims(
        "The helicopter was flying at 325 feet, according to preliminary data from the National Transportation Safety Board."
    ) if frame.text == "325"]
    assert altitude.claimant == "the National Transportation Safety Board"


def test_passengers_are_neither_all_aboard_nor_the_crew():
    said = frames_of("The jet had 60 passengers and four crew members aboard.")
    assert PASSENGERS in qualifier_keys(said["60"]) and CREW in qualifier_keys(said["four"])
    (together,) = extract_claims("The jet was carrying 242 passengers and crew.")
    assert PASSENGERS not in qualifier_keys(together)
    figures = match_claims(reported(DAY,
        ap="An American Airlines jet carrying 64 people collided with an Army helicopter. The jet had 60 passengers and four crew members aboard.",
        bbc="The passenger jet carrying 64 people collided with a helicopter over Washington.",
    ))
    assert figure_of(figures, "ap:64") is figure_of(figures, "bbc:64")
    assert figure_of(figures, "ap:60") is not figure_of(figures, "ap:64")


def test_who_a_tolls_part_were_is_read_after_of_them_and_along_a_list():
    said = frames_of("At least 12 people were killed in Thailand, 11 of them civilians, the Thai army said.")
    assert (said["11"].unit, said["11"].measure) == ("civilian", "killed")
    stands = frames_of("Thailand's toll stands at 20 dead, 14 of them civilians, Thai officials said.")
    assert (stands["14"].unit, stands["14"].measure) == ("civilian", "killed")
    assert "Thailand" in stands["20"].scope, "the toll is the place's whose it is said to be"
    listed = frames_of("The death toll has risen to 20, including 14 civilians and six soldiers, the ministry said.")
    assert listed["six"].measure == "killed" and PART in qualifier_keys(listed["six"])
    marched = frames_of("Police said five people were killed and 200 protesters marched.")
    assert marched["200"].measure == "people", "a count with its own verb is not the toll's"


def test_a_country_that_speaks_counts_its_own_dead_not_its_opponents():
    said = frames_of("Cambodia said on Saturday that 13 people had been killed in three days of fighting with Thailand.")
    assert "Thailand" not in said["13"].scope
    refs = reported(DAY,
        reuters="At least 12 people were killed in Thailand, the Thai army said.",
        ap="Cambodia said on Saturday that 13 people had been killed in three days of fighting with Thailand.",
        post="Thailand's toll stands at 20 dead, Thai officials said.",
    )
    assert story_scopes(refs)["ap:13"] == {"cambodia"}
    figures = match_claims(refs)
    assert figure_of(figures, "reuters:At least 12") is figure_of(figures, "post:20")
    assert figure_of(figures, "ap:13") is not figure_of(figures, "post:20")


def test_bodies_found_so_far_fall_short_of_a_toll_without_disputing_it():
    from factcheck.matching.conflicts import conflicting

    day = datetime.date(2025, 1, 31)
    bodies, toll = positions_in_reports(
        day, "Recovery teams have pulled 41 bodies from the Potomac River, officials said.",
        day, "Sixty-seven people are believed to have died in the collision, the BBC understands.",
    )
    assert not conflicting(bodies, toll)
    more_bodies = positions_in_reports(day, "Officials said 90 bodies had been recovered.", day, "Officials in the city said 67 people had died.")
    assert conflicting(*more_bodies), "more bodies than the toll is a dispute"
