"""Verdicts leave the tool as CSV, JSON and schema.org ClaimReview."""

import csv
import datetime
import io
import json

import pytest
from django.urls import reverse

from factcheck.articles.models import Article
from factcheck.claims.models import Claim
from factcheck.figures.models import Figure
from factcheck.reviews.services import review_create
from factcheck.sources.models import Source


@pytest.fixture
def rated(story, editor, reviewer):
    source = Source.objects.create(name="Reuters", kind="wire", domain="reuters.com")
    body = "Iranian state television said 80 American soldiers had been killed."
    article = Article.objects.create(
        story=story, source=source, body=body, uploaded_by=editor, status="done", title="Iran fires missiles",
        url="https://www.reuters.com/world/iran", published=datetime.date(2020, 1, 8),
    )
    figure = Figure.objects.create(story=story, label="Americans killed", measure="killed", conflict=True)
    start = body.index("80")
    claim = Claim.objects.create(article=article, start=start, end=start + 2, text="80", value=80, low=80, high=80, hedge="exact",
                                 unit="soldier", measure="killed", claimant="Iranian state television", sentence=body, figure=figure)
    unrated = Claim.objects.create(article=article, start=0, end=7, text="Iranian", value=1, low=1, high=1, hedge="exact",
                                   unit="x", measure="other", sentence=body)
    review_create(claim=claim, reviewer=reviewer, verdict="false", note="No US deaths: Pentagon and CENTCOM", evidence=["https://www.defense.gov/News/"])
    return {"claim": claim, "unrated": unrated}


def test_claim_review_carries_every_field(reviewer_client, rated):
    response = reviewer_client.get(reverse("reviews:claimreview", args=[rated["claim"].pk]))
    assert response["Content-Type"].startswith("application/ld+json")
    review = json.loads(response.content)
    assert review["@context"] == "https://schema.org" and review["@type"] == "ClaimReview"
    assert review["claimReviewed"] == "Iranian state television said 80 American soldiers had been killed."
    assert review["url"].endswith(f"/reviews/claims/{rated['claim'].pk}/claimreview.json")
    assert review["datePublished"] == datetime.date.today().isoformat()
    assert review["author"]["@type"] == "Organization" and review["author"]["name"]
    rating = review["reviewRating"]
    assert (rating["ratingValue"], rating["bestRating"], rating["worstRating"], rating["alternateName"]) == (1, 5, 1, "False")
    item = review["itemReviewed"]
    assert item["@type"] == "Claim"
    assert item["author"] == {"@type": "Organization", "name": "Iranian state television"}
    assert item["appearance"]["url"] == "https://www.reuters.com/world/iran"
    assert item["appearance"]["headline"] == "Iran fires missiles"
    assert item["appearance"]["publisher"]["name"] == "Reuters"
    assert item["datePublished"] == "2020-01-08"


def test_an_unrated_claim_has_no_claim_review(reviewer_client, rated):
    assert reviewer_client.get(reverse("reviews:claimreview", args=[rated["unrated"].pk])).status_code == 404


def test_story_claim_reviews_list_only_rated_claims(reviewer_client, rated, story):
    reviews = json.loads(reviewer_client.get(reverse("reviews:claimreviews", args=[story.pk])).content)
    assert [review["reviewRating"]["alternateName"] for review in reviews] == ["False"]


def test_csv_has_one_row_per_claim_with_its_current_verdict(editor_client, rated, story):
    response = editor_client.get(reverse("reviews:export_csv", args=[story.pk]))
    assert 'attachment; filename="iran-strikes-us-bases-claims.csv"' == response["Content-Disposition"]
    rows = list(csv.DictReader(io.StringIO(response.content.decode())))
    eighty = next(row for row in rows if row["text"] == "80")
    assert (eighty["verdict"], eighty["claimant"], eighty["figure"], eighty["reviewer"]) == ("false", "Iranian state television", "Americans killed", "rita")
    assert eighty["evidence"] == "https://www.defense.gov/News/"
    assert len(rows) == 2


def test_json_export_has_figures_claims_and_history(editor_client, rated, story):
    data = json.loads(editor_client.get(reverse("reviews:export_json", args=[story.pk])).content)
    (figure,) = data["figures"]
    assert figure["conflict"] and figure["claims"] == [rated["claim"].pk]
    claim = next(claim for claim in data["claims"] if claim["text"] == "80")
    assert claim["reviews"][0]["note"] == "No US deaths: Pentagon and CENTCOM"


def test_exports_need_a_role(client, stranger, rated, story):
    client.force_login(stranger)
    assert client.get(reverse("reviews:export_csv", args=[story.pk])).status_code == 403
    assert client.get(reverse("reviews:claimreview", args=[rated["claim"].pk])).status_code == 403
