"""Verdicts out of the tool: CSV for spreadsheets, JSON, and schema.org ClaimReview.

The rating scale (docs/VERDICTS.md) says how well the evidence supports the figure, from 1
(false) to 5 (verified).
"""

from __future__ import annotations

import csv
import io

from django.conf import settings
from django.db.models import Prefetch

from factcheck.claims.models import Claim, Verdict
from factcheck.reviews.models import Review

BEST_RATING = 5
WORST_RATING = 1
RATING = {
    Verdict.FALSE: 1,
    Verdict.MISLEADING: 2,
    Verdict.DISPUTED: 3,
    Verdict.UNVERIFIABLE: 3,
    Verdict.VERIFIED: 5,
}

CSV_COLUMNS = [
    "claim_id", "article", "outlet", "published", "url", "figure", "figure_conflict", "text", "value", "low", "high",
    "hedge", "unit", "measure", "claimant", "sentence", "verdict", "note", "evidence", "reviewer", "reviewed_at",
]


def story_claims(story):
    """The story's claims with everything an export shows, in a fixed number of queries."""
    reviews = Review.objects.select_related("reviewer")
    return (
        Claim.objects.visible()
        .filter(article__story=story)
        .select_related("article__source", "figure")
        .prefetch_related(Prefetch("reviews", queryset=reviews))
        .order_by("article__published", "article_id", "start")
    )


def story_claims_for_one(claim_id: int):
    reviews = Review.objects.select_related("reviewer")
    return Claim.objects.filter(pk=claim_id).select_related("article__source", "figure").prefetch_related(Prefetch("reviews", queryset=reviews))


def latest_review(claim: Claim) -> Review | None:
    reviews = list(claim.reviews.all())  # prefetched, newest first
    return reviews[0] if reviews else None


def claims_csv(claims) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(CSV_COLUMNS)
    for claim in claims:
        review = latest_review(claim)
        article = claim.article
        writer.writerow([
            claim.pk, article.title, article.outlet, article.published or "", article.url,
            claim.figure.label if claim.figure else "", claim.figure.conflict if claim.figure else "",
            claim.text, claim.value, "" if claim.low is None else claim.low, "" if claim.high is None else claim.high,
            claim.hedge, claim.unit, claim.measure, claim.claimant or "", claim.sentence, claim.current_verdict,
            review.note if review else "", " ".join(review.evidence) if review else "",
            review.reviewer.get_username() if review else "", review.created_at.isoformat() if review else "",
        ])
    return buffer.getvalue()


def claim_json(claim: Claim) -> dict:
    review = latest_review(claim)
    return {
        "id": claim.pk,
        "article": claim.article_id,
        "outlet": claim.article.outlet,
        "published": claim.article.published.isoformat() if claim.article.published else None,
        "figure": claim.figure_id,
        **{name: getattr(claim, name) for name in ("start", "end", "text", "value", "low", "high", "hedge", "unit", "measure", "claimant", "sentence")},
        "verdict": claim.current_verdict,
        "reviews": [
            {"verdict": r.verdict, "note": r.note, "evidence": r.evidence, "reviewer": r.reviewer.get_username(), "created_at": r.created_at.isoformat()}
            for r in claim.reviews.all()
        ],
        "latest_note": review.note if review else "",
    }


def claim_review(claim: Claim, *, url: str) -> dict | None:
    """schema.org ClaimReview for a rated claim; None while it is unreviewed."""
    review = latest_review(claim)
    if review is None or claim.current_verdict == Verdict.UNREVIEWED:
        return None
    article = claim.article
    claimant = claim.claimant or article.outlet
    appearance = {
        "@type": "CreativeWork",
        "headline": article.title or str(article),
        "publisher": {"@type": "Organization", "name": article.outlet},
    }
    if article.url:
        appearance["url"] = article.url
    if article.published:
        appearance["datePublished"] = article.published.isoformat()
    item = {
        "@type": "Claim",
        "author": {"@type": "Person" if _looks_like_person(claim.claimant) else "Organization", "name": claimant},
        "appearance": appearance,
    }
    if article.published:
        item["datePublished"] = article.published.isoformat()
    return {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "url": url,
        "datePublished": review.created_at.date().isoformat(),
        "author": {"@type": "Organization", "name": settings.FACTCHECK_PUBLISHER_NAME, "url": settings.FACTCHECK_PUBLISHER_URL},
        "claimReviewed": claim.sentence,
        "reviewRating": {
            "@type": "Rating",
            "ratingValue": RATING[Verdict(claim.current_verdict)],
            "bestRating": BEST_RATING,
            "worstRating": WORST_RATING,
            "alternateName": Verdict(claim.current_verdict).label,
            "ratingExplanation": review.note,
        },
        "itemReviewed": item,
    }


def _looks_like_person(claimant: str | None) -> bool:
    """A claimant with a title or two capitalised names is a person; bodies are organisations."""
    if not claimant:
        return False
    words = claimant.replace(",", " ").split()
    titles = {"president", "minister", "spokesman", "spokeswoman", "governor", "mayor", "secretary", "chancellor", "gen.", "capt.", "mr", "ms", "dr"}
    if any(word.lower() in titles for word in words):
        return True
    bodies = {"ministry", "agency", "television", "tv", "office", "department", "army", "police", "government", "union", "news", "service"}
    return len(words) in (2, 3) and all(word[:1].isupper() for word in words) and not any(word.lower() in bodies for word in words)
