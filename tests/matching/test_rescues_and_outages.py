"""Miners brought up alive and bodies brought up, and an outage's flights, computers and shares
(the lessons of the Stilfontein mine rescue and the CrowdStrike outage)."""

import datetime

from factcheck.matching import match_claims
from factcheck.matching.conflicts import comparable
from factcheck.matching.features import claim_event, story_scopes
from tests.support import corpus_figures, figure_of, frames_of, home_of, positions_in_reports, reported

JUL_19, JUL_20, JUL_22 = datetime.date(2024, 7, 19), datetime.date(2024, 7, 20), datetime.date(2024, 7, 22)


def test_survivors_listed_after_bodies_are_alive():
    said = frames_of("Rescuers have retrieved 51 bodies and 172 survivors from the mine since Monday, police said.")
    assert said["51"].measure == "killed"
    assert said["172"].measure == "people", "survivors are no part of the toll"
    listed = frames_of("The toll has risen to 20, including 14 civilians and six soldiers.")
    assert listed["six"].measure == "killed", "a toll's parts listed with 'and' are still the dead"


def test_people_brought_out_alive_were_rescued():
    said = frames_of("Police said 246 people had been brought out alive and 78 bodies recovered.")
    assert claim_event(said["246"]) == "rescue"
    assert claim_event(frames_of("Rescuers brought 82 survivors to the surface on Tuesday.")["82"]) == "rescue"
    assert claim_event(frames_of("The strike brought the total on strike to 25,000 workers.")["25,000"]) is None
    # (In the whole story, where the counts of miners underground are a figure of their own.)
    figures = corpus_figures("stilfontein-mine-rescue-2025")
    _, claims = home_of(figures, "bbc:246")
    assert "reuters:82" in claims and "al-jazeera:172" in claims
    assert "reuters:between 350 and 400" not in claims


def test_a_numbered_part_of_a_site_is_no_place():
    said = frames_of("The group said at least 96 miners had died at the mine's Shaft 11, many of them from starvation.")
    assert said["at least 96"].scope == ()
    offers = frames_of("Ford has offered 20%, GM 20% and Stellantis 21%.")
    assert "GM" in offers["21%"].scope, "a name before a number that is a claim is still a name"


def test_a_count_of_the_world_is_the_whole():
    claims = [
        *reported(JUL_20, bbc="Cirium said 5,078 flights, 4.6% of those scheduled, were cancelled worldwide on Friday. "
                  "In the United States, more than 3,400 flights were cancelled, according to FlightAware."),
        *reported(JUL_19, reuters="More than 2,000 flights into, within or out of the United States had been cancelled by Friday afternoon."),
    ]
    scopes = story_scopes(claims)
    assert scopes["bbc:5,078"] == {"*whole*"}
    figures = match_claims(claims)
    assert figure_of(figures, "bbc:more than 3,400") is figure_of(figures, "reuters:More than 2,000")
    assert figure_of(figures, "bbc:5,078") is not figure_of(figures, "bbc:more than 3,400")


def test_a_company_that_acts_on_things_owns_the_count():
    assert frames_of("Delta canceled about 7,000 flights over five days.")["about 7,000"].qualifiers == ("Delta",)
    assert "Delta" in frames_of("Delta said it had canceled 1,200 flights on Monday.")["1,200"].qualifiers
    assert frames_of("Wang Fuk Court has eight blocks with nearly 2,000 flats.")["eight"].qualifiers == ()
    compared = frames_of("Delta has canceled more than 3,500 flights since Friday, far more than any other U.S. carrier.")
    assert compared["more than 3,500"].scope == (), "what a count is compared with is not its place"


def test_computers_and_devices_are_one_kind_and_shares_are_a_subject():
    figures = match_claims([
        *reported(JUL_20, bbc="Microsoft says 8.5 million Windows devices were affected by the update. "
                  "Cirium said 4.6% of scheduled flights were cancelled. CrowdStrike's shares closed down 11.1% on Friday."),
        *reported(JUL_19, reuters="CrowdStrike said a fix had been deployed. Its shares fell 11%."),
        *reported(JUL_22, ap="Microsoft has estimated that 8.5 million computers were affected by the update."),
    ])
    assert figure_of(figures, "ap:8.5 million") is figure_of(figures, "bbc:8.5 million")
    assert figure_of(figures, "reuters:11%") is figure_of(figures, "bbc:11.1%")
    assert figure_of(figures, "bbc:4.6%") is not figure_of(figures, "bbc:11.1%")


def test_a_campaign_groups_toll_disputes_the_bodies_the_police_brought_up():
    claimed, recovered = positions_in_reports(
        datetime.date(2025, 1, 13), "A community group said at least 96 miners had died underground.",
        datetime.date(2025, 1, 16), "Police say they have completed the operation, with 78 bodies recovered.",
    )
    assert comparable(claimed, recovered)
    toll, found = positions_in_reports(
        datetime.date(2025, 1, 31), "Sixty-seven people are believed to have died in the collision.",
        datetime.date(2025, 1, 31), "Washington Fire Chief John Donnelly said 28 bodies had been pulled from the river.",
    )
    assert not comparable(toll, found), "bodies found so far fall short of the toll the outlet gives"
