"""People released in groups and by category, a day of the past named with its year, and a
power cut told in gigawatts and shares of demand (the lessons of the Gaza exchange and Iberian
blackout stories)."""

import datetime

from factcheck.extraction import extract_claims
from factcheck.matching import match_claims
from factcheck.matching.features import event_class
from factcheck.matching.timing import event_time
from tests.support import figure_of, frames_of, reported

DAY = datetime.date(2025, 10, 13)


def test_a_count_carried_from_a_toll_whose_verb_harms_no_one_counts_people():
    frames = frames_of(
        "They were abducted in the onslaught of October 7, 2023, in which some 1,200 people were killed and 251 were taken captive.\n\n"
        "The first seven were handed to the Red Cross, and the remaining 13 were transferred later, the IDF said."
    )
    assert frames["some 1,200"].measure == "killed"
    assert frames["251"].measure == "people"
    assert (frames["seven"].unit, frames["seven"].measure) == ("person", "people"), "the article's last count, in a new paragraph"
    assert frames["13"].measure == "people"


def test_a_day_with_its_year_dates_the_event_told_after_it():
    for sentence, number in (
        ("They were abducted in the onslaught of October 7, 2023, in which some 1,200 people were killed.", "some 1,200"),
        ("The war began when militants attacked southern Israel on Oct. 7, 2023, killing some 1,200 people.", "some 1,200"),
    ):
        (toll,) = [f for f in extract_claims(sentence) if f.text == number]
        assert event_time(toll, DAY) == (datetime.date(2023, 10, 7), datetime.date(2023, 10, 7)), sentence


def test_the_same_round_number_in_two_reports_is_weak_evidence_of_one_count():
    figures = match_claims(reported(DAY,
        reuters="Hamas freed the last 20 living Israeli hostages from Gaza on Monday. Seven hostages were released in the morning and the other 13 in the afternoon, the Israeli military said.",
        toi="All 20 living hostages were back in Israel on Monday evening.",
    ))
    assert figure_of(figures, "toi:20") is figure_of(figures, "reuters:20")


def test_power_is_counted_in_one_unit_however_it_is_written():
    (abbreviated,) = extract_claims("The government said that the grid had lost 15 GW in five seconds.")[:1]
    (spelled,) = extract_claims("Pedro Sanchez said 15 gigawatts of generation had been lost.")
    assert abbreviated.unit == spelled.unit == "gigawatt"
    assert "GW" not in abbreviated.scope


def test_power_lost_and_power_restored_are_two_events():
    assert event_class("restore") == "restore" and event_class("lose") == event_class("vanish")
    figures = match_claims(reported(DAY,
        reuters="Grid operator Red Electrica said more than 99% of demand had been restored by Tuesday morning.",
        bbc="Spain's prime minister said 15GW of electricity, around 60% of national demand, vanished from the system in five seconds.",
    ))
    assert figure_of(figures, "bbc:around 60%") is not figure_of(figures, "reuters:more than 99%")
