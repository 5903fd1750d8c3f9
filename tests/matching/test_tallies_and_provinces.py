"""A shutdown ended by two votes told as tallies, and a typhoon's tolls by province and by
country (the lessons of the 2025 US government shutdown and Typhoon Kalmaegi)."""

import datetime

from factcheck.extraction import extract_claims
from factcheck.matching import match_claims
from factcheck.matching.features import VOTES_AGAINST, VOTES_FOR, qualifier_keys, story_scopes
from tests.support import figure_of, frames_of, reported

DAY = datetime.date(2025, 11, 10)


def test_a_tally_is_two_counts_of_votes_for_and_against():
    senate = frames_of("The Senate voted 60-40 on Sunday night to advance a deal.")
    assert (senate["60"].unit, VOTES_FOR in qualifier_keys(senate["60"])) == ("vote", True)
    assert (senate["40"].unit, VOTES_AGAINST in qualifier_keys(senate["40"])) == ("vote", True)
    house = frames_of("Trump signed the bill hours after the House passed it 222-209.")
    assert house["222"].unit == "vote" and house["209"].unit == "vote"
    passed = frames_of("The bill passed 63-36 in the Senate.")
    assert passed["63"].hedge == "exact", "a tally is no threshold"
    (toll,) = extract_claims("The toll passed 100 on Monday.")
    assert toll.hedge == "more_than"
    figures = match_claims(reported(DAY, bbc="The Senate voted 60-40 on Sunday night to advance a deal to end the shutdown."))
    assert figure_of(figures, "bbc:60") is not figure_of(figures, "bbc:40")


def test_others_count_what_the_paragraph_counted():
    said = frames_of("The toll rose to 188, the Office of Civil Defense said, while 135 others remain missing.")
    assert (said["135"].unit, said["135"].measure) == ("person", "missing")


def test_in_the_province_is_the_province_the_speaker_is_named_for():
    refs = reported(DAY,
        reuters="Typhoon Kalmaegi killed at least 66 people, the civil defence office said. "
                "The provincial government of Cebu said 76 people had died in the province alone.",
    )
    assert story_scopes(refs)["reuters:76"] == {"cebu"}
    unnamed = reported(DAY, ap="Officials said 76 people had died in the province.")
    assert story_scopes(unnamed)["ap:76"] == frozenset()
