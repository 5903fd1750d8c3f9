"""Numbers in digits and words, with their scale, and the interval their hedge implies."""

import pytest

NONE = None


@pytest.mark.parametrize(
    ("sentence", "text", "value", "low", "high", "hedge"),
    [
        ("Officials said 5,000 troops were deployed.", "5,000", 5000, 5000, 5000, "exact"),
        ("The ministry said 1.5 million people were displaced.", "1.5 million", 1_500_000, 1_500_000, 1_500_000, "exact"),
        ("Police said two soldiers were killed.", "two", 2, 2, 2, "exact"),
        ("Police said nine soldiers were killed.", "nine", 9, 9, 9, "exact"),
        ("The army said a dozen rockets were fired.", "a dozen", 12, 12, 12, "exact"),
        ("Officials said two-thirds of the city was flooded.", "two-thirds", 66.67, 66.67, 66.67, "exact"),
        ("The agency said half a million residents fled.", "half a million", 500_000, 500_000, 500_000, "exact"),
        ("Police said tens of thousands of people marched.", "tens of thousands", 20_000, 20_000, 99_999, "vague"),
        ("Rescuers said dozens of homes were destroyed.", "dozens", 24, 24, 99, "vague"),
        ("Witnesses said hundreds of people were trapped.", "hundreds", 200, 200, 999, "vague"),
        ("The mayor said a handful of buildings survived.", "a handful", 2, 2, 5, "vague"),
        ("The army said more than a dozen missiles were fired.", "more than a dozen", 12, 12, NONE, "more_than"),
        ("Officials said at least 80 people were killed.", "at least 80", 80, 80, NONE, "at_least"),
        ("The agency said up to 100 people were missing.", "up to 100", 100, NONE, 100, "at_most"),
        ("The ministry said nearly 5,000 people were evacuated.", "nearly 5,000", 5000, 4500, 5000, "approximate"),
        ("Police said about 200 people were arrested.", "about 200", 200, 180, 220, "approximate"),
        ("Officials said between 40 and 55 people were killed.", "between 40 and 55", 47.5, 40, 55, "range"),
        ("The group said some 300 fighters were killed.", "some 300", 300, 270, 330, "approximate"),
        ("Survivors said as many as 80 people were aboard.", "as many as 80", 80, NONE, 80, "at_most"),
        ("The toll climbed past 11,000, officials said.", "11,000", 11000, 11000, NONE, "more_than"),
        ("Officials said fewer than 10 people were hurt.", "fewer than 10", 10, NONE, 10, "less_than"),
        ("The fund will spend $2.5 billion, the ministry said.", "$2.5 billion", 2_500_000_000, 2_500_000_000, 2_500_000_000, "exact"),
        ("Taxes will rise by £40bn, the chancellor said.", "£40bn", 40_000_000_000, 40_000_000_000, 40_000_000_000, "exact"),
        ("Unemployment rose to 4.2 per cent, the office said.", "4.2 per cent", 4.2, 4.2, 4.2, "exact"),
        ("The railway paid Rs 10 lakh to each family, officials said.", "Rs 10 lakh", 1_000_000, 1_000_000, 1_000_000, "exact"),
        ("Officials said 1,100-1,200 people were injured.", "1,100-1,200", 1150, 1100, 1200, "range"),
        ("The toll could reach 20,000, the mayor said.", "20,000", 20000, NONE, 20000, "at_most"),
    ],
)
def test_number_value_and_interval(claims_of, sentence, text, value, low, high, hedge):
    claim = claims_of(sentence)[text]
    assert (claim.value, claim.low, claim.high, claim.hedge) == (value, low, high, hedge)


def test_a_change_from_one_figure_to_another_is_two_claims(claims_of):
    claims = claims_of("The rate rises from 13.8% to 15% in April, the Treasury said.")
    assert set(claims) == {"13.8%", "15%"}
    assert claims["15%"].unit == "percent" and claims["15%"].measure == "percent"


def test_a_rise_by_a_share_to_a_sum_is_a_change_and_a_level_not_a_range(claims_of):
    claims = claims_of("The national living wage will rise by 6.7% to £12.21 an hour.")
    assert set(claims) == {"6.7%", "£12.21"}
    assert claims["£12.21"].unit == "pound" and claims["6.7%"].hedge == "exact"
    claims = claims_of("Prices were forecast to rise 5% to £3.40 a litre.")
    assert set(claims) == {"5%", "£3.40"}
    claims = claims_of("The airline said it had cut its winter schedule by 10 to 15 percent.")
    assert claims["10 to 15 percent"].hedge == "range"


def test_the_whole_a_toll_is_counted_of_is_the_people_on_board(claims_of):
    claims = claims_of("The plane crashed on Sunday, killing 179 of the 181 people on board, officials said.")
    assert claims["179"].measure == "killed" and claims["181"].measure == "people"


def test_arabic_indic_and_full_width_digits_are_read(claims_of):
    claims = claims_of("Officials said ٣٠٠ people were evacuated and １２ homes were destroyed.")
    assert claims["٣٠٠"].value == 300
    assert claims["１２"].value == 12
