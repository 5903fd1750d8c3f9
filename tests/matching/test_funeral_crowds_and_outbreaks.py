"""A funeral's crowds counted by the Vatican and by the police, and an outbreak's cases counted
by a state and by the nation (the lessons of Pope Francis's funeral and the West Texas measles
outbreak)."""

import datetime

from factcheck.extraction import extract_claims
from factcheck.matching import match_claims
from factcheck.matching.conflicts import Position, agree, same_speaker, speaker_of
from factcheck.matching.features import WHOLE, place_key, story_scopes
from tests.support import figure_of, frames_of, reported

DAY = datetime.date(2025, 4, 26)


def position(low, high, hedge="exact"):
    return Position(claim_id=1, low=low, high=high, value=low, measure="people", speaker="", report=1, published=None, text="", outlet="", hedge=hedge)


def test_a_rounded_number_stops_short_of_the_next_half_unit():
    inf = float("inf")
    assert not agree(position(200_000, 200_000), position(250_000, inf, "more_than")), "200,000 was under 250,000"
    assert not agree(position(260, 260), position(265, inf, "at_least"))
    assert agree(position(200_000, 200_000), position(240_000, inf, "at_least")), "200,000 may be 240,000 rounded"
    assert agree(position(10, 10), position(10, inf, "at_least"))
    assert agree(position(29, 29), position(28.5, 28.5)), "29% may be 28.5% rounded"
    assert not agree(position(250_000, inf, "more_than"), position(200_000, 200_000)), "either way round"
    figures = match_claims(reported(DAY, ap=(
        "Italian police estimated that 200,000 people had packed St. Peter's Square for the funeral Mass, "
        "while the Vatican put the crowd at more than 250,000."
    )))
    assert figure_of(figures, "ap:200,000").conflict


def test_a_saints_name_stays_inside_a_places_and_dots_do_not_tell_names_apart():
    said = frames_of("Italian police said 200,000 people had packed St. Peter's Square for the funeral.")
    assert "St. Peter's Square" in said["200,000"].scope
    assert place_key("St. Peter's Square") == place_key("St Peter's Square")
    assert place_key("U.S.") == "united states"


def test_those_here_and_those_there_counted_together_are_the_whole():
    refs = reported(DAY, bbc=(
        "Around 400,000 people paid their respects to Pope Francis on Saturday, according to the Vatican, counting those "
        "in St Peter's Square for the funeral and those who lined the streets of Rome."
    ))
    assert story_scopes(refs)["bbc:Around 400,000"] == {WHOLE}


def test_an_acronym_is_the_body_it_stands_for():
    def same(a: str, b: str) -> bool:
        return same_speaker(speaker_of(a, "x"), speaker_of(b, "x"))

    assert same("the CDC", "The U.S. Centers for Disease Control and Prevention")
    assert same("NTSB", "the National Transportation Safety Board")
    assert not same("the CDC", "the Office of Civil Defense")
    assert not same("police", "the Pakistan Organisation of Lahore Independent Civil Estates")


def test_what_passed_a_number_is_what_is_counted_unless_it_only_could():
    (cases,) = [frame for frame in extract_claims("Measles cases in the United States have passed 1,000, the CDC said.") if frame.text == "1,000"]
    assert cases.unit == "case"
    (model,) = extract_claims("The USGS said its model showed that deaths could exceed 10,000.")
    assert model.measure != "killed", "a model's possibility is no toll"


def test_the_places_a_count_was_made_in_are_not_what_a_later_of_them_counts():
    said = frames_of(
        "The CDC said Friday there were 1,001 confirmed cases in 30 states.\n\n"
        "Texas, where the largest outbreak began, accounts for 709 of them."
    )
    assert said["709"].unit == "case"


def test_the_states_outbreak_is_the_state_its_officials_speak_for():
    refs = reported(DAY, reuters="Texas health officials said on Tuesday the state's measles outbreak had grown to 505 cases.")
    assert story_scopes(refs)["reuters:505"] == {"texas"}
    street = reported(DAY, guardian="The funicular careered down one of the city's steepest streets, killing 17 people, Portugal's civil protection agency said.")
    assert story_scopes(street)["guardian:17"] == frozenset(), "the city's street is no count's"
