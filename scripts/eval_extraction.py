#!/usr/bin/env python
"""Score the claim extractor on the annotated corpus, beside two baselines.

    python scripts/eval_extraction.py            # the table, per split
    python scripts/eval_extraction.py --errors   # also every error of our extractor (dev split only)

Baselines, on the same texts: quantulum3's quantities, and spaCy's own CARDINAL / QUANTITY /
MONEY / PERCENT entities from the full pipeline. They give no claimant or measure, so only
detection and value are compared for them.
"""

from __future__ import annotations

import argparse
import functools
import re
import sys
import warnings
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from factcheck.evaluation import ExtractionScore, load_corpus, score_article  # noqa: E402
from factcheck.extraction import extract_claims  # noqa: E402

SPACY_NUMBER_LABELS = {"CARDINAL", "QUANTITY", "MONEY", "PERCENT"}
_FIRST_NUMBER = re.compile(r"(\d[\d,]*(?:\.\d+)?)\s*(million|billion|thousand|bn|m)?", re.IGNORECASE)
_SCALES = {"thousand": 1e3, "million": 1e6, "m": 1e6, "billion": 1e9, "bn": 1e9}


def ours(text: str) -> list[dict]:
    return [frame.as_dict() for frame in extract_claims(text)]


def quantulum(text: str) -> list[dict]:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from quantulum3 import parser

        quantities = parser.parse(text)
    return [
        {"start": q.span[0], "end": q.span[1], "text": q.surface, "value": q.value, "low": q.value, "high": q.value}
        for q in quantities
    ]


@functools.cache
def full_pipeline():
    """The whole pipeline, entity recogniser included (the extractor itself runs without it)."""
    import spacy

    from factcheck.extraction.extract import PIPELINE_NAME

    return spacy.load(PIPELINE_NAME)


def spacy_entities(text: str) -> list[dict]:
    doc = full_pipeline()(text)
    claims = []
    for entity in doc.ents:
        if entity.label_ not in SPACY_NUMBER_LABELS:
            continue
        match = _FIRST_NUMBER.search(entity.text)
        value = None
        if match:
            value = float(match.group(1).replace(",", "")) * _SCALES.get((match.group(2) or "").lower(), 1)
        claims.append({"start": entity.start_char, "end": entity.end_char, "text": entity.text, "value": value, "low": value, "high": value})
    return claims


SYSTEMS = {"factcheck": (ours, True), "quantulum3": (quantulum, False), "spaCy entities": (spacy_entities, False)}


def evaluate(splits=("dev", "test")) -> dict[str, dict[str, ExtractionScore]]:
    """Scores per system and per split ("all" included)."""
    results: dict[str, dict[str, ExtractionScore]] = {name: {} for name in SYSTEMS}
    for story in load_corpus(splits=splits):
        for article in story.articles:
            for name, (system, fields) in SYSTEMS.items():
                score = score_article(article, system(article.text), fields=fields)
                for split in (story.split, "all"):
                    results[name].setdefault(split, ExtractionScore()).add(score)
    return results


def table(results) -> str:
    lines = [
        "| split | system | claims | precision | recall | F1 | value+range | measure or unit | claimant | not-claims reported |",
        "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |",
    ]
    for split in ("dev", "test", "all"):
        for name, (_, fields) in SYSTEMS.items():
            score = results[name].get(split)
            if score is None:
                continue
            gold = score.true_positives + score.false_negatives
            measure = f"{score.measure_accuracy:.3f}" if fields else "–"
            claimant = f"{score.claimant_accuracy:.3f}" if fields else "–"
            lines.append(
                f"| {split} | {name} | {gold} | {score.precision:.3f} | {score.recall:.3f} | {score.f1:.3f} | "
                f"{score.value_accuracy:.3f} | {measure} | {claimant} | {score.not_claims_reported}/{score.not_claims_total} |"
            )
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--errors", action="store_true", help="list our extractor's errors on the dev split")
    args = parser.parse_args()
    results = evaluate()
    print(table(results))
    if args.errors:
        print()
        print("\n".join(results["factcheck"]["dev"].errors))
    return 0


if __name__ == "__main__":
    sys.exit(main())
