"""Scoring the extractor and the matcher against the annotated corpus (tests/corpus/).

Plain Python: used by scripts/eval_extraction.py, scripts/eval_matching.py and by the tests
that hold the quality bars, so that what is reported and what is tested are the same numbers.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

CORPUS_DIR = Path(__file__).resolve().parent.parent / "tests" / "corpus" / "stories"
# Numbers that differ by less than this share are the same number (rounding in the gold file).
VALUE_TOLERANCE = 0.005


@dataclass
class GoldArticle:
    story: str
    split: str
    name: str
    text: str
    outlet: str
    published: str | None
    title: str
    claims: list[dict]
    not_claims: list[str]
    optional: list[str]

    @property
    def path_label(self) -> str:
        return f"{self.story}/{self.name}"


@dataclass
class GoldStory:
    name: str
    title: str
    split: str
    figures: dict[str, dict]
    articles: list[GoldArticle] = field(default_factory=list)


def load_corpus(corpus_dir: Path = CORPUS_DIR, splits: Iterable[str] = ("dev", "test")) -> list[GoldStory]:
    stories = []
    for story_dir in sorted(path for path in corpus_dir.iterdir() if path.is_dir()):
        meta = json.loads((story_dir / "story.json").read_text(encoding="utf-8"))
        if meta["split"] not in splits:
            continue
        story = GoldStory(name=story_dir.name, title=meta["title"], split=meta["split"], figures=meta.get("figures", {}))
        for article_path in sorted(story_dir.glob("*.json")):
            if article_path.name == "story.json" or article_path.name.endswith(".gold.json"):
                continue
            article = json.loads(article_path.read_text(encoding="utf-8"))
            gold = json.loads(article_path.with_name(article_path.stem + ".gold.json").read_text(encoding="utf-8"))
            story.articles.append(
                GoldArticle(
                    story=story.name, split=story.split, name=article_path.stem, text=article["text"],
                    outlet=article.get("outlet", ""), published=article.get("published"), title=article.get("title", ""),
                    claims=gold["claims"], not_claims=gold.get("not_claims", []), optional=gold.get("optional", []),
                )
            )
        stories.append(story)
    return stories


# --- matching predicted spans to gold spans ----------------------------------------------


def spans_of(text: str, needles: Iterable[str]) -> list[tuple[int, int]]:
    spans = []
    for needle in needles:
        for match in re.finditer(re.escape(needle), text):
            spans.append(match.span())
    return spans


def overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def align(predicted: list[tuple[int, int]], gold: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """One-to-one pairs (predicted index, gold index) of overlapping spans, greedily by the
    largest overlap first."""
    candidates = []
    for p_index, p_span in enumerate(predicted):
        for g_index, g_span in enumerate(gold):
            if overlaps(p_span, g_span):
                shared = min(p_span[1], g_span[1]) - max(p_span[0], g_span[0])
                candidates.append((-shared, p_index, g_index))
    pairs, used_p, used_g = [], set(), set()
    for _, p_index, g_index in sorted(candidates):
        if p_index not in used_p and g_index not in used_g:
            pairs.append((p_index, g_index))
            used_p.add(p_index)
            used_g.add(g_index)
    return pairs


# --- field comparisons --------------------------------------------------------------------


def same_number(a, b) -> bool:
    if a is None or b is None:
        return a is None and b is None
    a, b = float(a), float(b)
    return abs(a - b) <= VALUE_TOLERANCE * max(abs(a), abs(b), 1.0)


def value_right(predicted: dict, gold: dict) -> bool:
    return all(same_number(predicted.get(key), gold.get(key)) for key in ("value", "low", "high"))


def measure_right(predicted: dict, gold: dict) -> bool:
    measures = {gold["measure"], *gold.get("measure_alt", [])}
    units = {normalise_words(unit) for unit in [gold["unit"], *gold.get("unit_alt", [])]}
    return predicted.get("measure") in measures or normalise_words(predicted.get("unit") or "") in units


def normalise_words(text: str | None) -> str:
    if text is None:
        return ""
    text = text.lower().replace("’", "'").replace("“", "").replace("”", "").replace('"', "")
    text = re.sub(r"[^\w\s'-]", " ", text)
    text = re.sub(r"^(the|a|an)\s+", "", text.strip())
    return " ".join(text.split())


def claimant_right(predicted: dict, gold: dict) -> bool:
    wanted = gold.get("claimant")
    got = predicted.get("claimant")
    if wanted is None:
        options = [None, *gold.get("claimant_alt", [])]
    else:
        options = [wanted, *gold.get("claimant_alt", [])]
    if got is None:
        return None in options
    return normalise_words(got) in {normalise_words(option) for option in options if option is not None}


# --- extraction scores ---------------------------------------------------------------------


@dataclass
class ExtractionScore:
    true_positives: int = 0
    false_positives: int = 0
    false_negatives: int = 0
    values_right: int = 0
    measures_right: int = 0
    claimants_right: int = 0
    not_claims_reported: int = 0
    not_claims_total: int = 0
    errors: list[str] = field(default_factory=list)

    def add(self, other: "ExtractionScore") -> None:
        for name in ("true_positives", "false_positives", "false_negatives", "values_right", "measures_right",
                     "claimants_right", "not_claims_reported", "not_claims_total"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.errors.extend(other.errors)

    @property
    def precision(self) -> float:
        found = self.true_positives + self.false_positives
        return self.true_positives / found if found else 0.0

    @property
    def recall(self) -> float:
        wanted = self.true_positives + self.false_negatives
        return self.true_positives / wanted if wanted else 0.0

    @property
    def f1(self) -> float:
        total = self.precision + self.recall
        return 2 * self.precision * self.recall / total if total else 0.0

    def share(self, count: int) -> float:
        return count / self.true_positives if self.true_positives else 0.0

    @property
    def value_accuracy(self) -> float:
        return self.share(self.values_right)

    @property
    def measure_accuracy(self) -> float:
        return self.share(self.measures_right)

    @property
    def claimant_accuracy(self) -> float:
        return self.share(self.claimants_right)


def score_article(article: GoldArticle, predicted: list[dict], *, fields: bool = True) -> ExtractionScore:
    """Detection counts and field accuracy of one article's predicted claims (dicts in the claim
    frame; `fields=False` scores detection and value only, for baselines that give no more)."""
    score = ExtractionScore()
    optional = spans_of(article.text, article.optional)
    predicted = [claim for claim in predicted if not any(overlaps((claim["start"], claim["end"]), span) for span in optional)]
    gold_spans = [(claim["start"], claim["end"]) for claim in article.claims]
    predicted_spans = [(claim["start"], claim["end"]) for claim in predicted]
    pairs = align(predicted_spans, gold_spans)
    matched_p = {p for p, _ in pairs}
    matched_g = {g for _, g in pairs}
    score.true_positives = len(pairs)
    score.false_positives = len(predicted) - len(matched_p)
    score.false_negatives = len(article.claims) - len(matched_g)
    for p_index, g_index in pairs:
        got, want = predicted[p_index], article.claims[g_index]
        where = f"{article.path_label} {want['text']!r}"
        if value_right(got, want):
            score.values_right += 1
        else:
            score.errors.append(f"value    {where}: got {got.get('value')} [{got.get('low')}, {got.get('high')}] {got.get('hedge')}, want {want['value']} [{want['low']}, {want['high']}] {want['hedge']}")
        if not fields:
            continue
        if measure_right(got, want):
            score.measures_right += 1
        else:
            score.errors.append(f"measure  {where}: got {got.get('measure')}/{got.get('unit')}, want {want['measure']}/{want['unit']}")
        if claimant_right(got, want):
            score.claimants_right += 1
        else:
            score.errors.append(f"claimant {where}: got {got.get('claimant')!r}, want {want.get('claimant')!r} (or {want.get('claimant_alt', [])})")
    for index, claim in enumerate(predicted):
        if index not in matched_p:
            score.errors.append(f"extra    {article.path_label} {claim['text']!r} in: {sentence_around(article.text, claim['start'])}")
    for index, claim in enumerate(article.claims):
        if index not in matched_g:
            score.errors.append(f"missed   {article.path_label} {claim['text']!r} in: {sentence_around(article.text, claim['start'])}")
    not_claim_spans = spans_of(article.text, article.not_claims)
    score.not_claims_total = len(not_claim_spans)
    score.not_claims_reported = sum(
        1 for span in not_claim_spans if any(overlaps(span, (claim["start"], claim["end"])) for claim in predicted)
    )
    return score


def sentence_around(text: str, offset: int, width: int = 90) -> str:
    start = max(0, offset - width // 2)
    return " ".join(text[start:start + width].split())
