"""A quake told through its magnitude and aftershocks, and a festival crush whose official toll
an investigation disputes months later, beside a second crush elsewhere (the lessons of the
Kunar and Kumbh Mela stories)."""

import datetime

from factcheck.extraction import extract_claims
from factcheck.matching import match_claims
from factcheck.matching.features import AFTERSHOCK, nested_places, qualifier_keys
from factcheck.matching.timing import event_time
from tests.support import figure_of, frames_of, reported

DAY = datetime.date(2025, 9, 2)


def test_the_quake_followed_by_aftershocks_is_not_one_of_them():
    frames = frames_of(
        "The 6.0-magnitude quake was followed by several aftershocks, the strongest of them of magnitude 5.5."
    )
    assert AFTERSHOCK not in qualifier_keys(frames["6.0"])
    assert AFTERSHOCK in qualifier_keys(frames["5.5"])


def test_a_magnitude_is_the_quakes_whatever_verb_tells_it():
    figures = match_claims(reported(DAY,
        reuters="A magnitude 6.0 earthquake struck eastern Afghanistan late on Sunday, killing at least 800 people.",
        bbc="The Taliban say at least 1,400 people were killed and more than 3,000 injured in the magnitude 6.0 quake.",
    ))
    assert figure_of(figures, "reuters:6.0") is figure_of(figures, "bbc:6.0")


def test_an_aside_between_commas_does_not_end_the_numbers_clause():
    (toll,) = [f for f in extract_claims(
        "At least 18 people, including five children, were killed late Saturday in a crush at New Delhi's main railway station."
    ) if f.value == 18]
    assert event_time(toll, datetime.date(2025, 2, 16)) == (datetime.date(2025, 2, 15), datetime.date(2025, 2, 15))
    assert toll.scope == ("New Delhi",), "the place of the crush named inside a long phrase"


def test_a_crush_weeks_later_elsewhere_is_another_toll():
    figures = match_claims(reported(datetime.date(2025, 1, 30),
        hindu="Thirty people were killed and 60 injured in the stampede at the Maha Kumbh on Wednesday, police said.",
    ) + reported(datetime.date(2025, 2, 16),
        ap="At least 18 people, including five children, were killed late Saturday in a crush at New Delhi's main railway station, railway police said.",
    ))
    assert figure_of(figures, "ap:At least 18") is not figure_of(figures, "hindu:Thirty")


def test_a_figure_set_beside_another_speakers_is_its_rival():
    (found, acknowledged) = [f for f in extract_claims(
        "At least 82 people died in crushes at the festival in January, a BBC investigation has found, "
        "far more than the 30 deaths acknowledged by the government of Uttar Pradesh."
    )]
    assert found.claimant == "a BBC investigation"
    assert acknowledged.claimant == "the government of Uttar Pradesh" and acknowledged.event is None
    figures = match_claims(reported(datetime.date(2025, 1, 30),
        hindu="Thirty people were killed in the stampede at the Maha Kumbh on Wednesday, police said.",
    ) + reported(datetime.date(2025, 6, 10),
        bbc="At least 82 people died in crushes at the festival in January, a BBC investigation has found, "
            "far more than the 30 deaths acknowledged by the government of Uttar Pradesh.",
    ))
    toll = figure_of(figures, "bbc:At least 82")
    assert "bbc:30" in toll.claim_ids and toll.conflict


def test_a_datelines_town_lies_in_its_country():
    refs = reported(DAY,
        reuters="PRAYAGRAJ, India, Jan 29 (Reuters) - Officials said at least 30 people died in Prayagraj.",
        bbc="At least 82 people died in crushes at India's festival, the BBC found.",
    )
    assert frozenset({"prayagraj", "india"}) in nested_places(refs)
