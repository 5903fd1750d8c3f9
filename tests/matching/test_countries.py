"""Tolls of two countries stay apart even when the story's words alone do not tell their places
apart (the lessons of the Myanmar earthquake story, whose tremor killed people in Bangkok)."""

import datetime

import pytest

from factcheck.extraction import ClaimFrame
from factcheck.matching import ClaimRef, match_claims
from factcheck.matching.gazetteer import country_of, named_countries

DAY = datetime.date(2025, 3, 28)


@pytest.mark.parametrize(
    ("place", "country"),
    [
        ("Bangkok", "TH"), ("Mandalay", "MM"), ("Myanmar", "MM"), ("Burma", "MM"),
        # Accents, and the Latin-script names a town is known by.
        ("Kahramanmaraş", "TR"), ("kahramanmaras", "TR"), ("Marrakech", "MA"), ("Derna", "LY"),
        # The most populous town of a name wins; a country's own name wins over a town's.
        ("Paris", "FR"), ("Tripoli", "LY"), ("Palestine", "PS"), ("Hawaii", "US"),
        # Everyday words and places the tables do not know.
        ("Police", None), ("Ain al-Asad", None), ("Calabria", None),
    ],
)
def test_the_country_a_place_lies_in(place, country):
    assert country_of(place) == country


def toll(sentence, text, value, *, article, scope=(), measure="killed", published=DAY, claimant=None):
    at = sentence.index(text)
    frame = ClaimFrame(
        start=at, end=at + len(text), text=text, value=value, low=value, high=value, hedge="exact", unit="person",
        measure=measure, claimant=claimant, sentence=sentence, sentence_start=0, scope=tuple(scope),
    )
    return ClaimRef(id=f"{article}:{text}", frame=frame, article=article, outlet=article, published=published)


def groups(figures):
    return sorted(sorted(figure.claim_ids) for figure in figures)


def test_the_quakes_toll_and_a_toll_in_a_city_of_another_country_are_two_figures():
    next_day = DAY + datetime.timedelta(days=1)
    figures = match_claims([
        # "in Myanmar" says where the quake was, and sets no toll of it apart from another.
        toll("The death toll from the earthquake in Myanmar rose to 144.", "144", 144, article="reuters", scope=("Myanmar",)),
        toll("Thai officials said at least three people were killed in Bangkok.", "three", 3, article="reuters-2", scope=("Bangkok",)),
        toll("The death toll from the earthquake in Myanmar rose to 1,002.", "1,002", 1002, article="ap", scope=("Myanmar",), published=next_day),
        toll("In Bangkok, the governor said 10 people had been confirmed dead.", "10", 10, article="ap-2", scope=("Bangkok",), published=next_day),
    ])
    assert groups(figures) == [["ap-2:10", "reuters-2:three"], ["ap:1,002", "reuters:144"]]
    assert not any(figure.conflict for figure in figures)


def test_counts_listed_in_one_sentence_are_of_one_country():
    sentence = "The death toll from the earthquake in Myanmar rose to 1,002, with 30 people missing."
    later = DAY + datetime.timedelta(days=2)
    figures = match_claims([
        toll("Officials said 81 workers were missing at the site in Bangkok.", "81", 81, article="reuters", measure="missing", scope=("Bangkok",)),
        toll(sentence, "1,002", 1002, article="ap", scope=("Myanmar",), published=later),
        toll(sentence, "30", 30, article="ap", measure="missing", published=later),
    ])
    assert groups(figures) == [["ap:1,002"], ["ap:30"], ["reuters:81"]]


def test_of_towns_that_share_a_name_the_one_in_the_storys_country_wins():
    assert country_of("Valencia") == "VE", "Venezuela's Valencia is the more populous"
    assert country_of("Valencia", prefer={"ES"}) == "ES"
    assert named_countries(["Spain", "Valencia", "Castilla-La Mancha"]) == {"ES"}
