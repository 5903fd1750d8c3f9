"""Per source and per claimant: how their claims were rated, linked to the claims behind."""

from django.urls import reverse

from factcheck.articles.models import Article
from factcheck.claims.models import Claim
from factcheck.reviews.services import review_create
from factcheck.sources.models import Source


def rated_claims(story, editor, reviewer):
    tv = Source.objects.create(name="Press TV", kind="state_media")
    body = "State television said 80 soldiers were killed and 200 were wounded and 15 missiles were fired."
    article = Article.objects.create(story=story, source=tv, body=body, uploaded_by=editor, status="done")
    verdicts = {"80": "false", "200": "false", "15": "verified"}
    for text, verdict in verdicts.items():
        start = body.index(text)
        claim = Claim.objects.create(article=article, start=start, end=start + len(text), text=text, value=int(text), low=int(text), high=int(text),
                                     hedge="exact", unit="x", measure="other", claimant="State television", sentence=body)
        review_create(claim=claim, reviewer=reviewer, verdict=verdict)
    return tv


def test_source_page_counts_current_verdicts_and_links_to_them(reviewer_client, story, editor, reviewer):
    tv = rated_claims(story, editor, reviewer)
    page = reviewer_client.get(reverse("sources:detail", args=[tv.pk])).content.decode()
    assert f'href="/search/?source={tv.pk}&amp;verdict=false">2</a>' in page
    assert f'href="/search/?source={tv.pk}&amp;verdict=verified">1</a>' in page
    assert "State television" in page and "not a reliability score" in page
    # The record drawn as one bar: two thirds false, one third verified.
    assert 'class="segment bg-verified" style="width: 33.3%" title="Verified: 1"' in page
    assert 'class="segment bg-false" style="width: 66.7%" title="False: 2"' in page


def test_claimant_page_shows_their_record_and_claims(reviewer_client, story, editor, reviewer):
    rated_claims(story, editor, reviewer)
    page = reviewer_client.get(reverse("sources:claimant"), {"name": "state television"}).content.decode()
    assert 'href="/search/?claimant=state+television&amp;verdict=false">2</a>' in page
    assert page.count('class="verdict verdict-false"') == 2


def test_the_linked_search_finds_the_claims_behind_a_number(reviewer_client, story, editor, reviewer):
    tv = rated_claims(story, editor, reviewer)
    page = reviewer_client.get(reverse("search"), {"source": tv.pk, "verdict": "false"}).content.decode()
    assert ">80<" in page and ">200<" in page and ">15<" not in page
