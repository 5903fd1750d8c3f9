"""A body named with its short form, and a party's demand reported by its opponent (the
lessons of the resident doctors' strike)."""

from tests.support import frames_of


def test_a_bodys_short_form_in_brackets_is_no_part_of_its_name():
    said = frames_of("The British Medical Association (BMA) says their pay has fallen by 20% in real terms since 2008.")
    assert said["20%"].claimant == "The British Medical Association"


def test_a_demand_is_the_party_whose_demand_it_is():
    said = frames_of("The health secretary, Wes Streeting, said the BMA's demand for a 29% pay rise was unaffordable.")
    assert said["29%"].claimant == "the BMA"
    place = frames_of("Officials said Syria's 1,500 dead were buried in the north.")
    assert place["1,500"].claimant == "Officials", "a place's dead are no place's claim"
