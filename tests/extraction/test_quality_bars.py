"""The extractor meets the product's quality bars on the annotated corpus (tests/corpus/).

The numbers are computed by factcheck.evaluation, the same code scripts/eval_extraction.py
reports with; docs/BENCHMARKS.md has the per-split table and the baselines.
"""

import pytest

from factcheck.evaluation import ExtractionScore, load_corpus, score_article
from factcheck.extraction import extract_claims

MIN_ARTICLES = 40


@pytest.fixture(scope="module")
def scores() -> dict[str, ExtractionScore]:
    by_split: dict[str, ExtractionScore] = {}
    for story in load_corpus():
        for article in story.articles:
            predicted = [frame.as_dict() for frame in extract_claims(article.text)]
            score = score_article(article, predicted)
            for split in (story.split, "all"):
                by_split.setdefault(split, ExtractionScore()).add(score)
    return by_split


def test_the_corpus_is_large_and_has_a_held_out_part():
    stories = load_corpus()
    assert sum(len(story.articles) for story in stories) >= MIN_ARTICLES
    assert {story.split for story in stories} == {"dev", "test"}


def test_detection_f1_is_at_least_0_90(scores):
    assert scores["all"].f1 >= 0.90


def test_value_and_range_right_for_95_percent(scores):
    assert scores["all"].value_accuracy >= 0.95


def test_measure_or_unit_right_for_90_percent(scores):
    assert scores["all"].measure_accuracy >= 0.90


def test_claimant_right_for_85_percent(scores):
    assert scores["all"].claimant_accuracy >= 0.85


def test_held_out_stories_stay_above_the_detection_and_value_bars(scores):
    assert scores["test"].f1 >= 0.90
    assert scores["test"].value_accuracy >= 0.95


def test_almost_no_listed_non_claim_is_reported(scores):
    assert scores["all"].not_claims_reported <= 0.05 * scores["all"].not_claims_total
