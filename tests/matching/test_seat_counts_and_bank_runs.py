"""A party named in full and by its initials, a tally of five years ago, and a bank's assets
and withdrawals (the lessons of India's 2024 election and the collapse of Silicon Valley Bank)."""

import datetime

from factcheck.matching import match_claims
from factcheck.matching.features import subject_key
from factcheck.matching.timing import event_time
from tests.support import figure_of, frames_of, reported

JUN_4, JUN_5 = datetime.date(2024, 6, 4), datetime.date(2024, 6, 5)


def test_a_party_named_in_full_and_by_its_initials_holds_one_count():
    figures = match_claims([
        *reported(JUN_4, reuters=(
            "NEW DELHI, June 4 (Reuters) - Prime Minister Narendra Modi's Bharatiya Janata Party won 240 seats, "
            "well short of the 272 needed for a majority. The BJP had won 303 seats in 2019."
        )),
        *reported(JUN_5, aljazeera="The BJP secured 240 seats, down from 303 five years ago."),
    ])
    assert figure_of(figures, "reuters:240") is figure_of(figures, "aljazeera:240")
    assert figure_of(figures, "reuters:303") is figure_of(figures, "aljazeera:303")
    assert figure_of(figures, "reuters:240") is not figure_of(figures, "reuters:303")
    (dateline, _) = frames_of(
        "NEW DELHI, June 4 (Reuters) - Prime Minister Narendra Modi's Bharatiya Janata Party won 240 seats, well short of the 272 needed."
    ).values()
    assert "NEW DELHI" not in dateline.qualifiers, "a dateline is no actor"


def test_years_ago_name_a_year_but_a_change_from_a_year_ago_does_not():
    said = frames_of("The BJP secured 240 seats, down from 303 five years ago.")
    assert said["303"].unit == "seat", "five counts the years, 303 the seats"
    assert event_time(said["303"], JUN_5) == (datetime.date(2019, 1, 1), datetime.date(2019, 12, 31))
    wages = frames_of("Average hourly earnings increased 0.4% for the month and 4% from a year ago.")
    assert event_time(wages["4%"], datetime.date(2024, 10, 4)) is None


def test_a_banks_assets_and_the_run_on_it_are_what_the_sums_are_of():
    assert subject_key(frames_of("SVB had about $209 billion in assets at the end of 2022.")["about $209 billion"]) == "what:asset"
    assert subject_key(frames_of("Customers tried to withdraw $42 billion on Thursday, a filing showed.")["$42 billion"]) == "what:withdrawal"
    pulled = frames_of("Customers pulled $42 billion from Silicon Valley Bank in a single day, a Fed report said.")["$42 billion"]
    assert subject_key(pulled) == "what:withdrawal", "who pulled the money is no kind of withdrawal"
