"""A quake's toll with one town's part, and a theft told in items, minutes and thieves (the
lessons of the Cebu and Louvre stories)."""

import datetime

from factcheck.extraction import extract_claims
from factcheck.matching import match_claims
from factcheck.matching.features import PART, qualifier_keys
from tests.support import figure_of, reported

DAY = datetime.date(2025, 10, 2)


def test_a_magnitude_written_before_the_quake_alone_is_a_magnitude():
    (magnitude,) = extract_claims("The 6.9 quake was the strongest to hit Cebu in decades.")
    assert (magnitude.unit, magnitude.measure) == ("magnitude", "other")
    assert extract_claims("Rescuers reached 12 quake survivors.")[0].unit != "magnitude"


def test_one_towns_dead_alone_are_a_part_of_the_toll():
    (bogo,) = extract_claims("In Bogo City alone, 34 people were killed, Mayor Mark Anthony Capao said.")
    assert PART in qualifier_keys(bogo)
    (tuesday,) = extract_claims("The commission has said 22 people were killed on Tuesday alone.")
    assert PART not in qualifier_keys(tuesday), "a day's toll is no town's part"
    figures = match_claims(reported(DAY,
        inquirer="The national council said that 72 people had died, while the provincial office put the toll at 79. "
                 "In Bogo City alone, 34 people were killed, Mayor Mark Anthony Capao said.",
    ))
    toll = figure_of(figures, "inquirer:72")
    assert "inquirer:79" in toll.claim_ids and "inquirer:34" not in toll.claim_ids


def test_a_length_said_with_just_is_a_claim_and_may_be_disputed():
    (four,) = extract_claims("The thieves were inside the building for just four minutes, the culture minister said.")
    assert (four.value, four.unit, four.measure) == (4, "minute", "duration")
    figures = match_claims(reported(DAY,
        reuters="Interior Minister Laurent Nunez said the raid had lasted seven minutes.",
        guardian="The thieves were inside the building for just four minutes, the culture minister said.",
    ))
    length = figure_of(figures, "reuters:seven")
    assert "guardian:four" in length.claim_ids and length.conflict


def test_pieces_and_items_are_one_kind_and_thieves_are_people():
    (thieves,) = extract_claims("Four thieves took part, prosecutors said.")
    assert thieves.measure == "people"
    figures = match_claims(reported(DAY,
        reuters="Thieves stole eight pieces of jewellery from the Louvre, officials said.",
        guardian="Eight items were taken, including a necklace.",
    ))
    assert figure_of(figures, "reuters:eight") is figure_of(figures, "guardian:Eight")
