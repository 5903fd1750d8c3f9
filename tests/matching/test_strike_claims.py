"""Claims of a war of words (the lessons of the India-Pakistan story): sites struck named four
ways, aircraft counted whole and by model, fighters' dead beside civilians' dead, a people's
adjective for its country, and dates said of another event."""

import datetime

from factcheck.extraction import extract_claims
from factcheck.matching import match_claims
from factcheck.matching.features import INCREMENT, PART, claimant_country, place_key, qualifier_keys
from factcheck.matching.timing import event_time
from tests.support import figure_of, reported

DAY = datetime.date(2025, 5, 7)


def test_sites_locations_places_and_camps_struck_are_one_count_and_nine_disputes_six():
    figures = match_claims(reported(DAY,
        reuters="India struck nine sites in Pakistan early on Wednesday, the defence ministry said.",
        aljazeera="Pakistan says India fired missiles at six locations overnight.",
        dawn="The military said the strikes had hit mosques and homes at six places.",
        toi="Lt Gen Rajiv Ghai said more than 100 militants were killed in the strikes on nine terror camps.",
    ))
    sites = figure_of(figures, "reuters:nine")
    assert {"aljazeera:six", "dawn:six", "toi:nine"} <= set(sites.claim_ids)
    assert sites.conflict


def test_aircraft_of_any_name_are_one_count_and_a_model_among_them_is_a_part():
    figures = match_claims(reported(DAY,
        reuters="Pakistan said it had shot down five Indian fighter jets.",
        aljazeera='"Our air force shot down five planes," Information Minister Attaullah Tarar said.',
        dawn="Defence Minister Khawaja Asif said the air force had downed five Indian jets, among them three Rafales, one Su-30 and one MiG-29.",
    ))
    jets = figure_of(figures, "reuters:five")
    assert {"aljazeera:five", "dawn:five"} <= set(jets.claim_ids)
    assert not jets.conflict, "a Rafale or a MiG-29 is not a value of the count of all the jets"
    assert figure_of(figures, "dawn:three") is not jets
    assert figure_of(figures, "dawn:one") is not jets


def test_fighters_dead_and_civilians_dead_are_two_tolls():
    figures = match_claims(reported(DAY,
        reuters="Pakistan's military said 26 civilians were killed in the Indian strikes.",
        toi="More than 100 terrorists were killed in the strikes, Lt Gen Rajiv Ghai said.",
    ))
    assert figure_of(figures, "reuters:26") is not figure_of(figures, "toi:More than 100")


def test_a_countrys_soldiers_named_by_its_adjective_or_by_its_pronoun_are_one_toll():
    figures = match_claims(reported(DAY,
        toi="Between 35 and 40 Pakistani army personnel were killed in firing along the Line of Control, Lt Gen Ghai said.",
        dawn="Pakistan's military said on Tuesday that 11 of its soldiers had been killed.",
    ))
    soldiers = figure_of(figures, "toi:Between 35 and 40")
    assert "dawn:11" in soldiers.claim_ids
    assert soldiers.conflict
    assert place_key("Pakistani") == "pakistan" and place_key("Bangladeshi") == "bangladesh" and place_key("Kenyan") == "kenya"
    assert claimant_country("Pakistan's military") == "pakistan"


def test_of_its_soldiers_counts_them_and_of_its_100_residents_takes_a_part():
    (soldiers,) = [f for f in extract_claims("Pakistan's military said 11 of its soldiers had been killed.") if f.text == "11"]
    (residents,) = [f for f in extract_claims("Villagers said at least 68 of its roughly 100 residents had been killed.") if f.text == "at least 68"]
    assert PART not in qualifier_keys(soldiers)
    assert PART in qualifier_keys(residents)


def test_more_a_paragraph_after_another_count_still_adds_to_a_count_of_its_own():
    figures = match_claims(reported(DAY,
        reuters="Pakistan's military said 26 civilians were killed in the Indian strikes.",
        dawn=(
            "Defence Minister Khawaja Asif said the air force had downed five Indian jets.\n\n"
            "Indian firing across the Line of Control has killed five more civilians since Wednesday, the ISPR said."
        ),
    ))
    (more,) = [f for f in extract_claims("Indian firing across the Line of Control has killed five more civilians since Wednesday.")]
    assert INCREMENT in qualifier_keys(more)
    toll = figure_of(figures, "reuters:26")
    assert "dawn:five more" not in toll.claim_ids
    assert not toll.conflict


def test_a_date_of_another_event_dates_the_number_that_event_counts():
    report = datetime.date(2025, 5, 7)
    (killed,) = [f for f in extract_claims("The strikes followed the April 22 attack near Pahalgam in which gunmen killed 26 men.") if f.text == "26"]
    assert event_time(killed, report) == (datetime.date(2025, 4, 22),) * 2
    (struck,) = [f for f in extract_claims("Pakistan struck back in response to the April 22 attack, firing 12 missiles.") if f.text == "12"]
    assert event_time(struck, report) is None, "the attack's day is not the day of the missiles"


def test_from_a_day_just_before_the_report_is_the_past_not_next_year():
    report = datetime.date(2025, 5, 13)
    (killed,) = [f for f in extract_claims("Between 35 and 40 soldiers were killed from May 7 to May 10, he said.") if f.text == "Between 35 and 40"]
    assert event_time(killed, report)[0] == datetime.date(2025, 5, 7)
    (budget,) = [f for f in extract_claims("The rate of 15% will apply from April 6, the chancellor said.") if f.text == "15%"]
    assert event_time(budget, datetime.date(2024, 10, 30))[0] == datetime.date(2025, 4, 6)
