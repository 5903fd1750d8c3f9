"""An airliner falling on a city: the toll of those aboard and of those on the ground, the crew
among those aboard, the identified dead, who some of the dead were, and the payments to their
families (the lessons of the Air India story)."""

import datetime

from factcheck.matching import match_claims
from factcheck.matching.features import CREW, IDENTIFIED, INTERIM, ON_THE_GROUND, qualifier_keys
from tests.support import figure_of, frames_of, reported

DAY = datetime.date(2025, 6, 13)


def test_the_crew_are_a_part_of_those_aboard():
    frames = frames_of("The airline said 230 passengers and 12 crew members were on board.")
    assert CREW in qualifier_keys(frames["12"])
    figures = match_claims(reported(DAY,
        reuters="An Air India jet carrying 242 people to London crashed on Thursday. The airline said 230 passengers and 12 crew members were on board.",
        bbc="Of the 242 people on board, 241 were killed.",
    ))
    aboard = figure_of(figures, "reuters:242")
    assert "bbc:242" in aboard.claim_ids
    assert "reuters:12" not in aboard.claim_ids


def test_the_dead_on_the_ground_are_a_part_of_the_toll_and_dispute_each_other():
    frames = frames_of("A local official said at least 24 people on the ground had been killed.")
    assert ON_THE_GROUND in qualifier_keys(frames["at least 24"])
    figures = match_claims(reported(DAY,
        bbc="At least 265 people died, a police officer said. A local official said at least 24 people on the ground had been killed.",
        ap="The report found that 260 people were killed: 241 of the 242 on board and 19 people on the ground.",
    ))
    ground = figure_of(figures, "bbc:at least 24")
    assert "ap:19" in ground.claim_ids and ground.conflict
    assert "bbc:At least 265" not in ground.claim_ids
    assert figure_of(figures, "ap:260") is figure_of(figures, "bbc:At least 265")


def test_the_dead_identified_of_the_victims_are_not_the_toll():
    frames = frames_of("DNA tests have identified 210 of the victims, the minister said.")
    assert IDENTIFIED in qualifier_keys(frames["210"])
    # A count of identified bodies with no whole named may be the toll itself.
    assert IDENTIFIED not in qualifier_keys(frames_of("The WHO said 3,958 bodies had been identified.")["3,958"])
    figures = match_claims(reported(DAY,
        ndtv="DNA tests have identified 210 of the victims, the minister said.",
        bbc="At least 265 people died, a police officer said.",
    ))
    assert figure_of(figures, "ndtv:210") is not figure_of(figures, "bbc:At least 265")


def test_who_some_of_the_dead_were_sets_their_count_apart():
    figures = match_claims(reported(DAY,
        bbc="Of the 242 people on board, 241 were killed.",
        ndtv="Four of the dead were MBBS students of the college, the dean said.",
        ap="The crash killed 241 of the 242 on board.",
    ))
    students = figure_of(figures, "ndtv:Four")
    assert "bbc:241" not in students.claim_ids and not students.conflict
    assert figure_of(figures, "bbc:241") is figure_of(figures, "ap:241")


def test_an_interim_payment_is_not_the_full_compensation():
    frames = frames_of("Air India said it would pay an interim amount of Rs 25 lakh to each family, on top of the Rs 1 crore announced by the Tata Group.")
    assert INTERIM in qualifier_keys(frames["Rs 25 lakh"]) and INTERIM not in qualifier_keys(frames["Rs 1 crore"])
    figures = match_claims(reported(DAY,
        reuters="Tata Group, which owns Air India, said it would pay 10 million rupees to the family of each person killed.",
        ndtv="Air India said it would pay an interim amount of Rs 25 lakh to each family, on top of the Rs 1 crore announced by the Tata Group.",
    ))
    full = figure_of(figures, "reuters:10 million")
    assert "ndtv:Rs 1 crore" in full.claim_ids and "ndtv:Rs 25 lakh" not in full.claim_ids
    assert not full.conflict
