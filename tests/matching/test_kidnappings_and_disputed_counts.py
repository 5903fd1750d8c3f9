"""Pupils kidnapped and the years' count of kidnappings, and the candidates' shares of a
disputed vote (the lessons of the Kuriga school kidnapping and Venezuela's 2024 election)."""

import datetime

from factcheck.matching import match_claims
from factcheck.matching.features import PERIOD, event_class, holder_key, qualifier_keys
from tests.support import figure_of, frames_of, reported

MAR_8 = datetime.date(2024, 3, 8)
JUL_29, AUG_3 = datetime.date(2024, 7, 29), datetime.date(2024, 8, 3)


def test_pupils_kidnapped_are_people_abducted():
    said = frames_of("More than 280 pupils were kidnapped by gunmen from a school in Kaduna state on Thursday.")
    assert said["More than 280"].measure == "people"
    assert event_class("kidnap", "people") == event_class("abduct", "people")
    figures = match_claims([
        *reported(MAR_8, ap="Gunmen abducted at least 287 students from a school in Kaduna state on Thursday, a teacher said."),
        *reported(MAR_8, reuters="More than 280 pupils were kidnapped by gunmen from a school in Kaduna state on Thursday, residents said."),
    ])
    assert figure_of(figures, "ap:at least 287") is figure_of(figures, "reuters:More than 280")


def test_a_count_since_a_year_is_the_years_count():
    (years,) = frames_of("Nearly 1,700 students have been kidnapped from schools in Nigeria since 2014, Save the Children says.").values()
    assert PERIOD in qualifier_keys(years)
    passed = frames_of("Measles cases in the United States have passed 1,000 for the first time since 2019, the CDC said.")
    assert PERIOD not in qualifier_keys(passed["1,000"]), "the first time since a year compares"


def test_a_candidates_share_is_named_after_it_or_right_before_it():
    said = frames_of(
        "The electoral authority declared President Nicolas Maduro the winner of Sunday's presidential election with 51.2% "
        "of the vote, against 44.2% for opposition candidate Edmundo Gonzalez, with 80% of ballots counted."
    )
    assert holder_key(said["51.2%"]) == "for:nicolas maduro", "not Sunday's"
    assert holder_key(said["44.2%"]) == "for:edmundo gonzalez"
    assert holder_key(said["80%"]) is None, "how far the count has gone is no one's share"
    listed = frames_of("The council published updated results giving Mr Maduro 51.95% of the vote and Mr González 43.18%.")
    assert holder_key(listed["51.95%"]) == "for:maduro"
    assert holder_key(listed["43.18%"]) == "for:gonzalez"


def test_candidates_named_in_full_and_by_surname_hold_one_share():
    figures = match_claims([
        *reported(JUL_29, reuters=(
            "The electoral authority declared President Nicolas Maduro the winner of Sunday's presidential election with 51.2% "
            "of the vote, against 44.2% for opposition candidate Edmundo Gonzalez."
        )),
        *reported(AUG_3, bbc=(
            "The council published updated results giving Mr Maduro 51.95% of the vote and Mr González 43.18%. "
            "The opposition says the tally sheets it collected show Mr González won 67% of the vote and Mr Maduro 30%."
        )),
    ])
    maduro = figure_of(figures, "reuters:51.2%")
    assert maduro is figure_of(figures, "bbc:51.95%") is figure_of(figures, "bbc:30%")
    assert figure_of(figures, "reuters:44.2%") is figure_of(figures, "bbc:67%") is not maduro
    assert maduro.conflict, "the opposition's 30% disputes the council's count"
