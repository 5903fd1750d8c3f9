"""One day of protest in many cities: each town's crowd, the nation's total, an earlier day's
total and a famous march of another year, told apart (the lessons of the No Kings story)."""

import datetime

from factcheck.extraction import extract_claims
from factcheck.matching import match_claims
from factcheck.matching.features import WHOLE, nested_places, story_scopes
from factcheck.matching.timing import event_time
from tests.support import figure_of, reported

DAY = datetime.date(2025, 10, 19)


def test_a_sentence_that_opens_with_its_town_is_that_towns_not_the_last_ones():
    frames = extract_claims(
        "In San Diego, police put the crowd at more than 25,000. "
        "In New York, where the NYPD counted more than 100,000 marchers, there were no arrests."
    )
    new_york = next(frame for frame in frames if frame.start > 60 and frame.text == "more than 100,000")
    assert new_york.scope == ("New York",)


def test_a_towns_crowd_and_the_nations_total_are_two_figures():
    figures = match_claims(reported(DAY,
        ap="In New York, the police department said more than 100,000 people marched across the city.",
        guardian="Organisers said the protests drew nearly 7 million people. In Washington, organisers said more than 200,000 people filled Pennsylvania Avenue.",
        reuters="Nearly 7 million people took part in the protests, the organizers said.",
    ))
    total = figure_of(figures, "reuters:Nearly 7 million")
    assert "guardian:nearly 7 million" in total.claim_ids
    assert "ap:more than 100,000" not in total.claim_ids
    assert figure_of(figures, "guardian:more than 200,000") is not figure_of(figures, "ap:more than 100,000"), (
        "a street lies in its own town, not in every town of the story"
    )


def test_a_towns_own_speakers_place_what_they_count_in_it():
    refs = reported(DAY,
        ap="Organizers in Chicago said more than 250,000 people gathered in Grant Park.",
        nyt="Organizers counted more than 250,000 in Chicago, while the city's police put the crowd at about 100,000.",
    )
    assert frozenset({"chicago", "grant park"}) in nested_places(refs)
    figures = match_claims(refs)
    chicago = figure_of(figures, "ap:more than 250,000")
    assert {"nyt:more than 250,000", "nyt:about 100,000"} <= set(chicago.claim_ids) and chicago.conflict


def test_arrests_in_several_cities_are_no_one_towns():
    refs = reported(DAY,
        guardian="In New York, the department said there had been zero protest-related arrests.",
        reuters="The protests were largely peaceful; police in several cities reported a handful of arrests.",
    )
    assert story_scopes(refs)["reuters:a handful"] == frozenset({WHOLE})
    figures = match_claims(refs)
    assert figure_of(figures, "reuters:a handful") is not figure_of(figures, "guardian:zero")


def test_an_earlier_total_compared_counts_what_the_first_number_counts():
    frames = extract_claims(
        "Nearly 7 million people took part at more than 2,700 locations, the coalition said, up from the 5 million it counted in June."
    )
    earlier = next(frame for frame in frames if frame.text == "5 million")
    assert (earlier.unit, earlier.measure) == ("person", "people")


def test_a_named_event_of_another_year_is_that_years():
    (march,) = [f for f in extract_claims(
        "That would make it the largest protest in American history, ahead of the 2017 Women's March, which drew an estimated 3.3 million to 5.2 million people."
    ) if f.value > 1000]
    when = event_time(march, DAY)
    assert when == (datetime.date(2017, 1, 1), datetime.date(2017, 12, 31))
