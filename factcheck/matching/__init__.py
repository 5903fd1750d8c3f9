"""Figure matching: group a story's claims into real-world quantities and flag conflicts.

Plain Python, no Django: the Celery worker and `manage.py compare_claims` call `match_claims`.
"""

from factcheck.matching.core import ClaimRef, MatchedFigure, match_claims

__all__ = ["ClaimRef", "MatchedFigure", "match_claims"]
