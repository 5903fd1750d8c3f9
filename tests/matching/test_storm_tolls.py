"""Tolls of a storm that crossed several countries, and one official's escalating guesses (the
lessons of the Cyclone Chido story)."""

import datetime

from factcheck.matching import match_claims
from factcheck.matching.core import _toll_countries
from factcheck.matching.features import story_scopes
from tests.support import figure_of, reported

DAY = datetime.date(2024, 12, 17)


def test_one_officials_escalating_guesses_in_one_sentence_are_one_figure():
    figures = match_claims(reported(DAY, a=(
        '"I think there will certainly be several hundred dead, maybe we will get close to a thousand, even several thousand," '
        "the prefect told local television."
    )))
    tolls = [figure for figure in figures if figure.measure == "killed"]
    assert len(tolls) == 1 and len(tolls[0].claim_ids) == 3


def test_a_province_the_tables_do_not_know_lies_in_the_country_its_sentence_opens_with():
    refs = reported(DAY, 
        afp=(
            "In Mozambique, where Chido made landfall on Sunday, the national disaster institute said 34 people had been killed "
            "in the northern province of Cabo Delgado."
        ),
        bbc="In neighbouring Malawi, the authorities reported 13 dead.",
    )
    countries = _toll_countries(refs, story_scopes(refs))
    assert countries["afp:34"] == {"MZ"} and countries["bbc:13"] == {"MW"}
    figures = match_claims(refs)
    assert figure_of(figures, "afp:34") is not figure_of(figures, "bbc:13"), "Mozambique's dead are not Malawi's"


def test_there_is_the_country_of_the_speaker_not_of_the_paragraph():
    refs = reported(DAY, bbc=(
        "In Mozambique, the toll from the storm rose to 94, the country's disaster management agency said. "
        "Malawi's government said 13 people had died there."
    ))
    scopes = story_scopes(refs)
    assert scopes["bbc:13"] == {"malawi"} and scopes["bbc:94"] == {"mozambique"}
    figures = match_claims(refs)
    assert figure_of(figures, "bbc:13") is not figure_of(figures, "bbc:94")


def test_a_governments_own_country_is_not_the_toll_place_when_the_sentence_names_one():
    refs = reported(DAY, 
        a="The confirmed death toll from Cyclone Chido in Mayotte rose to 22, the interior ministry said.",
        b="The number of people confirmed killed by Cyclone Chido in Mayotte has risen to 35, France's interior ministry said.",
    )
    assert "france" not in story_scopes(refs)["b:35"]


def test_a_place_the_story_counts_its_dead_in_named_in_the_clause_says_whose_toll_it_is():
    refs = reported(DAY, 
        afp=(
            "The confirmed death toll from Cyclone Chido in Mayotte rose to 22, the interior ministry said.\n\n"
            "In Mozambique, the national disaster institute said 34 people had been killed in the province of Cabo Delgado."
        ),
        bbc="The number of people confirmed killed by Cyclone Chido in Mayotte has risen to 35, France's interior ministry said.",
    )
    countries = _toll_countries(refs, story_scopes(refs))
    assert countries["bbc:35"] == {"YT"}, "Mayotte, not France, whose ministry speaks"
    figures = match_claims(refs)
    assert figure_of(figures, "bbc:35") is figure_of(figures, "afp:22")
    assert figure_of(figures, "bbc:35") is not figure_of(figures, "afp:34")


def test_a_place_the_story_counts_no_dead_in_says_nothing_of_a_toll():
    refs = reported(DAY, 
        a="Iraq said 80 people were killed in Baghdad.",
        b="No one was killed in the attack on Baghdad, launched from Iran, officials said.",
    )
    assert _toll_countries(refs, story_scopes(refs))["b:No one"] != {"IR"}


def test_an_impression_far_from_a_count_disputes_it_and_one_near_it_does_not():
    figures = match_claims(reported(DAY, 
        ministry="The confirmed death toll from Cyclone Chido in Mayotte rose to 35, the interior ministry said.",
        prefect="The prefect of Mayotte said the death toll from Cyclone Chido could run into the hundreds.",
    ))
    (toll,) = [figure for figure in figures if figure.measure == "killed"]
    assert toll.conflict
    figures = match_claims(reported(DAY, 
        ministry="The confirmed death toll from Cyclone Chido in Mayotte rose to 35, the interior ministry said.",
        aid="An aid group in Mayotte said the death toll from Cyclone Chido was in the dozens.",
    ))
    (toll,) = [figure for figure in figures if figure.measure == "killed"]
    assert not toll.conflict, "dozens and 35 may both be true"


def test_a_place_said_right_after_a_toll_is_its_own_and_the_same_place_named_twice_is_one():
    refs = reported(
        datetime.date(2024, 11, 1),
        reuters="The regional emergency service said 92 people had died in the Valencia region and two in neighbouring Castilla-La Mancha.",
        ap="The death toll from Spain's floods rose to 205 on Friday, with 202 of the dead in the Valencia region, officials said.",
        guardian="The number of people confirmed dead has risen to 217, of whom 211 died in the Valencia region, the government said.",
    )
    assert story_scopes(refs)["reuters:two"] == {"castilla-la mancha"}
    figures = match_claims(refs)
    assert figure_of(figures, "ap:202") is figure_of(figures, "guardian:211") is figure_of(figures, "reuters:92")
    assert figure_of(figures, "reuters:two") is not figure_of(figures, "reuters:92")
