"""Matching on the annotated corpus (tests/corpus/), scored by the code scripts/eval_matching.py
reports with; docs/BENCHMARKS.md has the per-split and per-story tables.

The product's bars are pairwise F1 >= 0.85 and conflicts found >= 0.90 with at most 1 in 10
flagged conflicts false. The dev stories, which the rules were made on, and the whole corpus
meet all three and are tested against them. The held-out stories alone are below every bar
(docs/BENCHMARKS.md) and hold two of the corpus's five false flags; so were the stories now
in dev when first scored.
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


def test_pairwise_f1_on_the_whole_corpus_is_at_least_0_85(scores):
    assert scores["all"].f1 >= 0.85


def test_conflicts_found_on_the_whole_corpus_are_at_least_0_90(scores):
    assert scores["all"].conflicts_found_share >= 0.90


def test_no_more_than_1_in_10_flagged_conflicts_on_the_whole_corpus_are_false(scores):
    assert scores["all"].false_flag_share <= 0.10


def test_the_dev_stories_meet_every_bar(scores):
    assert scores["dev"].f1 >= 0.85
    assert scores["dev"].conflicts_found_share >= 0.90
    assert scores["dev"].false_flag_share <= 0.10


def test_the_dev_stories_stay_where_the_rules_have_brought_them(scores):
    # (0.93 before six first-contact stories joined dev in the fifth round, read but not all
    # mended: Nepal's protests, the Boeing strike and the Texas floods stand at 0.6-0.75; the
    # sixth round's sixteen, mended to 0.67-1.00, left it at 0.92; the seventh round's eighteen
    # left it at 0.908, seven of them still at 0.5 or below: the US strikes on Iran, whose two
    # salvos are told without their places; the Texas measles outbreak, whose state and national
    # counts are too; Germany's election, whose parties go by several names; the heatwave's
    # estimated and recorded deaths; the doctors' strike, whose one pair splits on a demand told
    # two ways; the Doha strike's toll with a part from elsewhere; the Liverpool crash's count
    # of those taken to hospital, the injured in other stories' annotations. The eighth round's
    # sixteen, first scored at 0.27-1.00 and mended to 0.30-1.00, left it at 0.905: the
    # Kuriga kidnapping, whose abducted are counted as missing in two reports, stays at 0.30.)
    assert scores["dev"].f1 >= 0.90
