"""Figure matching: group a story's claims into real-world quantities and flag conflicts.

Plain Python, no Django: the Celery worker and `manage.py compare_claims` call `match_claims`
(and `find_syndicated` for the story's articles first).
"""

from factcheck.matching.core import ClaimRef, MatchedFigure, match_claims
from factcheck.matching.syndication import ArticleText, find_syndicated

__all__ = ["ArticleText", "ClaimRef", "MatchedFigure", "find_syndicated", "match_claims"]
