"""A port explosion's toll and its hospital counts, and a day of tariffs told country by
country (the lessons of the Bandar Abbas and Liberation Day stories)."""

import datetime

from factcheck.extraction import extract_claims
from factcheck.matching import match_claims
from factcheck.matching.features import BASELINE, HOLDER_PREFIX, nested_places, qualifier_keys
from tests.support import corpus_figures, figure_of, frames_of, home_of, reported

DAY = datetime.date(2025, 4, 28)


def test_people_taken_to_hospital_are_counted_as_injured():
    frames = frames_of(
        "Some 1,200 people had been taken to hospital, and 190 of them were still being treated. Rescuers took 40 people to a shelter."
    )
    assert frames["Some 1,200"].measure == "injured"
    assert frames["40"].measure == "people", "a shelter is not a hospital"


def test_a_countrys_named_place_lies_in_it():
    refs = reported(DAY,
        ap="The death toll from a massive explosion at a port in Iran rose to 25 on Sunday, state media said.",
        bbc="At least 70 people were killed in the explosion at Iran's Shahid Rajaee port on Saturday, the health ministry says.",
    )
    assert frozenset({"iran", "shahid rajaee"}) in nested_places(refs)
    figures = match_claims(refs)
    assert figure_of(figures, "ap:25") is figure_of(figures, "bbc:At least 70")


def test_a_tariff_rate_is_the_countrys_it_is_named_with():
    frames = frames_of(
        "Imports from the European Union will be taxed at 20%, from Vietnam at 46% and from Japan at 24%."
    )
    assert f"{HOLDER_PREFIX}european union" in qualifier_keys(frames["20%"])
    assert f"{HOLDER_PREFIX}vietnam" in qualifier_keys(frames["46%"])
    assert f"{HOLDER_PREFIX}japan" in qualifier_keys(frames["24%"])
    figures = match_claims(reported(DAY,
        reuters="Imports from the European Union will be taxed at 20%, from Vietnam at 46% and from Japan at 24%.",
        ft="The tariff on Vietnam, a big exporter of shoes and furniture, was set at 46 per cent.",
    ))
    vietnam = figure_of(figures, "ft:46 per cent")
    assert "reuters:46%" in vietnam.claim_ids and "reuters:20%" not in vietnam.claim_ids


def test_a_rate_on_american_goods_in_anothers_mouth_is_the_others_tariff():
    # (Weighed in a story of its real size: how specific a name is depends on how many claims
    # the story has.)
    figures = corpus_figures("us-liberation-day-tariffs-2025")
    charged, claims = home_of(figures, "reuters:39%")
    assert {"ft:39 per cent", "ft:about 1 per cent"} <= claims and charged.conflict


def test_the_baseline_rate_is_not_one_countrys():
    (baseline,) = extract_claims("President Donald Trump announced a 10% baseline tariff on all imports to the United States.")
    assert BASELINE in qualifier_keys(baseline)
    figures = corpus_figures("us-liberation-day-tariffs-2025")
    floor, claims = home_of(figures, "reuters:10%")
    assert "bbc:10%" in claims and "reuters:39%" not in claims and not floor.conflict
