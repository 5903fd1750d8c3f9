#!/usr/bin/env python
"""How matching cost grows with the size of a story.

    python scripts/bench_matching.py

Stories of N, 10N and 100N claims are built from the corpus: the claims of every corpus
story, extracted once, are copied into more articles (new article ids, dates spread over a
week, values nudged up or down), as a story with many outlets reporting the same quantities
would be. Matching (syndication excluded: it runs on texts, not claims) is timed on each; the
bar is about 12 times the time for 10 times the claims.
"""

from __future__ import annotations

import dataclasses
import datetime
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from factcheck.evaluation import load_corpus, story_claim_refs  # noqa: E402
from factcheck.matching import match_claims  # noqa: E402

SEED = 8
REPEATS = 3


def base_claims():
    claims = []
    for story in load_corpus():
        refs, _ = story_claim_refs(story)
        claims += [dataclasses.replace(ref, id=f"{story.name}/{ref.id}", article=f"{story.name}/{ref.article}") for ref in refs]
    return claims


def grown(claims, copies: int, rng: random.Random):
    result = []
    for copy in range(copies):
        for ref in claims:
            nudge = 1 + rng.choice((-0.1, 0, 0, 0.1))
            frame = dataclasses.replace(
                ref.frame,
                value=ref.frame.value * nudge,
                low=None if ref.frame.low is None else ref.frame.low * nudge,
                high=None if ref.frame.high is None else ref.frame.high * nudge,
            )
            published = (ref.published or datetime.date(2023, 1, 1)) + datetime.timedelta(days=copy % 7)
            result.append(dataclasses.replace(ref, id=f"{copy}/{ref.id}", article=f"{copy}/{ref.article}", frame=frame, published=published))
    return result


def best_time(claims) -> float:
    times = []
    for _ in range(REPEATS):
        started = time.perf_counter()
        match_claims(claims)
        times.append(time.perf_counter() - started)
    return min(times)


def main() -> int:
    rng = random.Random(SEED)
    claims = base_claims()
    print("| claims | seconds (best of 3) | figures | × claims | × time |")
    print("| --- | --- | --- | --- | --- |")
    first = None
    for copies in (1, 10, 100):
        story = grown(claims, copies, rng)
        seconds = best_time(story)
        figures = len(match_claims(story))
        if first is None:
            first = (len(story), seconds)
        print(f"| {len(story):,} | {seconds:.3f} | {figures:,} | {len(story) / first[0]:.0f} | {seconds / first[1]:.1f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
