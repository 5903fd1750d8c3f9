"""A negotiation over two months (the lessons of the Boeing strike): shares of a vote for and
against, votes weeks apart, offers that move, the figure a speaker restates, and the outlet
that tallied a vote, which is no place."""

import datetime

from factcheck.extraction import extract_claims
from factcheck.matching import match_claims
from factcheck.matching.features import subject_key
from tests.support import figure_of, reported

SEPT, OCT = datetime.date(2024, 9, 13), datetime.date(2024, 10, 24)


def _frame(sentence, text):
    (frame,) = [f for f in extract_claims(sentence) if f.text == text]
    return frame


def test_a_votes_share_is_for_or_against_and_the_raise_voted_on_is_pay():
    sentence = "Members voted 94.6% against the tentative deal, which offered a 25% raise over four years, and 96% in favour of striking."
    assert subject_key(_frame(sentence, "94.6%")) == "what:vote against"
    assert subject_key(_frame(sentence, "96%")) == "what:vote for"
    assert subject_key(_frame(sentence, "25%")) != "what:vote against"


def test_one_votes_shares_agree_across_reports_and_a_vote_weeks_later_is_another():
    claims = [
        *reported(SEPT, reuters="Members of the union voted 94.6% against the tentative deal, the union said."),
        *[c for c in reported(datetime.date(2024, 9, 14), seattle=(
            "By a Seattle Times tally of the union's count, 92% of members who voted rejected the deal. The union put the figure at 94.6%."
        ))],
        *reported(OCT, ap="The union said 64% of members voted against the offer."),
    ]
    for claim in claims:
        object.__setattr__(claim, "outlet", {"seattle": "The Seattle Times"}.get(claim.article, claim.article))
    figures = match_claims(claims)
    vote = figure_of(figures, "reuters:94.6%")
    assert {"seattle:92%", "seattle:94.6%"} <= set(vote.claim_ids)
    assert vote.conflict, "the tally's 92% against the union's 94.6%"
    assert "ap:64%" not in vote.claim_ids


def test_offers_made_on_later_days_move_the_negotiation_and_dispute_nothing():
    figures = match_claims([
        *reported(SEPT, reuters="The union rejected the tentative deal, which offered a 25% raise over four years."),
        *reported(OCT, ap="Machinists rejected a contract offer that would have raised their wages by 35% over four years."),
    ])
    offers = figure_of(figures, "reuters:25%")
    assert not offers.conflict


def test_an_outlet_named_in_a_sentence_is_no_place():
    from factcheck.matching import ClaimRef
    from factcheck.matching.features import story_scopes

    (frame,) = [f for f in extract_claims("By a Seattle Times tally of the union's count, 92% of members who voted rejected the deal.") if f.text == "92%"]
    assert "Seattle Times" in frame.scope, "the parse takes the outlet for a name of the clause"
    claim = ClaimRef(id="st:92%", frame=frame, article="st", outlet="The Seattle Times", published=SEPT)
    assert "seattle times" not in story_scopes([claim])["st:92%"]
