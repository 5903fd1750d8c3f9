"""Reports of a crash: a toll told through its course in one day, two measurements of one wall,
the identified dead beside all the dead (the lessons of the Jeju Air story), and a precise
number given in two reports (Itaewon's 137 officers)."""

import datetime

from factcheck.extraction import extract_claims
from factcheck.matching import match_claims
from factcheck.matching.core import _precise
from factcheck.matching.features import IDENTIFIED, qualifier_keys
from tests.support import figure_of, reported

DAY = datetime.date(2024, 12, 29)


def test_a_tolls_course_through_the_day_is_history_not_a_rival():
    figures = match_claims(reported(DAY, 
        reuters="The toll climbed through the day as firefighters recovered bodies from the fuselage: 28 at mid-morning, then 85, then 167.",
        ap="The jet crashed at Muan airport, killing 179 people.",
        yonhap="The crash killed at least 120, fire authorities said.",
    ))
    toll = figure_of(figures, "reuters:28")
    assert {"reuters:85", "reuters:167", "ap:179", "yonhap:at least 120"} <= set(toll.claim_ids)
    assert not toll.conflict


def test_two_heights_of_one_wall_disagree():
    figures = match_claims(reported(DAY, 
        reuters="The transport ministry said the embankment stood about 2 metres high.",
        ap="A safety consultant said the embankment was 4 metres tall.",
    ))
    (height,) = [figure for figure in figures if figure.measure == "distance"]
    assert height.conflict


def test_the_identified_dead_are_a_part_of_the_dead_not_the_toll():
    sentence = "Investigators have identified 175 of the 179 people killed in Sunday's Jeju Air crash, the ministry said."
    (identified,) = [frame for frame in extract_claims(sentence) if frame.text == "175"]
    assert IDENTIFIED in qualifier_keys(identified), "the crash's name is the event's, no place of the part's own"
    figures = match_claims(reported(DAY, a=sentence, b="The jet crashed at Muan airport, killing 179 people."))
    assert figure_of(figures, "a:175") is not figure_of(figures, "b:179")
    assert figure_of(figures, "a:179") is figure_of(figures, "b:179")


def test_a_precise_number_given_in_two_reports_is_one_quantity_and_a_round_one_needs_more():
    figures = match_claims(reported(
        DAY,
        ap="Police had sent 137 officers to Itaewon, officials said, while thousands more were policing protests elsewhere.",
        guardian=(
            "Police acknowledged that only 137 officers had been assigned to Itaewon that night. "
            "About 6,500 officers were deployed the same day to rallies in central Seoul."
        ),
    ))
    assert figure_of(figures, "ap:137") is figure_of(figures, "guardian:137"), "137 twice is not chance"
    assert figure_of(figures, "guardian:About 6,500") is not figure_of(figures, "ap:137")
    assert _precise(1373) and _precise(22.6) and _precise(137) and not _precise(1500) and not _precise(40)
