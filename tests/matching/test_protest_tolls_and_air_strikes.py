"""A president's toll against the UN's, and a bombing raid told by the general and the
president, with the reply on a base in Qatar (the lessons of the Madagascar protests and the US
strikes on Iran's nuclear sites)."""

import dataclasses
import datetime

from factcheck.extraction import extract_claims
from factcheck.matching import match_claims
from factcheck.matching.conflicts import conflicting
from factcheck.matching.features import PART, WHOLE, qualifier_keys, story_scopes, weapon_kind
from tests.support import figure_of, frames_of, positions_in_reports, reported

DAY = datetime.date(2025, 6, 22)


def test_a_count_said_to_be_a_bodys_is_that_bodys_claim():
    said = frames_of(
        "President Andry Rajoelina has said 12 people died during the protests, disputing a UN count of at least 22 deaths."
    )
    assert said["12"].claimant == "President Andry Rajoelina"
    assert said["at least 22"].claimant == "UN"
    (place,) = extract_claims("The Gaza toll of 30,000 dead was given by the ministry.")
    assert place.claimant != "Gaza", "a place's toll is no place's claim"
    figures = match_claims([
        *reported(datetime.date(2025, 9, 29), reuters="At least 22 people have been killed in the protests, the UN human rights office said."),
        *reported(datetime.date(2025, 10, 9), aljazeera=(
            "President Andry Rajoelina has said 12 people died during the protests, disputing a UN count of at least 22 deaths."
        )),
    ])
    assert figure_of(figures, "aljazeera:12").conflict


def test_a_closing_said_with_a_long_title_names_its_speaker():
    said = frames_of(
        "Seven B-2 stealth bombers dropped 14 bombs on two nuclear sites in an operation that involved more than 125 "
        "aircraft, Gen. Dan Caine, chairman of the Joint Chiefs of Staff, said on Sunday."
    )
    assert {said[text].claimant for text in ("Seven", "14", "more than 125")} == {"Gen. Dan Caine"}
    assert said["Seven"].unit == "bomber", "the number counts the bombers, not the B-2"
    (growth,) = [frame for frame in extract_claims(
        "The Economic Survey, tabled a day before the Budget, projected GDP growth of 6.5% for 2023-24."
    ) if frame.text == "6.5%"]
    assert growth.claimant == "The Economic Survey", "a conjunct that says something shares the subject"


def test_how_long_a_thing_was_done_for_is_a_claim_and_a_frame_of_time_is_not():
    (flight,) = extract_claims("The bombers flew for about 18 hours from Missouri to reach their targets.")
    assert (flight.value, flight.unit, flight.measure) == (18, "hour", "duration")
    (rule,) = extract_claims("He said a military-led council would rule for up to two years before holding elections.")
    assert (rule.high, rule.unit) == (2, "year")
    assert extract_claims("It has rained for the past 24 hours.") == []
    assert extract_claims("He arrived two days before the vote.") == []


def test_a_salvo_taken_from_an_arsenal_is_no_part_but_a_countrys_crashed_jets_are():
    (dropped,) = [frame for frame in extract_claims("Seven bombers dropped 14 of the military's bunker-buster bombs on Iran.") if frame.text == "14"]
    assert PART not in qualifier_keys(dropped)
    (crashed,) = extract_claims("A source said three of the country's fighter jets had crashed in Kashmir.")
    assert PART in qualifier_keys(crashed)


def test_tomahawks_are_cruise_missiles():
    (fired,) = extract_claims("A submarine fired 30 Tomahawk missiles at the Isfahan site.")
    assert weapon_kind(fired) == "cruise"


def test_a_count_said_of_several_places_is_the_whole_not_one_places():
    refs = reported(DAY,
        ap="Seven bombers dropped 14 of the military's 30,000-pound bombs on two Iranian nuclear sites, Caine said.",
        fox="Trump said six bunker-buster bombs were dropped on the Fordow enrichment plant.",
    )
    assert story_scopes(refs)["ap:14"] == {WHOLE}
    figures = match_claims(refs)
    assert figure_of(figures, "ap:14") is not figure_of(figures, "fox:six")
    clause = reported(DAY, aj="Pakistan says 26 people have been killed after India fired missiles at six locations.")
    assert story_scopes(clause)["aj:26"] != {WHOLE}, "the places are another clause's"


def test_a_rate_set_anew_later_is_an_update_not_a_dispute():
    def positions(first: str, second: str):
        return positions_in_reports(datetime.date(2025, 4, 3), first, datetime.date(2025, 4, 10), second)

    assert not conflicting(*positions(
        "Goods from China will face a 34% tariff.", "Trump paused the tariffs while raising the tariff on Chinese imports to 125%.",
    ))
    assert conflicting(*positions(
        "Goods from China will face a 34% tariff.", "Economists said the tariff on Chinese imports was 125%.",
    ))


def test_those_still_missing_replace_an_earlier_count_of_the_missing_whoever_gave_it():
    def positions(first: str, second: str):
        return positions_in_reports(datetime.date(2025, 3, 28), first, datetime.date(2025, 3, 30), second)

    assert not conflicting(*positions(
        "Thai officials said 81 workers were missing at the site.", "The authorities said 76 workers were still missing.",
    ))
    assert conflicting(*positions(
        "Thai officials said 81 workers were missing at the site.", "The authorities said 76 workers were missing.",
    ))
    (remain,) = positions("Thai officials said 81 workers were missing.", "At the tower, 76 workers remain missing.")[1:]
    assert remain.still


def test_an_outlets_short_name_names_no_quantity():
    refs = [
        dataclasses.replace(ref, outlet="Reuters") for ref in reported(DAY, reuters="At least 82 people died in the crush, the government said.")
    ] + [
        dataclasses.replace(ref, outlet="BBC News")
        for ref in reported(DAY, bbc="For 82 of the deaths the BBC found evidence that the victims had died at the festival.")
    ]
    assert "bbc" not in story_scopes(refs)["bbc:82"]
    figures = match_claims(refs)
    assert figure_of(figures, "bbc:82") is figure_of(figures, "reuters:At least 82")
