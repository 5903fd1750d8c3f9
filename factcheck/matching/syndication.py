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

import numpy as np
from datasketch import LeanMinHash, MinHash, MinHashLSH

# Shingles of this many words: long enough that two different reports of one event share few.
SHINGLE_WORDS = 5
# Estimated Jaccard similarity of shingle sets above which two texts are one story: wire copy
# republished with a new headline, a dropped paragraph or house-style edits stays above it.
SYNDICATION_THRESHOLD = 0.6
PERMUTATIONS = 128
# datasketch's hashing scheme, named so that stored signatures stay comparable across upgrades.
SCHEME = "affine32"
# Texts shorter than this many words are too short to tell copying from common phrasing.
MIN_WORDS = 40

_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class ArticleText:
    """An article for syndication: its text, or its signature computed once before
    (`signature_bytes`), so that a story of many articles is not hashed again at every match."""

    id: Hashable
    text: str = ""
    published: datetime.date | None = None
    signature: bytes | None = None  # None: compute from text; b"": too short to compare


def shingles(text: str) -> set[bytes]:
    words = _WORD.findall(text.lower())
    return {" ".join(words[index:index + SHINGLE_WORDS]).encode() for index in range(max(len(words) - SHINGLE_WORDS + 1, 0))}


def signature(text: str) -> MinHash | None:
    grams = shingles(text)
    if len(grams) < MIN_WORDS - SHINGLE_WORDS:
        return None
    minhash = MinHash(num_perm=PERMUTATIONS, seed=SHINGLE_WORDS, scheme=SCHEME)
    minhash.update_batch(list(grams))
    return minhash


def signature_bytes(text: str) -> bytes:
    """The text's MinHash as bytes to store (b"" for a text too short to compare)."""
    minhash = signature(text)
    return b"" if minhash is None else minhash.hashvalues.astype("<u4").tobytes()


def stored_signature(data: bytes) -> LeanMinHash | None:
    if not data:
        return None
    return LeanMinHash(seed=SHINGLE_WORDS, hashvalues=np.frombuffer(data, dtype="<u4"), scheme=SCHEME)


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
        minhash = signature(article.text) if article.signature is None else stored_signature(article.signature)
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
