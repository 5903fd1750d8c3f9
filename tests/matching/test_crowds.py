"""Counts of a crowd across reports: its place said after the number or as "the capital", the
forces watching it, and a rival's count said as a dispute (the lessons of the Paris pension
protests story)."""

import datetime

from factcheck.extraction import extract_claims
from factcheck.matching import match_claims
from factcheck.matching.features import CROWD, FORCE, PERIOD, people_kind, qualifier_keys, story_scopes
from tests.support import figure_of, reported

DAY = datetime.date(2023, 3, 23)


AFP = (
    "PARIS (AFP) - More than a million people marched across France on Thursday against the pension reform.\n\n"
    "The interior ministry counted 1.089 million demonstrators nationwide, including 119,000 in Paris.\n\n"
    "The hardline CGT union said 3.5 million people had taken part, 800,000 of them in the capital.\n\n"
    "Some 12,000 members of the security forces were deployed, 5,000 of them in Paris."
)
FRANCE_24 = "Earlier, the CGT said 800,000 people had marched in Paris, a figure disputed by the police, who counted 119,000."
CGT = "With 3.5 million demonstrators across France, 800,000 of them in Paris, this ninth day is the largest since the start of the movement."


def test_the_capital_is_the_capital_of_the_country_the_story_names():
    refs = reported(DAY, afp=AFP, france24=FRANCE_24)
    scopes = story_scopes(refs)
    assert scopes["afp:800,000"] == {"paris"}
    figure = figure_of(match_claims(refs), "afp:800,000")
    assert {"france24:800,000", "france24:119,000", "afp:119,000"} <= set(figure.claim_ids)
    assert figure.conflict
    assert "afp:3.5 million" not in figure.claim_ids and "afp:1.089 million" not in figure.claim_ids


def test_the_capital_is_nobodys_when_the_story_names_two_countries():
    refs = reported(DAY, a="Crowds marched in France and Spain. The union said 800,000 of them were in the capital.")
    assert "paris" not in story_scopes(refs)["a:800,000"] and "madrid" not in story_scopes(refs)["a:800,000"]


def test_the_forces_deployed_are_not_the_crowd_they_watch():
    figures = match_claims(reported(DAY, afp=AFP, france24=FRANCE_24))
    crowd = figure_of(figures, "afp:119,000")
    assert "afp:Some 12,000" not in crowd.claim_ids and "afp:5,000" not in crowd.claim_ids
    figures = match_claims(reported(DAY, 
        a="The interior ministry counted 119,000 in Paris.",
        b="Some 12,000 members of the security forces were in Paris.",
        c="Some 9,000 police officers were in Paris.",
    ))
    assert figure_of(figures, "a:119,000") is not figure_of(figures, "b:Some 12,000")
    assert figure_of(figures, "b:Some 12,000") is figure_of(figures, "c:Some 9,000")
    kinds = {frame.text: people_kind(frame) for frame in extract_claims(
        "Some 90,000 demonstrators filled the streets, watched by 9,000 police officers, and 30,000 people marched in Lyon."
    )}
    assert kinds == {"Some 90,000": CROWD, "9,000": FORCE, "30,000": CROWD}


def test_a_crowd_named_with_its_place_after_the_number_is_that_places_crowd():
    figures = match_claims(reported(DAY, afp=AFP, france24=FRANCE_24, cgt=CGT))
    assert figure_of(figures, "cgt:800,000") is figure_of(figures, "france24:800,000")
    nationwide = figure_of(figures, "cgt:3.5 million")
    assert "afp:1.089 million" in nationwide.claim_ids and "cgt:800,000" not in nationwide.claim_ids


def test_the_largest_since_the_start_compares_and_counts_over_no_period():
    (crowd,) = [frame for frame in extract_claims(CGT) if frame.text == "800,000"]
    assert PERIOD not in qualifier_keys(crowd)
    (drones,) = extract_claims("Russia has launched more than 1,000 drones since the start of the war.")
    assert PERIOD in qualifier_keys(drones)
