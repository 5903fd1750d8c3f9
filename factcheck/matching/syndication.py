"""Syndicated copies: the same wire story published by several outlets.

A copy is not an independent confirmation of the figures in it, nor an independent
contradiction. Copies are found by MinHash over word shingles with locality-sensitive
hashing, so a story's articles are never compared all against all.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Hashable, Iterable
from dataclasses import dataclass

from datasketch import MinHash, MinHashLSH

# Shingles of this many words: long enough that two different reports of one event share few.
SHINGLE_WORDS = 5
# Estimated Jaccard similarity of shingle sets above which two texts are one story: wire copy
# republished with a new headline, a dropped paragraph or house-style edits stays above it.
SYNDICATION_THRESHOLD = 0.6
PERMUTATIONS = 128
# Texts shorter than this many words are too short to tell copying from common phrasing.
MIN_WORDS = 40

_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class ArticleText:
    id: Hashable
    text: str
    published: datetime.date | None = None


def shingles(text: str) -> set[bytes]:
    words = _WORD.findall(text.lower())
    return {" ".join(words[index:index + SHINGLE_WORDS]).encode() for index in range(max(len(words) - SHINGLE_WORDS + 1, 0))}


def signature(text: str) -> MinHash | None:
    grams = shingles(text)
    if len(grams) < MIN_WORDS - SHINGLE_WORDS:
        return None
    minhash = MinHash(num_perm=PERMUTATIONS, seed=SHINGLE_WORDS)
    minhash.update_batch(list(grams))
    return minhash


def find_syndicated(articles: Iterable[ArticleText]) -> dict[Hashable, Hashable]:
    """{copy id: original id} for every article that copies an earlier one of the set.

    The original is the earliest published article of its group (the first given, on a tie);
    a copy of a copy points at that original."""
    ordered = sorted(enumerate(articles), key=lambda item: (item[1].published or datetime.date.max, item[0]))
    index = MinHashLSH(threshold=SYNDICATION_THRESHOLD, num_perm=PERMUTATIONS)
    signatures: dict[int, MinHash] = {}
    ids: dict[int, Hashable] = {}
    original_of: dict[Hashable, Hashable] = {}
    for position, (_, article) in enumerate(ordered):
        minhash = signature(article.text)
        if minhash is None:
            continue
        matches = [key for key in index.query(minhash) if minhash.jaccard(signatures[key]) >= SYNDICATION_THRESHOLD]
        if matches:
            first = ids[min(matches)]
            original_of[article.id] = original_of.get(first, first)
        signatures[position] = minhash
        ids[position] = article.id
        index.insert(position, minhash)
    return original_of
