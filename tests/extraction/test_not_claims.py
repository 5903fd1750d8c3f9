"""Numbers that are not claims: dates, years, times, ages, ordinals, identifiers and the like."""

import pytest

from factcheck.extraction import extract_claims


@pytest.mark.parametrize(
    "text",
    [
        "The attack happened on 8 January 2020.",
        "The attack happened on January 8, 2020.",
        "The attack happened on Jan. 8.",
        "The White House said the president would speak at 11 am or 4pm Irish time.",
        "Air raid alerts lasted until 07:30 local time.",
        "The strike came two days after the funeral.",
        "In the past 24 hours, the situation has calmed.",
        "John Smith, 45, was among the injured.",
        "A 10-day-old baby was rescued.",
        "The Fateh-313 and Qiam missiles have a long range.",
        "The Covid-19 pandemic and the G7 summit dominated the year.",
        "Under Article 5 and Resolution 2231, the allies must respond.",
        "The Boeing 737 landed safely.",
        "The blaze was raised to a No. 5 alarm, the highest level.",
        "The walkout halted production of the 737 Max, 767 and 777 jets.",
        "The 2012-13 budget was revised in the spring.",
        "Call the helpline on +44 20 7946 0000 for information.",
        "3 min read",
        "Updated 14:02 GMT",
        "It was the third strike this month.",
        "Two U.S. officials told The Associated Press that the base was empty.",
        "The two countries signed a deal.",
        'The city has been governed under a "one country, two systems" formula since 1997.',
        'Protesters chanted "one man, one vote" outside parliament.',
        "Train number 12841 left the station late.",
        "It was the strongest quake to hit the region since at least 1900.",
        "Talks on a two-state solution resumed after a one-off meeting.",
        "Biden would convene leaders of the Group of Seven on Sunday.",
        "The reform raises the minimum retirement age from 62 to 64.",
        "The Boeing 737-800 from Bangkok skidded off the end of runway 01.",
        "Work was under way at one end of the runway.",
    ],
)
def test_not_a_claim(text):
    assert [frame.text for frame in extract_claims(text)] == []


def test_a_hedged_four_digit_count_is_still_a_count():
    assert [frame.text for frame in extract_claims("At least 1900 people fled, and more than 2000 were evacuated.")] == ["At least 1900", "more than 2000"]


def test_durations_the_story_asserts_are_claims():
    claims = {frame.text: frame for frame in extract_claims("The siege lasted 12 hours. Erdogan declared seven days of national mourning.")}
    assert claims["12"].measure == "duration"
    assert claims["seven"].unit == "day"


def test_a_quoted_count_is_still_a_claim():
    claims = [frame.text for frame in extract_claims('Trump said "no Americans were harmed", while Iran claimed "two soldiers were killed".')]
    assert claims == ["no Americans", "two"]


def test_a_span_of_time_used_as_an_adjective_is_no_claim():
    claims = [frame.text for frame in extract_claims("Sterling fell more than 3% to a 37-year low of $1.0857, and 30-year gilt yields rose above 5%.")]
    assert claims == ["more than 3%", "$1.0857", "above 5%"]


def test_a_model_variant_and_one_of_two_are_not_counts():
    assert [f.text for f in extract_claims("Flight-tracking data show the Boeing 787-8 reached a height of 625 feet.")] == ["625"]
    assert not extract_claims("In the cockpit recording, one pilot is heard asking the other why he cut off the fuel.")
    (one,) = extract_claims("One soldier was killed and the other wounded.")
    assert one.measure == "killed"


def test_a_matchs_score_is_no_claim_but_a_votes_tally_is():
    assert not extract_claims("Fans invaded the pitch after their side lost 3-2 to rivals Persebaya Surabaya.")
    assert not extract_claims("Arema won 2-0 at home on Saturday.")
    assert [frame.text for frame in extract_claims("The House passed it 222-209 on Friday.")] == ["222", "209"]
