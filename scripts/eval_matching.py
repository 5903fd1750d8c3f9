#!/usr/bin/env python
"""Score figure matching and conflict detection on the annotated corpus.

    python scripts/eval_matching.py            # per split, end to end and with gold claim fields
    python scripts/eval_matching.py --errors   # also the pairs split or merged wrongly (dev only)

End to end: the extractor's claims, aligned to the gold claims by span, matched into figures.
With gold fields: the same claims with value, unit, measure and claimant replaced by the gold
ones, so that matching is scored apart from extraction errors.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from factcheck.evaluation import MatchingScore, load_corpus, score_matching, story_claim_refs  # noqa: E402
from factcheck.matching import match_claims  # noqa: E402


def evaluate(oracle: bool) -> dict[str, MatchingScore]:
    results: dict[str, MatchingScore] = {}
    for story in load_corpus():
        refs, gold = story_claim_refs(story, oracle=oracle)
        score = score_matching(story, match_claims(refs), gold)
        for split in (story.split, "all"):
            results.setdefault(split, MatchingScore()).add(score)
    return results


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--errors", action="store_true")
    args = parser.parse_args()
    print("| split | claims from | pairwise precision | recall | F1 | conflicts found | flagged conflicts that are false |")
    print("| --- | --- | --- | --- | --- | --- | --- |")
    errors = []
    for oracle in (False, True):
        results = evaluate(oracle)
        for split in ("dev", "test", "all"):
            score = results.get(split)
            if score is None:
                continue
            source = "gold fields" if oracle else "extractor"
            print(
                f"| {split} | {source} | {score.precision:.3f} | {score.recall:.3f} | {score.f1:.3f} | "
                f"{score.conflicts_found}/{score.conflicts_gold} ({score.conflicts_found_share:.2f}) | "
                f"{score.flagged_false}/{score.flagged} ({score.false_flag_share:.2f}) |"
            )
        if not oracle:
            errors = results["dev"].errors
    if args.errors:
        print("\n" + "\n".join(errors))
    return 0


if __name__ == "__main__":
    sys.exit(main())
