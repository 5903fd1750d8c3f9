"""Full-text search over claims and articles: PostgreSQL's when the database is PostgreSQL
(with GIN indexes on the same expressions, see the search migrations), a plain substring
search on the embedded SQLite default."""

from __future__ import annotations

from django.db import connection
from django.db.models import Q

# The configuration the indexes were built with; queries must use the same to use them.
SEARCH_CONFIG = "english"
CLAIM_FIELDS = ("text", "unit", "claimant", "sentence")
ARTICLE_FIELDS = ("title", "body")


def postgres() -> bool:
    return connection.vendor == "postgresql"


def search_claims(queryset, words: str):
    words = words.strip()
    if not words:
        return queryset
    if postgres():
        from django.contrib.postgres.search import SearchQuery, SearchRank, SearchVector

        vector = SearchVector(*CLAIM_FIELDS, config=SEARCH_CONFIG)
        query = SearchQuery(words, config=SEARCH_CONFIG, search_type="websearch")
        return queryset.annotate(search=vector).filter(search=query).annotate(rank=SearchRank(vector, query)).order_by("-rank", "pk")
    condition = Q()
    for field in CLAIM_FIELDS:
        condition |= Q(**{f"{field}__icontains": words})
    return queryset.filter(condition)


def search_articles(queryset, words: str):
    words = words.strip()
    if not words:
        return queryset
    if postgres():
        from django.contrib.postgres.search import SearchQuery, SearchRank, SearchVector

        vector = SearchVector(*ARTICLE_FIELDS, config=SEARCH_CONFIG)
        query = SearchQuery(words, config=SEARCH_CONFIG, search_type="websearch")
        return queryset.annotate(search=vector).filter(search=query).annotate(rank=SearchRank(vector, query)).order_by("-rank", "pk")
    return queryset.filter(Q(title__icontains=words) | Q(body__icontains=words))
