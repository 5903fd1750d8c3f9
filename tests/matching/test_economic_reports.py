"""Reports of an economic release: a month's count beside the forecasts, a revision, the rate
of the month before and another survey's count (the lessons of the US jobs report story)."""

import datetime

import pytest

from factcheck.extraction import extract_claims
from factcheck.matching import match_claims
from factcheck.matching.features import (
    FORECAST, INCREMENT, LEVEL_BEFORE, OVER_A_MONTH, OVER_A_YEAR, PRIVATE_SECTOR, REVISED_BY, event_class, qualifier_keys,
)
from tests.support import figure_of, reported

DAY = datetime.date(2024, 10, 4)


def keys_of(text, number):
    return qualifier_keys(next(frame for frame in extract_claims(text) if frame.text == number))


@pytest.mark.parametrize(
    ("text", "number", "mark"),
    [
        ("Economists polled by Reuters had forecast payrolls rising by 140,000.", "140,000", FORECAST),
        ("Employers added 254,000 jobs, far above the 150,000 that economists had expected.", "150,000", FORECAST),
        ("Economists surveyed by Dow Jones had been looking for growth of 150,000.", "150,000", FORECAST),
        ("The government also revised up its estimate of hiring in July and August by a combined 72,000.", "72,000", REVISED_BY),
        ("Data for July and August were revised up to show 72,000 more jobs than previously reported.", "72,000", REVISED_BY),
        ("The unemployment rate dipped from 4.2% to 4.1%.", "4.2%", LEVEL_BEFORE),
        ("The payroll firm ADP reported that private companies had added 143,000 jobs in September.", "143,000", PRIVATE_SECTOR),
    ],
)
def test_what_a_number_of_a_release_is(text, number, mark):
    assert mark in keys_of(text, number)


def test_the_count_a_release_gives_carries_no_such_mark():
    for text, number in [
        ("Employers added 254,000 jobs, far above the 150,000 that economists had expected.", "254,000"),
        ("The unemployment rate dipped from 4.2% to 4.1%.", "4.1%"),
        ("Job creation was strong, with employers adding 254,000 jobs, the Bureau of Labor Statistics reported.", "254,000"),
    ]:
        assert not keys_of(text, number) & {FORECAST, LEVEL_BEFORE, INCREMENT, REVISED_BY}, text
    assert INCREMENT in keys_of("The union expanded its strike, adding 7,000 workers and bringing the total on strike to 25,000.", "7,000")


def test_a_rate_that_falls_or_dips_is_one_rate_moved():
    assert event_class("dip", "percent") is None and event_class("fall", "percent") is None
    assert event_class("fall", "weapons") == "fall", "missiles that fell on a base fell"


def test_forecasts_stand_beside_the_count_but_are_never_set_against_it():
    figures = match_claims(reported(
        DAY,
        reuters="Nonfarm payrolls increased by 254,000 jobs last month, the Bureau of Labor Statistics said. Economists polled by Reuters had forecast payrolls rising by 140,000.",
        cnbc="Economists surveyed by Dow Jones had been looking for growth of 150,000.",
        ap="ADP reported that private companies had added 143,000 jobs in September.",
    ))
    assert not any(figure.conflict for figure in figures)
    assert figure_of(figures, "ap:143,000") is not figure_of(figures, "reuters:254,000")


def test_the_rate_of_the_month_before_is_not_this_months():
    figures = match_claims(reported(
        DAY,
        reuters="The unemployment rate fell to 4.1% in September. The unemployment rate had been 4.2% in August.",
        ap="The unemployment rate dipped from 4.2% to 4.1%.",
    ))
    assert figure_of(figures, "ap:4.1%") is figure_of(figures, "reuters:4.1%")
    assert figure_of(figures, "reuters:4.2%") is not figure_of(figures, "reuters:4.1%")
    assert not any(figure.conflict for figure in figures)


def test_pay_over_a_month_and_over_a_year_are_two_figures_and_hourly_earnings_are_pay():
    text = "Average hourly earnings increased 0.4% for the month and 4% from a year ago."
    month, year = keys_of(text, "0.4%"), keys_of(text, "4%")
    assert OVER_A_MONTH in month and OVER_A_YEAR in year
    assert "what:wage" in month, "hourly earnings are pay"
    assert "what:wage" in keys_of("Wages increased 4.0% in the 12 months through September.", "4.0%")
    assert "what:earnings" in keys_of("The company said its earnings rose 12%.", "12%"), "a company's earnings are not pay"
    figures = match_claims(reported(
        DAY,
        cnbc=text,
        reuters="Wages increased 4.0% in the 12 months through September.",
        ap="Average hourly pay rose 4% from a year earlier.",
    ))
    assert figure_of(figures, "cnbc:4%") is figure_of(figures, "reuters:4.0%") is figure_of(figures, "ap:4%")
    assert figure_of(figures, "cnbc:0.4%") is not figure_of(figures, "cnbc:4%")
