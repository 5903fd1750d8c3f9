"""A police raid's toll with its officers and suspects, and a shooting's injured told by age and
by who they were (the lessons of the Rio and Minneapolis stories)."""

import datetime

from factcheck.extraction import extract_claims
from factcheck.matching import match_claims
from factcheck.matching.features import CHILDREN, DISCHARGED, IN_HOSPITAL, qualifier_keys
from factcheck.matching.timing import event_time
from tests.support import figure_of, reported

DAY = datetime.date(2025, 10, 29)


def test_the_second_of_two_ages_and_a_role_with_its_age_are_no_counts():
    assert [f.text for f in extract_claims("A shooter fired into a church, killing two children, aged 8 and 10.")] == ["two"]
    assert not extract_claims("Of the injured, most were children between the ages of 6 and 15.")
    assert not extract_claims("The shooter, 23, died by suicide in the parking lot.")


def test_guns_are_weapons_of_one_class():
    frames = extract_claims("The shooter was armed with three firearms. O'Hara said the shooter had bought three guns legally.")
    assert [(f.measure, f.unit) for f in frames] == [("weapons", "firearm"), ("weapons", "gun")]
    figures = match_claims(reported(DAY,
        cbs="Police said the shooter, who was armed with three firearms, fired through the windows.",
        tribune="O'Hara said the shooter had bought three guns legally.",
    ))
    assert figure_of(figures, "cbs:three") is figure_of(figures, "tribune:three")


def test_who_a_number_is_said_to_be_right_after_it():
    frames = extract_claims("Fourteen of the wounded were children and three were parishioners in their 80s, the chief said.")
    assert [f.unit for f in frames] == ["child", "parishioner"]
    assert CHILDREN in qualifier_keys(frames[0]) and CHILDREN not in qualifier_keys(frames[1])


def test_numbers_after_of_the_injured_are_the_injured():
    frames = extract_claims("Of the injured, 15 were children between the ages of 6 and 15, and three were adults in their 80s.")
    assert [(f.text, f.measure, f.unit) for f in frames] == [("15", "injured", "child"), ("three", "injured", "adult")]


def test_the_discharged_and_those_still_in_hospital_are_two_parts():
    (discharged,) = extract_claims("Chief Secretary Pradeep Jena said 793 of the injured had been discharged.")
    (staying,) = extract_claims("Of the injured, about 200 are still in hospitals.")
    assert DISCHARGED in qualifier_keys(discharged) and IN_HOSPITAL in qualifier_keys(staying)
    figures = match_claims(reported(DAY, hindu="Chief Secretary Pradeep Jena said 793 of the injured had been discharged.",
                                    ndtv="Of the injured, about 200 are still in hospitals."))
    assert figure_of(figures, "hindu:793") is not figure_of(figures, "ndtv:about 200")


def test_an_earlier_event_set_off_with_its_year_is_of_that_year():
    (earlier,) = [f for f in extract_claims(
        "The previous deadliest raid, in the Jacarezinho favela in 2021, killed 28 people."
    ) if f.value == 28]
    assert event_time(earlier, DAY) == (datetime.date(2021, 1, 1), datetime.date(2021, 12, 31))
