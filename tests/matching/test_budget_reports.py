"""Sums and shares of a budget across reports: what a sum is raised as, changes in percentage
points, the level a rate rises from, and names that are sums (the lessons of the UK autumn
budget story)."""

import datetime

from factcheck.extraction import extract_claims
from factcheck.matching import match_claims
from factcheck.matching.core import position_of
from factcheck.matching.features import scope_keys, subject_key
from tests.support import reported

DAY = datetime.date(2024, 10, 30)


def claim_of(text, number):
    return next(frame for frame in extract_claims(text) if frame.text == number)


def test_a_sum_a_measure_raises_is_revenue_and_a_raise_is_pay():
    assert subject_key(claim_of("The Treasury says this will raise £25bn a year.", "£25bn")) == "what:revenue"
    assert subject_key(claim_of("The union won a raise worth £1,400 a year.", "£1,400")) == "what:wage"
    assert subject_key(claim_of("The OBR forecasts growth of 1.1% in 2024.", "1.1%")) == "what:growth"


def test_changes_in_percentage_points_are_known_by_what_they_change():
    assert subject_key(claim_of("The budget will raise inflation by up to 0.5 percentage points.", "up to 0.5")) == "what:inflation"
    figures = match_claims(reported(DAY, 
        a="Employer national insurance rises by 1.2 percentage points to 15%.",
        b="The 10-year gilt yield climbed as much as 0.17 percentage points.",
        c="The watchdog said the budget would raise inflation by up to 0.5 percentage points.",
    ))
    points = [figure for figure in figures if figure.unit == "percentage point"]
    assert len(points) == 3 and not any(figure.conflict for figure in points)


def test_the_level_a_rate_rises_from_is_history_not_a_rival():
    refs = reported(DAY, a="Wages: the national living wage rises from £11.44 to £12.21 an hour, the Treasury said.")
    old, new = (next(ref for ref in refs if ref.frame.text == text) for text in ("£11.44", "£12.21"))
    assert position_of(old).earlier and not position_of(new).earlier


def test_a_sum_the_parser_took_for_a_name_names_nothing():
    assert scope_keys(["40bn", "Labour"]) == {"labour"}


def test_a_years_sum_and_a_sum_by_the_end_of_the_parliament_are_two_years():
    figures = match_claims(reported(DAY, 
        a="The Treasury says this will raise £25bn a year by the end of the parliament.",
        b="The rise, which the OBR expects to raise £23.7bn in 2025-26, was the right choice, she said.",
    ))
    assert len(figures) == 2 and not any(figure.conflict for figure in figures)


def test_what_costs_a_sum_is_what_the_sum_is_of():
    cases = {
        "The chancellor's tax cuts will cost £45bn a year.": ("£45bn", "what:tax"),
        "The energy price guarantee for households will cost about £60bn over six months.": ("about £60bn", "what:energy price"),
        "Reversing April's rise in national insurance will cost £13bn a year.": ("£13bn", "what:cost of rise"),
        "Officials estimate that building a replacement bridge will cost between $1.7bn and $1.9bn.": ("between $1.7bn and $1.9bn", "what:cost of replacement bridge"),
    }
    for sentence, (number, subject) in cases.items():
        assert subject_key(claim_of(sentence, number)) == subject, sentence


def test_a_sum_is_not_of_the_noun_another_sum_was_said_of():
    sentence = "The cut would have cost about £2bn a year, a small part of the £45bn package."
    assert subject_key(claim_of(sentence, "£45bn")) == "what:package"
    sentence = "India will raise capital expenditure by 33% to 10 trillion rupees ($122 billion) next year."
    assert subject_key(claim_of(sentence, "10 trillion")) == subject_key(claim_of(sentence, "$122 billion")) == "what:capital spending"


def test_a_rivals_sum_put_as_the_cost_is_of_what_the_first_speaker_priced():
    sentence = (
        "The energy price guarantee will cost about £60bn over six months, the Treasury estimated, "
        "but the consultancy Cornwall Insight put the cost at closer to £100bn."
    )
    assert subject_key(claim_of(sentence, "closer to £100bn")) is None
    (figure,) = [figure for figure in match_claims(reported(DAY, a=sentence)) if figure.measure == "money"]
    assert figure.conflict


def test_a_sum_for_years_is_not_dated_by_the_day_it_was_announced():
    refs = reported(DAY, 
        reuters="British finance minister Kwasi Kwarteng announced £45 billion of tax cuts on Friday.",
        guardian="The chancellor's tax cuts will cost £45bn a year by 2026-27, according to the Institute for Fiscal Studies.",
    )
    assert len([figure for figure in match_claims(refs) if figure.measure == "money"]) == 1
