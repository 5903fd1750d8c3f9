"""An election's projected and counted shares by party, and a heatwave's deaths estimated and
recorded (the lessons of Germany's 2025 election and Europe's 2025 heatwave)."""

import datetime

from factcheck.extraction import extract_claims
from factcheck.matching import match_claims
from factcheck.matching.features import holder_key
from factcheck.matching.timing import event_time
from tests.support import figure_of, frames_of, reported


def test_a_party_on_a_share_in_an_election_count_holds_it():
    said = frames_of("The Left party was projected to win 8.5%, and the liberal FDP was on 4.9%, below the 5% threshold.")
    assert holder_key(said["4.9%"]) == "for:fdp"
    counted = frames_of("The FDP, with 4.3%, and the BSW, with 4.97%, fell short of the 5% hurdle.")
    assert holder_key(counted["4.3%"]) == "for:fdp" and holder_key(counted["4.97%"]) == "for:bsw"
    (rate,) = extract_claims("Inflation in Germany was on 2.1% in May, the statistics office said.")
    assert holder_key(rate) is None, "no election, no party"
    figures = match_claims([
        *reported(datetime.date(2025, 2, 23), dw="According to a projection for ARD, the liberal FDP was on 4.9%, below the 5% threshold."),
        *reported(datetime.date(2025, 2, 24), politico="The FDP, with 4.3%, and the BSW, with 4.97%, fell short of the 5% hurdle."),
    ])
    assert figure_of(figures, "dw:4.9%") is figure_of(figures, "politico:4.3%")
    assert figure_of(figures, "politico:4.3%") is not figure_of(figures, "politico:4.97%")


def test_a_month_last_year_is_last_years():
    (then,) = [frame for frame in extract_claims("Spain recorded 380 heat deaths in June, compared with 110 in June last year.") if frame.text == "110"]
    assert event_time(then, datetime.date(2025, 7, 2)) == (datetime.date(2024, 6, 1), datetime.date(2024, 6, 30))


def test_a_day_before_a_participle_is_not_its_speaker():
    said = frames_of("Climate change tripled heat deaths, scientists estimated on Wednesday, saying roughly 1,500 of 2,300 deaths could be attributed to it.")
    assert said["roughly 1,500"].claimant != "Wednesday"
