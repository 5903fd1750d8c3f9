"""Scoring the extractor and the matcher against the annotated corpus (tests/corpus/).

Plain Python: used by scripts/eval_extraction.py, scripts/eval_matching.py and by the tests
that hold the quality bars, so that what is reported and what is tested are the same numbers.
"""

from __future__ import annotations

import json
import re
from collections import Counter
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


# --- matching scores -----------------------------------------------------------------------


@dataclass
class MatchingScore:
    same_pairs_found: int = 0  # pairs the tool put together that are together in the gold
    pairs_predicted: int = 0
    pairs_gold: int = 0
    conflicts_gold: int = 0
    conflicts_found: int = 0
    flagged: int = 0
    flagged_false: int = 0
    errors: list[str] = field(default_factory=list)

    def add(self, other: "MatchingScore") -> None:
        for name in ("same_pairs_found", "pairs_predicted", "pairs_gold", "conflicts_gold", "conflicts_found", "flagged", "flagged_false"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.errors.extend(other.errors)

    @property
    def precision(self) -> float:
        return self.same_pairs_found / self.pairs_predicted if self.pairs_predicted else 0.0

    @property
    def recall(self) -> float:
        return self.same_pairs_found / self.pairs_gold if self.pairs_gold else 0.0

    @property
    def f1(self) -> float:
        total = self.precision + self.recall
        return 2 * self.precision * self.recall / total if total else 0.0

    @property
    def conflicts_found_share(self) -> float:
        return self.conflicts_found / self.conflicts_gold if self.conflicts_gold else 0.0

    @property
    def false_flag_share(self) -> float:
        return self.flagged_false / self.flagged if self.flagged else 0.0


def story_claim_refs(story: GoldStory, *, oracle: bool = False):
    """The story's claims as the matcher sees them, each with its gold figure (None when the
    claim matches no gold claim). With `oracle`, the fields extraction may get wrong (value,
    unit, measure, claimant) are replaced by the gold ones, to score matching alone."""
    import dataclasses
    import datetime

    from factcheck.extraction import extract_claims
    from factcheck.matching import ArticleText, ClaimRef, find_syndicated

    syndicated = find_syndicated(
        ArticleText(id=article.name, text=article.text, published=_date(article.published)) for article in story.articles
    )
    refs, gold_figure = [], {}
    for article in story.articles:
        frames = extract_claims(article.text)
        pairs = dict(align([(f.start, f.end) for f in frames], [(c["start"], c["end"]) for c in article.claims]))
        for index, frame in enumerate(frames):
            gold = article.claims[pairs[index]] if index in pairs else None
            if oracle and gold is not None:
                frame = dataclasses.replace(
                    frame, value=gold["value"], low=gold["low"], high=gold["high"], unit=gold["unit"],
                    measure=gold["measure"], claimant=gold["claimant"], zero=gold["zero"],
                )
            claim_id = f"{article.name}:{frame.start}"
            refs.append(ClaimRef(
                id=claim_id, frame=frame, article=article.name, outlet=article.outlet,
                published=_date(article.published), syndicated_from=syndicated.get(article.name),
            ))
            gold_figure[claim_id] = gold["figure"] if gold else None
    return refs, gold_figure


def _date(text: str | None):
    import datetime

    return datetime.date.fromisoformat(text) if text else None


def score_matching(story: GoldStory, figures, gold_figure: dict) -> MatchingScore:
    """Pairwise scores over claims that have a gold figure, and conflicts found and false."""
    from itertools import combinations

    score = MatchingScore()
    predicted_of = {claim_id: index for index, figure in enumerate(figures) for claim_id in figure.claim_ids}
    judged = [claim_id for claim_id, figure in gold_figure.items() if figure is not None and claim_id in predicted_of]
    for a, b in combinations(judged, 2):
        together = predicted_of[a] == predicted_of[b]
        same = gold_figure[a] == gold_figure[b]
        score.pairs_predicted += together
        score.pairs_gold += same
        score.same_pairs_found += together and same
        if together != same:
            score.errors.append(f"{'split ' if same else 'merged'} {story.name}: {a} [{gold_figure[a]}] / {b} [{gold_figure[b]}]")

    conflicting = {figure_id for figure_id, figure in story.figures.items() if figure.get("conflict")}
    for figure_id in conflicting:
        members = [claim_id for claim_id in judged if gold_figure[claim_id] == figure_id]
        if len(members) < 2:
            continue
        score.conflicts_gold += 1
        home = Counter(predicted_of[claim_id] for claim_id in members).most_common(1)[0][0]
        if figures[home].conflict:
            score.conflicts_found += 1
        else:
            score.errors.append(f"missed conflict {story.name}: {figure_id}")
    for figure in figures:
        if not figure.conflict:
            continue
        score.flagged += 1
        golds = Counter(gold_figure.get(claim_id) for claim_id in figure.claim_ids if gold_figure.get(claim_id))
        majority = golds.most_common(1)[0][0] if golds else None
        if majority not in conflicting:
            score.flagged_false += 1
            score.errors.append(f"false conflict {story.name}: {figure.label} ({majority}): {figure.conflict_reason}")
    return score
