"""Numerical-claim extraction: plain Python over text, no Django or Celery.

    extract_claims(text, progress=None) -> list[ClaimFrame]
    extract_many(texts) -> iterator of list[ClaimFrame]
    get_pipeline() -> the spaCy pipeline, loaded once per process
"""

from factcheck.extraction.extract import extract_claims, extract_many, get_pipeline
from factcheck.extraction.frame import HEDGES, MEASURES, ClaimFrame

__all__ = ["HEDGES", "MEASURES", "ClaimFrame", "extract_claims", "extract_many", "get_pipeline"]
