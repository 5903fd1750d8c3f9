#!/usr/bin/env python
"""Extraction speed and memory, measured in one run on the same texts.

    python scripts/bench_extraction.py                      # 1,000 articles; memory over 10,000
    python scripts/bench_extraction.py --articles 200 --memory-articles 1000   # a quick look

The articles are built from the annotated corpus by sampling its paragraphs (seeded, so every
run reads the same texts); the memory run adds made-up names and numbers to each article so
that the parser keeps meeting strings it has not seen, as a worker does.

Compared, per worker process (one core):
  factcheck       extract_claims on each article (everything: sentences, parsing, analysis)
  quantulum3      quantulum3.parser.parse on each article
  spaCy, full     the whole en_core_web_sm pipeline on every sentence of each article
"""

from __future__ import annotations

import argparse
import gc
import random
import sys
import time
import warnings
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import psutil  # noqa: E402

from factcheck.evaluation import load_corpus  # noqa: E402
from factcheck.extraction import extract_claims, get_pipeline  # noqa: E402
from factcheck.extraction.text import sentences  # noqa: E402

SEED = 20200108
PARAGRAPHS_PER_ARTICLE = (5, 12)
MEMORY_SAMPLE_EVERY = 1000


def corpus_paragraphs() -> list[str]:
    paragraphs = []
    for story in load_corpus():
        for article in story.articles:
            paragraphs += [block.strip() for block in article.text.split("\n\n") if block.strip()]
    return paragraphs


def generated_articles(count: int, rng: random.Random, paragraphs: list[str], novel: bool = False) -> list[str]:
    articles = []
    for index in range(count):
        chosen = rng.sample(paragraphs, rng.randint(*PARAGRAPHS_PER_ARTICLE))
        if novel:
            # New surnames and numbers in every article: the vocabulary keeps growing.
            name = "".join(rng.choice("bcdfghklmnprstvz") + rng.choice("aeiou") for _ in range(4)).title()
            chosen.append(f"Spokesman {name}{index} said {rng.randint(2, 99_999):,} people were evacuated from {name}ville.")
        articles.append("\n\n".join(chosen))
    return articles


def words(texts: list[str]) -> int:
    return sum(len(text.split()) for text in texts)


def time_it(function, texts: list[str]) -> float:
    gc.collect()
    started = time.perf_counter()
    for text in texts:
        function(text)
    return time.perf_counter() - started


def quantulum_parse(text: str):
    from quantulum3 import parser

    return parser.parse(text)


def full_spacy_on_every_sentence(texts: list[str]) -> float:
    import spacy

    from factcheck.extraction.extract import PIPELINE_NAME

    nlp = spacy.load(PIPELINE_NAME)
    gc.collect()
    started = time.perf_counter()
    for text in texts:
        with nlp.memory_zone():
            for _ in nlp.pipe((sentence.text for sentence in sentences(text)), batch_size=64):
                pass
    return time.perf_counter() - started


def speed(texts: list[str]) -> list[tuple[str, float, float]]:
    get_pipeline()  # loaded once, outside the timings, as a worker does at start
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        quantulum_parse("warm up with 3 words")
    total_words = words(texts)
    results = []
    for name, run in (
        ("factcheck", lambda: time_it(extract_claims, texts)),
        ("quantulum3", lambda: time_it(quantulum_parse, texts)),
        ("spaCy, full pipeline on every sentence", lambda: full_spacy_on_every_sentence(texts)),
    ):
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            seconds = run()
        results.append((name, seconds, total_words / seconds))
    return results


def memory(texts: list[str]) -> list[tuple[int, float]]:
    process = psutil.Process()
    samples = [(0, process.memory_info().rss / 2**20)]
    for index, text in enumerate(texts, 1):
        extract_claims(text)
        if index % MEMORY_SAMPLE_EVERY == 0:
            gc.collect()
            samples.append((index, process.memory_info().rss / 2**20))
    return samples


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--memory-articles", type=int, default=10_000)
    args = parser.parse_args()

    rng = random.Random(SEED)
    paragraphs = corpus_paragraphs()
    texts = generated_articles(args.articles, rng, paragraphs)
    print(f"{len(texts):,} articles, {words(texts):,} words, one process\n")
    print("| system | seconds | words per second | relative to factcheck |")
    print("| --- | --- | --- | --- |")
    results = speed(texts)
    ours = results[0][2]
    for name, seconds, rate in results:
        print(f"| {name} | {seconds:.1f} | {rate:,.0f} | {rate / ours:.2f}× |")

    memory_texts = generated_articles(args.memory_articles, rng, paragraphs, novel=True)
    print(f"\nResident memory of this process while extracting {len(memory_texts):,} more articles:\n")
    print("| articles | RSS (MiB) |")
    print("| --- | --- |")
    samples = memory(memory_texts)
    for count, rss in samples:
        print(f"| {count:,} | {rss:.0f} |")
    after_first = [rss for count, rss in samples if count >= MEMORY_SAMPLE_EVERY]
    if len(after_first) > 1:
        print(f"\nGrowth from {MEMORY_SAMPLE_EVERY:,} to {samples[-1][0]:,} articles: {after_first[-1] - after_first[0]:+.0f} MiB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
