"""A seizure told in tonnes and in kilos, its value as the police and the prosecutors put it,
and millions written "m" at the end of a sentence (the lessons of Spain's record cocaine seizure
and the Channel crossings of 2024)."""

import datetime

from factcheck.matching import match_claims
from factcheck.matching.features import event_class, subject_key
from tests.support import figure_of, frames_of, reported

OCT_23 = datetime.date(2024, 10, 23)


def test_millions_written_m_at_the_end_of_a_sentence():
    (sum_,) = frames_of("Police put its street value at some €700m.").values()
    assert (sum_.text, sum_.value, sum_.unit) == ("some €700m", 700e6, "euro")
    (wave,) = frames_of("The wave was 10m.").values()
    assert (wave.unit, wave.measure) == ("metre", "distance")


def test_tonnes_and_kilos_of_one_seizure_are_one_figure():
    assert event_class("seize", "other") != event_class("kidnap", "people"), "drugs are seized, not kidnapped"
    figures = match_claims([
        *reported(OCT_23, reuters="Spanish police seized 13 tonnes of cocaine hidden in bananas at the port of Algeciras, the Interior Ministry said."),
        *reported(OCT_23, guardian="Spanish police have found 13,000kg of cocaine in a shipment of bananas at the port of Algeciras."),
    ])
    seized = figure_of(figures, "reuters:13")
    assert seized is figure_of(figures, "guardian:13,000") and not seized.conflict


def test_the_value_police_and_prosecutors_put_on_it_is_one_figure_in_dispute():
    said = frames_of(
        "Spanish police found 13,000kg of cocaine, with a street value police put at some €700m. "
        "Prosecutors later put the value at about €400m."
    )
    assert subject_key(said["some €700m"]) == subject_key(said["about €400m"]) == "what:value"
    assert said["about €400m"].claimant == "Prosecutors"
    figures = match_claims(reported(OCT_23, guardian=(
        "Spanish police found 13,000kg of cocaine, with a street value police put at some €700m. "
        "Prosecutors later put the value at about €400m."
    )))
    value = figure_of(figures, "guardian:some €700m")
    assert value is figure_of(figures, "guardian:about €400m") and value.conflict
