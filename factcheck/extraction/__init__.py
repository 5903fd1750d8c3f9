"""Numerical-claim extraction: plain Python over text, no Django or Celery."""

from factcheck.extraction.frame import HEDGES, MEASURES, ClaimFrame

__all__ = ["HEDGES", "MEASURES", "ClaimFrame"]
