"""Matching on the annotated corpus (tests/corpus/), scored by the code scripts/eval_matching.py
reports with; docs/BENCHMARKS.md has the per-split and per-story tables.

The product's bars are pairwise F1 >= 0.85 and conflicts found >= 0.90 with at most 1 in 10
flagged conflicts false. On the whole corpus the last two hold and are tested as bars;
pairwise F1 does not hold since the UK mini-budget story joined the corpus (0.841), so its
test holds the level reached and says so in its name. The held-out stories alone are below
every bar (docs/BENCHMARKS.md).
"""

import pytest

from factcheck.evaluation import MatchingScore, load_corpus, score_matching, story_claim_refs
from factcheck.matching import match_claims


@pytest.fixture(scope="module")
def scores() -> dict[str, MatchingScore]:
    by_split: dict[str, MatchingScore] = {}
    for story in load_corpus():
        refs, gold = story_claim_refs(story)
        score = score_matching(story, match_claims(refs), gold)
        for split in (story.split, "all"):
            by_split.setdefault(split, MatchingScore()).add(score)
    return by_split


def test_pairwise_f1_stays_at_the_level_reached_not_yet_the_bar_of_0_85(scores):
    assert scores["all"].f1 >= 0.84


def test_nine_in_ten_annotated_conflicts_are_found(scores):
    assert scores["all"].conflicts_found_share >= 0.90


def test_at_most_one_flagged_conflict_in_ten_is_false(scores):
    assert scores["all"].false_flag_share <= 0.10


def test_the_stories_tuned_on_stay_where_they_are(scores):
    assert scores["dev"].f1 >= 0.88
    assert scores["dev"].conflicts_found_share >= 0.90
    assert scores["dev"].false_flag_share <= 0.10
