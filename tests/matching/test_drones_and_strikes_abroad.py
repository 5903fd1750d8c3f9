"""Drones that entered a country's airspace and those shot down, and a strike's dead named by
an aside (the lessons of the Russian drones over Poland and Israel's strike on Doha)."""

import datetime

from factcheck.matching import match_claims
from factcheck.matching.features import event_class
from tests.support import figure_of, frames_of, reported

DAY = datetime.date(2025, 9, 10)


def test_drones_shot_down_of_those_that_entered_are_drones_not_the_dead():
    said = frames_of("Poland says 19 drones entered its airspace on Tuesday night, of which only three were shot down, the minister said.")
    assert (said["three"].unit, said["three"].measure) == ("drone", "weapons")
    dead = frames_of("Police said three people were shot dead.")
    assert dead["three"].measure == "killed"


def test_entering_airspace_is_the_salvo_sent_not_the_part_shot_down():
    assert event_class("enter", "weapons") == event_class("fire", "weapons")
    figures = match_claims(reported(DAY,
        ap="Polish and NATO aircraft shot down four of the drones, the Polish military said.",
        bbc="Poland says 19 drones entered its airspace on Tuesday night, of which only three were shot down, the minister said.",
    ))
    assert figure_of(figures, "bbc:19") is not figure_of(figures, "ap:four")
    assert figure_of(figures, "bbc:three") is figure_of(figures, "ap:four")


def test_a_passive_toll_has_no_object_to_place_it():
    said = frames_of("Hamas said five of its members had been killed, among them the son of its chief negotiator, Khalil al-Hayya.")
    assert "Khalil al-Hayya" not in said["five"].scope
