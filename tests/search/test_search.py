"""Full-text search over articles and claims, with filters; a substring search on SQLite."""

import pytest
from django.urls import reverse

from factcheck.articles.models import Article
from factcheck.claims.models import Claim
from factcheck.claims.search import search_articles, search_claims
from factcheck.figures.models import Figure
from factcheck.sources.models import Source

MISSILES = "Iranian state television said Iran had fired 15 ballistic missiles at US bases."
TROOPS = "More than 5,000 US troops remain in Iraq, officials said."


@pytest.fixture
def claims(story, editor):
    reuters = Source.objects.create(name="Reuters", kind="wire")
    made = {}
    for text, number, unit, measure, claimant in ((MISSILES, "15", "missile", "weapons", "Iranian state television"), (TROOPS, "5,000", "troop", "people", None)):
        article = Article.objects.create(story=story, source=reuters, body=text, title=f"About {unit}s", uploaded_by=editor, status="done")
        start = text.index(number)
        made[unit] = Claim.objects.create(article=article, start=start, end=start + len(number), text=number, value=1, low=1, high=1, hedge="exact",
                                          unit=unit, measure=measure, claimant=claimant, sentence=text)
    made["missile"].figure = Figure.objects.create(story=story, label="missiles", measure="weapons", conflict=True)
    made["missile"].save()
    return made


def test_words_find_claims_through_their_sentence_with_stemming(claims):
    found = list(search_claims(Claim.objects.all(), "missile fired"))
    assert found == [claims["missile"]], "'missile fired' finds 'fired 15 ballistic missiles'"
    assert list(search_claims(Claim.objects.all(), "helicopters")) == []


def test_words_find_articles_by_title_and_body(claims):
    assert list(search_articles(Article.objects.all(), "troops Iraq")) == [claims["troop"].article]


def test_search_page_combines_words_and_filters(reviewer_client, claims):
    url = reverse("search")
    page = reviewer_client.get(url, {"q": "US"}).content.decode()
    assert page.count('href="/articles/') >= 2
    conflict_only = reviewer_client.get(url, {"conflict": "on"}).content.decode()
    assert "missile" in conflict_only and "troop" not in conflict_only
    by_claimant = reviewer_client.get(url, {"claimant": "state tele"}).content.decode()
    assert "missile" in by_claimant and ">5,000<" not in by_claimant
    by_measure = reviewer_client.get(url, {"measure": "people"}).content.decode()
    assert ">5,000<" in by_measure


def test_search_falls_back_to_substrings_off_postgresql(claims, monkeypatch):
    monkeypatch.setattr("factcheck.claims.search.postgres", lambda: False)
    assert list(search_claims(Claim.objects.all(), "ballistic")) == [claims["missile"]]
    assert list(search_articles(Article.objects.all(), "Iraq")) == [claims["troop"].article]


def test_the_search_index_is_used_for_claims(claims):
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("SELECT indexname FROM pg_indexes WHERE indexname IN ('claim_search_idx', 'article_search_idx')")
        assert sorted(row[0] for row in cursor.fetchall()) == ["article_search_idx", "claim_search_idx"]
        cursor.execute("SET enable_seqscan = off")
        sql, params = search_claims(Claim.objects.all(), "missiles").query.sql_with_params()
        cursor.execute("EXPLAIN " + sql, params)
        plan = " ".join(row[0] for row in cursor.fetchall())
    assert "claim_search_idx" in plan
