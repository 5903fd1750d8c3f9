"""A storm's tolls country by country and a war's tolls and salvos (the lessons of the Hurricane
Melissa and Israel-Iran war stories)."""

import datetime

from factcheck.extraction import extract_claims
from factcheck.matching import match_claims
from factcheck.matching.conflicts import same_speaker
from factcheck.matching.features import normalised_claimant, story_scopes
from tests.support import figure_of, reported

DAY = datetime.date(2025, 10, 31)


def test_a_place_told_of_in_a_clause_after_it_still_scopes_the_count():
    (zero,) = extract_claims("No deaths were reported in Cuba, where the storm made landfall as a Category 3 hurricane on Wednesday.")
    assert zero.zero and zero.scope == ("Cuba",)


def test_a_storms_name_is_the_event_not_a_place_of_a_toll():
    refs = reported(DAY,
        ap="The death toll from Hurricane Melissa rose to at least 49 on Friday, with 19 people killed in Jamaica and 30 in Haiti.",
    )
    assert "hurricane melissa" not in story_scopes(refs)["ap:at least 49"]


def test_the_weapons_that_killed_do_not_place_the_dead():
    (toll,) = extract_claims("In Israel, 28 people were killed by Iranian missiles, according to the prime minister's office.")
    assert toll.scope == ("Israel",)


def test_a_toll_listed_beside_a_placed_one_is_of_its_country():
    figures = match_claims(reported(datetime.date(2025, 6, 22),
        ap="Iran's health ministry said 400 people had been killed in Iran, and more than 3,000 wounded.",
    ) + reported(datetime.date(2025, 6, 27),
        guardian="Iran's health ministry says 610 people were killed in Iran during the 12-day war with Israel and 4,746 injured. "
                 "In Israel, 3,238 people were treated in hospitals, the health ministry said.",
    ))
    iran = figure_of(figures, "ap:more than 3,000")
    assert "guardian:4,746" in iran.claim_ids and "guardian:3,238" not in iran.claim_ids


def test_a_war_named_by_its_length_is_no_count_of_days():
    frames = extract_claims("Iran's health ministry says 610 people were killed in Iran during the 12-day war with Israel.")
    assert [frame.text for frame in frames] == ["610"]
    assert [f.text for f in extract_claims("The talks ended a 12-day strike.")] == ["12"]


def test_missiles_at_one_base_are_not_the_wars_salvo():
    figures = match_claims(reported(datetime.date(2025, 6, 24),
        bbc="President Donald Trump said Iran had fired 14 missiles, 13 of which were knocked down. "
            "Qatar's defence ministry said 19 missiles had been fired at the base.",
    ) + reported(datetime.date(2025, 6, 27),
        guardian="Israel's military says Iran fired more than 550 ballistic missiles and about 1,000 drones at Israel.",
    ))
    base = figure_of(figures, "bbc:14")
    assert "bbc:19" in base.claim_ids and base.conflict
    assert "guardian:more than 550" not in base.claim_ids


def test_one_body_named_by_its_people_its_country_or_the_country():
    def same(a, b):
        return same_speaker(normalised_claimant(a), normalised_claimant(b))

    assert same("the Israeli military", "Israel's military")
    assert same("Haiti's civil protection agency", "the country's civil protection agency")
    assert not same("the Iranian military", "Israel's military")
    assert not same("Jamaica's army", "the country's civil protection agency")
