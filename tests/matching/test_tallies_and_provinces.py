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


def test_a_committee_splitting_5_4_is_a_tally():
    said = frames_of("The Bank of England cut rates to 4%, with the Monetary Policy Committee splitting 5-4 in favour of the cut.")
    assert said["5"].unit == "vote" and said["4"].unit == "vote"


def test_the_verb_before_a_rates_noun_is_no_part_of_what_it_is_of():
    from factcheck.matching.features import subject_key

    (cut,) = [frame for frame in extract_claims("The Bank of England cut interest rates to 4% on Thursday.") if frame.text == "4%"]
    assert subject_key(cut) == "what:interest"
    (peak,) = [frame for frame in extract_claims("The BoE said inflation would peak at 4.0% in September.") if frame.text == "4.0%"]
    assert subject_key(peak) == "what:inflation"


def test_a_month_a_forecast_names_is_the_month_to_come():
    from factcheck.matching.timing import event_time

    (peak,) = extract_claims("The BoE said inflation would peak at 4.0% in September.")
    assert event_time(peak, datetime.date(2025, 8, 7)) == (datetime.date(2025, 9, 1), datetime.date(2025, 9, 30))
    (past,) = extract_claims("Inflation was 3.6% in June, the statistics office said.")
    assert event_time(past, datetime.date(2025, 8, 7)) == (datetime.date(2025, 6, 1), datetime.date(2025, 6, 30))
    (last,) = extract_claims("Inflation was 3.6% in September, the statistics office said.")
    assert event_time(last, datetime.date(2025, 8, 7))[0].year == 2024


def test_a_rate_cut_to_a_level_from_another_gives_two_levels_and_an_offer_one_course():
    from factcheck.matching.features import LEVEL_BEFORE, qualifier_keys

    said = frames_of("The Bank of England cut interest rates to 4% from 4.25% on Thursday.")
    assert LEVEL_BEFORE in qualifier_keys(said["4.25%"]) and LEVEL_BEFORE not in qualifier_keys(said["4%"])
    earlier = frames_of("Before he returned to office the rate was 2.4 per cent.")
    assert LEVEL_BEFORE in qualifier_keys(earlier["2.4 per cent"])
    day = datetime.date(2025, 8, 7)
    rates = match_claims(reported(day, reuters="The Bank of England cut interest rates to 4% from 4.25% on Thursday."))
    assert figure_of(rates, "reuters:4%") is not figure_of(rates, "reuters:4.25%")
    offers = match_claims(reported(day, ap="Ford said it had raised its offer to a 23% general wage increase over four years, from 20%."))
    assert figure_of(offers, "ap:23%") is figure_of(offers, "ap:20%")
