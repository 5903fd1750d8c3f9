"""Split an article's text into paragraphs of plain and claim segments for the template.

The template escapes every segment: article text is never trusted HTML.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Segment:
    text: str
    claim: Any = None  # the claim this text is, or None for plain text


def paragraphs_with_claims(body: str, claims) -> list[list[Segment]]:
    """Paragraphs (split on blank lines) as lists of segments; overlapping claims keep the first."""
    ordered = sorted(claims, key=lambda claim: (claim.start, -claim.end))
    paragraphs: list[list[Segment]] = []
    position = 0
    claim_index = 0
    for block_start, block_end in paragraph_spans(body):
        segments: list[Segment] = []
        cursor = max(block_start, position)
        while claim_index < len(ordered) and ordered[claim_index].start < block_end:
            claim = ordered[claim_index]
            claim_index += 1
            if claim.start < cursor or claim.end > block_end:
                continue  # overlaps an earlier claim, or runs past the paragraph
            if claim.start > cursor:
                segments.append(Segment(body[cursor:claim.start]))
            segments.append(Segment(body[claim.start:claim.end], claim))
            cursor = claim.end
        if cursor < block_end:
            segments.append(Segment(body[cursor:block_end]))
        position = block_end
        if segments:
            paragraphs.append(segments)
    return paragraphs


def paragraph_spans(body: str) -> list[tuple[int, int]]:
    spans = []
    start = 0
    while start < len(body):
        end = body.find("\n\n", start)
        if end < 0:
            end = len(body)
        if body[start:end].strip():
            spans.append((start, end))
        start = end + 2
    return spans
