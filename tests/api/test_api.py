"""The JSON API: token authentication, the pages' role rules, and the same services."""

import io
import json

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.test.utils import CaptureQueriesContext
from rest_framework.authtoken.models import Token
from rest_framework.test import APIClient

from factcheck.articles.models import Article, ImportBatch
from factcheck.claims.models import Claim
from factcheck.figures.models import Figure
from factcheck.reviews.models import Review
from factcheck.sources.models import Source

TEXT = "Iranian state television said Iran had fired 15 ballistic missiles at US bases in Iraq."


def api(user=None, token=True):
    client = APIClient()
    if user is not None:
        client.credentials(HTTP_AUTHORIZATION=f"Token {Token.objects.get_or_create(user=user)[0].key}") if token else client.force_authenticate(user)
    return client


@pytest.fixture
def claim(story, editor):
    article = Article.objects.create(story=story, body=TEXT, uploaded_by=editor, status="done")
    figure = Figure.objects.create(story=story, label="missiles fired", measure="weapons", conflict=True)
    start = TEXT.index("15")
    return Claim.objects.create(article=article, start=start, end=start + 2, text="15", value=15, low=15, high=15, hedge="exact",
                                unit="missile", measure="weapons", claimant="Iranian state television", sentence=TEXT, figure=figure)


ENDPOINTS = ["/api/v1/sources/", "/api/v1/stories/", "/api/v1/articles/", "/api/v1/claims/", "/api/v1/figures/", "/api/v1/reviews/", "/api/v1/imports/"]


@pytest.mark.parametrize("url", ENDPOINTS)
def test_anonymous_callers_get_401_and_strangers_403(url, stranger, claim):
    assert api().get(url).status_code == 401
    assert api(stranger).get(url).status_code == 403


@pytest.mark.parametrize("url", ENDPOINTS)
@pytest.mark.parametrize("role", ["editor", "reviewer", "admin"])
def test_every_role_reads_every_endpoint_with_a_token(url, role, request, claim):
    response = api(request.getfixturevalue(role)).get(url)
    assert response.status_code == 200
    assert {"count", "next", "previous", "results"} <= response.json().keys(), "paginated"


def test_editor_adds_an_article_from_text_and_it_is_queued(editor, story, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks() as callbacks:
        response = api(editor).post("/api/v1/articles/", {"story": story.pk, "text": TEXT, "title": "Strikes", "outlet": "Reuters"}, format="json")
    assert response.status_code == 201, response.content
    body = response.json()
    assert (body["status"], body["title"], body["outlet"]) == ("queued", "Strikes", "Reuters")
    assert len(callbacks) == 1


def test_editor_uploads_an_article_file(editor, story):
    upload = SimpleUploadedFile("strikes.html", f"<html><body><article><p>{TEXT}</p></article></body></html>".encode())
    response = api(editor).post("/api/v1/articles/", {"story": story.pk, "file": upload}, format="multipart")
    assert response.status_code == 201, response.content
    assert Article.objects.get(pk=response.json()["id"]).body == TEXT


def test_a_bad_article_is_a_400_with_the_reason(editor, story):
    client = api(editor)
    assert "not both and not neither" in client.post("/api/v1/articles/", {"story": story.pk}, format="json").content.decode()
    client.post("/api/v1/articles/", {"story": story.pk, "text": TEXT}, format="json")
    duplicate = client.post("/api/v1/articles/", {"story": story.pk, "text": TEXT}, format="json")
    assert duplicate.status_code == 400 and "already in the story" in duplicate.content.decode()


def test_reviewer_cannot_add_articles_or_correct_claims(reviewer, story, claim):
    client = api(reviewer)
    assert client.post("/api/v1/articles/", {"story": story.pk, "text": TEXT}, format="json").status_code == 403
    assert client.patch(f"/api/v1/claims/{claim.pk}/", {"value": 16}, format="json").status_code == 403
    assert client.post("/api/v1/imports/", {"story": story.pk, "articles": [{"text": TEXT}]}, format="json").status_code == 403


def test_editor_corrects_a_claim_and_the_correction_is_recorded(editor, claim):
    response = api(editor).patch(f"/api/v1/claims/{claim.pk}/", {"value": 16, "low": 16, "high": 16, "text": "99"}, format="json")
    assert response.status_code == 200, response.content
    claim.refresh_from_db()
    assert (claim.value, claim.text, claim.corrected_fields) == (16, "15", ["high", "low", "value"]), "text is read-only"


def test_claims_filter_by_verdict_conflict_claimant_and_words(reviewer, claim, story, editor):
    other = Claim.objects.create(article=claim.article, start=0, end=7, text="Iranian", value=1, low=1, high=1, hedge="exact", unit="x", measure="other", sentence=TEXT)
    client = api(reviewer)
    ids = lambda params: [row["id"] for row in client.get("/api/v1/claims/", params).json()["results"]]  # noqa: E731
    assert ids({"conflict": "true"}) == [claim.pk]
    assert ids({"claimant": "state tele"}) == [claim.pk]
    assert ids({"story": story.pk, "measure": "other"}) == [other.pk]
    assert ids({"q": "missiles"}) == [claim.pk, other.pk] or set(ids({"q": "missiles"})) == {claim.pk, other.pk}
    assert ids({"q": "helicopters"}) == []


def test_reviewer_adds_verdicts_that_cannot_be_changed(reviewer, claim):
    client = api(reviewer)
    response = client.post("/api/v1/reviews/", {"claim": claim.pk, "verdict": "disputed", "note": "Iraq says 22", "evidence": ["https://example.org/iraq"]}, format="json")
    assert response.status_code == 201, response.content
    assert response.json()["reviewer"] == "rita"
    claim.refresh_from_db()
    assert claim.current_verdict == "disputed"
    review = Review.objects.get()
    assert client.patch(f"/api/v1/reviews/{review.pk}/", {"verdict": "verified"}, format="json").status_code in (403, 405)
    assert client.delete(f"/api/v1/reviews/{review.pk}/").status_code in (403, 405)
    assert Review.objects.get().verdict == "disputed"
    assert client.post("/api/v1/reviews/", {"claim": claim.pk, "verdict": "unreviewed"}, format="json").status_code == 400


def test_editor_renames_a_figure(editor, claim):
    response = api(editor).patch(f"/api/v1/figures/{claim.figure_id}/", {"label": "Missiles fired at Ain al-Asad"}, format="json")
    assert response.status_code == 200
    figure = Figure.objects.get(pk=claim.figure_id)
    assert (figure.label, figure.label_locked) == ("Missiles fired at Ain al-Asad", True)


def test_admin_manages_sources_editor_cannot(admin, editor):
    assert api(editor).post("/api/v1/sources/", {"name": "AP", "kind": "wire"}, format="json").status_code == 403
    assert api(admin).post("/api/v1/sources/", {"name": "AP", "kind": "wire"}, format="json").status_code == 201
    assert Source.objects.filter(name="AP").exists()


def test_bulk_import_from_a_list_and_from_a_jsonl_file_reports_progress(editor, story):
    client = api(editor)
    response = client.post("/api/v1/imports/", {"story": story.pk, "articles": [{"text": TEXT, "outlet": "Reuters"}, {"text": TEXT.replace("15", "22")}]}, format="json")
    assert response.status_code == 201, response.content
    batch = response.json()
    assert (batch["total"], batch["added"], batch["progress"]["queued"]) == (2, 2, 2)
    lines = "\n".join(json.dumps({"text": TEXT.replace("15", str(n)), "published": "2020-01-08"}) for n in (30, 31)) + "\nnot json\n"
    upload = SimpleUploadedFile("feed.jsonl", lines.encode())
    response = client.post("/api/v1/imports/", {"story": story.pk, "file": upload}, format="multipart")
    assert response.status_code == 201, response.content
    batch = response.json()
    assert (batch["total"], batch["added"], len(batch["failures"])) == (3, 2, 1)
    Article.objects.filter(batch_id=batch["id"]).update(status="done")
    progress = client.get(f"/api/v1/imports/{batch['id']}/").json()["progress"]
    assert progress == {"queued": 0, "processing": 0, "done": 2, "failed": 0}


def test_list_endpoints_run_a_fixed_number_of_queries(reviewer, story, editor):
    client = api(reviewer)

    def queries(url):
        with CaptureQueriesContext(connection) as captured:
            assert client.get(url).status_code == 200
        return len(captured.captured_queries)

    article = Article.objects.create(story=story, body=TEXT, uploaded_by=editor, status="done")
    figure = Figure.objects.create(story=story, label="f", measure="weapons")
    Claim.objects.create(article=article, start=0, end=2, text="Ir", value=1, low=1, high=1, hedge="exact", unit="x", measure="other", sentence=TEXT, figure=figure)
    ImportBatch.objects.create(story=story, name="b0", created_by=editor)
    Source.objects.create(name="Reuters", kind="wire")
    Review.objects.create(claim=Claim.objects.first(), reviewer=reviewer, verdict="verified")
    small = {url: queries(url) for url in ENDPOINTS}
    for n in range(1, 20):
        extra = Article.objects.create(story=story, body=f"{TEXT} {n}", uploaded_by=editor, status="done")
        Claim.objects.create(article=extra, start=0, end=2, text="Ir", value=n, low=n, high=n, hedge="exact", unit="x", measure="other", sentence=TEXT, figure=figure)
        ImportBatch.objects.create(story=story, name=f"b{n}", created_by=editor)
        Source.objects.create(name=f"Outlet {n}", kind="wire")
        Review.objects.create(claim=Claim.objects.last(), reviewer=reviewer, verdict="disputed")
    for url in ENDPOINTS:
        assert queries(url) == small[url], url
