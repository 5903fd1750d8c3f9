"""A storm is no owner of what it wrecks, a name after "the 41" is who gives it, and a
participle after a bare number is its event (the lessons of Operation Spiderweb and Hurricane
Milton)."""

from tests.support import frames_of


def test_a_storm_that_acts_on_things_does_not_own_them():
    said = frames_of("Hurricane Milton left more than 3 million homes and businesses without power on Thursday.")
    assert said["more than 3 million"].qualifiers == ()
    assert frames_of("Delta canceled about 7,000 flights over five days.")["about 7,000"].qualifiers == ("Delta",)


def test_a_name_after_a_restated_number_is_who_gives_it():
    said = frames_of("Two U.S. officials said as many as 20 Russian warplanes were hit, with about 10 destroyed, fewer than the 41 Ukraine has claimed.")
    assert said["41"].unit == "warplane" and said["41"].measure == "weapons"
    assert said["about 10"].event == "destroy"
    assert frames_of("The 5 Americans were killed on Sunday.")["5"].unit == "american", "a people named after the number is counted"
