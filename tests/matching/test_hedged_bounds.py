"""A bound a hedge sets is meant as said: rounding widens a number said exactly, not the bound
of "more than 60" or "as much as 10 inches" (the lessons of the Kallakurichi liquor deaths)."""

import datetime

from factcheck.matching.conflicts import agree
from tests.support import corpus_figures, home_of, positions_in_reports

JUN_23 = datetime.date(2024, 6, 23)


def _positions(first: str, second: str):
    return positions_in_reports(JUN_23, first, JUN_23, second)


def test_a_floor_is_not_reached_by_a_count_below_it():
    official, alleged = _positions(
        "The number of people who died rose to 57 on Sunday, according to the district administration.",
        "The opposition leader said the true toll was more than 60.",
    )
    assert not agree(official, alleged)
    near, floor = _positions("Officials said 78 people had died.", "A rights group said at least 80 people had died.")
    assert not agree(near, floor)


def test_rounding_still_widens_a_number_said_exactly():
    rounded, counted = _positions("Officials said 5,000 people had been evacuated.", "Police said 5,140 people had been evacuated.")
    assert agree(rounded, counted)
    dozen, fifteen = _positions("More than a dozen missiles were fired.", "The army said 15 missiles were fired.")
    assert agree(dozen, fifteen)
    floor, above = _positions("At least 80 people died.", "Officials said 80 people had died.")
    assert agree(floor, above), "a floor is reached by the number it names"


def test_a_report_that_sets_a_higher_toll_against_the_official_one_is_a_dispute():
    figure, claims = home_of(corpus_figures("kallakurichi-hooch-deaths-2024"), "the-hindu:more than 60")
    assert "the-hindu:57" in claims
    assert figure.conflict
