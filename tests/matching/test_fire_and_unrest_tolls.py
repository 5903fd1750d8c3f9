"""Tolls told with their parts (the lessons of the Tai Po fire and of Nepal's protests):
firefighters among the dead and injured, the dead listed by who they were, the blocks of one
estate named two ways, platforms named two ways, and those still missing counted day by day."""

import datetime

from factcheck.extraction import extract_claims
from factcheck.matching import match_claims
from factcheck.matching.conflicts import conflicting
from factcheck.matching.features import PART, POLICE, RESPONDERS, qualifier_keys
from tests.support import figure_of, positions_in_reports, reported

DAY = datetime.date(2025, 11, 28)


def test_firefighters_among_the_dead_and_injured_are_a_part_of_the_toll():
    figures = match_claims(reported(DAY,
        ap="The death toll rose to 128 on Friday. Seventy-nine people were injured, including 12 firefighters, and one firefighter died.",
        scmp="At least 55 people have died, officials said. Seventy-six people were injured, among them 11 firefighters.",
    ))
    assert figure_of(figures, "ap:one") is not figure_of(figures, "ap:128")
    assert figure_of(figures, "ap:12") is figure_of(figures, "scmp:11")
    assert figure_of(figures, "ap:12") is not figure_of(figures, "ap:Seventy-nine")
    (died,) = [f for f in extract_claims("Seventy-nine people were injured, and one firefighter died.") if f.text == "one"]
    assert RESPONDERS in qualifier_keys(died)


def test_the_dead_listed_by_who_they_were_are_parts_of_the_toll():
    frames = {f.text: f for f in extract_claims(
        "The toll rose to 72, Chief Secretary Eknarayan Aryal said. He said 59 of the dead were protesters, 10 were prisoners and three were police officers."
    )}
    assert PART in qualifier_keys(frames["59"]) and PART in qualifier_keys(frames["10"])
    assert POLICE in qualifier_keys(frames["three"])
    listed = {f.text: f for f in extract_claims("Among the dead are 21 protesters, nine inmates and three police personnel, Ghimire said.")}
    assert PART in qualifier_keys(listed["21"]) and PART in qualifier_keys(listed["nine"])
    assert POLICE in qualifier_keys(listed["three"])
    figures = match_claims(reported(DAY,
        kathmandu="The death toll has climbed to 51, police said. Among the dead are 21 protesters, nine inmates and three police personnel, Ghimire said.",
        aljazeera="The toll rose to 72, Chief Secretary Eknarayan Aryal said. He said 59 of the dead were protesters, 10 were prisoners and three were police officers.",
    ))
    toll = figure_of(figures, "kathmandu:51")
    assert "aljazeera:72" in toll.claim_ids
    assert not {"kathmandu:21", "kathmandu:nine", "aljazeera:10", "aljazeera:59"} & set(toll.claim_ids)
    assert figure_of(figures, "kathmandu:nine") is figure_of(figures, "aljazeera:10")


def test_blocks_and_towers_of_one_estate_and_platforms_and_sites_are_one_count_each():
    figures = match_claims(reported(DAY,
        scmp="The fire had spread to seven of the estate's eight blocks.",
        bbc="The fire spread to seven of the estate's eight towers.",
        reuters="The government blocked 26 social media platforms, including Facebook.",
        ap="The government lifted its ban on the 26 social media sites on Tuesday.",
    ))
    assert figure_of(figures, "scmp:eight") is figure_of(figures, "bbc:eight")
    assert figure_of(figures, "scmp:seven") is figure_of(figures, "bbc:seven")
    assert figure_of(figures, "reuters:26") is figure_of(figures, "ap:26")


def test_those_still_missing_counted_a_day_later_are_an_update_whoever_counts_them():
    still = match_claims([
        *reported(datetime.date(2025, 11, 28), ap="About 200 people were still missing, Secretary for Security Chris Tang said."),
        *reported(datetime.date(2025, 11, 29), bbc="Some 150 people are still missing, Hong Kong officials said."),
    ])
    (missing,) = [figure for figure in still if figure.measure == "missing"]
    assert not missing.conflict
    def positions(first: str, second: str):
        return positions_in_reports(datetime.date(2023, 8, 15), first, datetime.date(2023, 8, 18), second)

    assert not conflicting(*positions(
        "The governor said 1,000 people were still missing.", "The FBI said 388 people were still missing.",
    ))
    assert conflicting(*positions(
        "The governor said 1,000 people were missing.", "The FBI said 388 people were missing.",
    )), "two agencies' counts of the missing, not said of the day, still dispute each other"


def test_one_named_hospitals_patients_are_a_part_of_the_injured():
    figures = match_claims([
        *reported(DAY, reuters="More than 100 Palestinians were killed and 280 wounded near Gaza City, the Gaza health ministry said."),
        *reported(DAY + datetime.timedelta(days=1), aljazeera=(
            "The toll has risen to 112, with 760 people injured, the Ministry of Health in Gaza said. "
            "Mohammed Salha, the acting director of al-Awda hospital, said 161 wounded people had been brought to the hospital."
        )),
    ])
    injured = figure_of(figures, "reuters:280")
    assert "aljazeera:760" in injured.claim_ids
    assert "aljazeera:161" not in injured.claim_ids
    assert not injured.conflict
    assert figure_of(figures, "reuters:More than 100") is figure_of(figures, "aljazeera:112"), "the people counted are no place"
