"""A raid's toll in one side's count and the other's, and a storm's outages told weeks later
(the lessons of the Nuseirat hostage rescue and the 2021 Texas winter storm)."""

import datetime

from factcheck.matching import match_claims
from factcheck.matching.features import at_the_events_time
from tests.support import figure_of, frames_of, reported

JUN_8, JUN_9 = datetime.date(2024, 6, 8), datetime.date(2024, 6, 9)
FEB_17, MAR_25 = datetime.date(2021, 2, 17), datetime.date(2021, 3, 25)


def test_who_made_a_raid_is_not_where_it_was():
    said = frames_of(
        "The Gaza Health Ministry said Sunday that 274 Palestinians, including 64 children, were killed and 698 wounded "
        "in the Israeli raid that rescued four hostages."
    )
    assert "Israeli" not in said["698"].scope
    assert "Israeli" in frames_of("The ministry said 698 people were wounded in Israeli towns.")["698"].scope


def test_where_people_were_taken_from_does_not_set_them_apart():
    said = frames_of("Israeli forces rescued four hostages from the Nuseirat area of central Gaza on Saturday.")
    assert said["four"].qualifiers == ()


def test_a_toll_of_a_people_and_that_peoples_casualties_are_one_figure_in_dispute():
    figures = match_claims([
        *reported(JUN_8, reuters="Israeli forces rescued four hostages in a raid that Gaza's health ministry said killed 210 Palestinians."),
        *reported(JUN_9, ap=(
            "The Gaza Health Ministry said Sunday that 274 Palestinians were killed in the raid. "
            'The Israeli military said it knew of "under 100" Palestinian casualties.'
        )),
    ])
    toll = figure_of(figures, "ap:274")
    assert toll is figure_of(figures, "ap:under 100") is figure_of(figures, "reuters:210")
    assert toll.conflict, "what the military knows of is its count, held against the ministry's"


def test_a_count_at_the_height_of_a_storm_is_of_the_storm_whenever_it_is_told():
    (later,) = frames_of("About 4.5 million homes and businesses lost power at the height of the storm.").values()
    assert at_the_events_time(later)
    figures = match_claims([
        *reported(FEB_17, ap="More than 4 million homes and businesses in Texas were without power on Tuesday as a winter storm hit."),
        *reported(MAR_25, reuters="About 4.5 million homes and businesses lost power at the height of the storm."),
    ])
    assert figure_of(figures, "ap:More than 4 million") is figure_of(figures, "reuters:About 4.5 million")
