"""Every page checks the signed-in user's role; nobody without one sees anything."""

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse

from factcheck.articles.models import Article
from factcheck.claims.models import Claim
from factcheck.figures.models import Figure
from factcheck.sources.models import Source


@pytest.fixture
def world(story, editor):
    source = Source.objects.create(name="Reuters", domain="reuters.com", kind="wire")
    article = Article.objects.create(story=story, source=source, body="Iran fired 15 missiles, state TV said.", uploaded_by=editor, status="done")
    figure = Figure.objects.create(story=story, label="missiles fired", measure="weapons")
    claim = Claim.objects.create(
        article=article, start=11, end=13, text="15", value=15, low=15, high=15, hedge="exact", unit="missile",
        measure="weapons", sentence=article.body, figure=figure,
    )
    return {"story": story, "source": source, "article": article, "figure": figure, "claim": claim}


def pages_to_read(world):
    return [
        reverse("stories:list"),
        reverse("stories:detail", args=[world["story"].pk]),
        reverse("articles:detail", args=[world["article"].pk]),
        reverse("articles:status", args=[world["article"].pk]),
        reverse("articles:original", args=[world["article"].pk]),
        reverse("figures:detail", args=[world["figure"].pk]),
        reverse("sources:list"),
        reverse("sources:detail", args=[world["source"].pk]),
    ]


def test_groups_hold_the_documented_permissions(db):
    permissions = {group.name: {f"{p.content_type.app_label}.{p.codename}" for p in group.permissions.all()} for group in Group.objects.all()}
    assert "articles.add_article" in permissions["Editor"]
    assert "reviews.add_review" not in permissions["Editor"]
    assert "reviews.add_review" in permissions["Reviewer"]
    assert "articles.add_article" not in permissions["Reviewer"]
    assert "sources.change_source" not in permissions["Editor"] | permissions["Reviewer"]
    assert permissions["Editor"] | permissions["Reviewer"] < permissions["Admin"]


def test_anonymous_visitor_is_sent_to_login(client, world):
    for url in pages_to_read(world):
        response = client.get(url)
        assert response.status_code == 302, url
        assert response["Location"].startswith(reverse("login")), url


def test_stranger_without_role_is_refused_everything(client, stranger, world):
    client.force_login(stranger)
    for url in pages_to_read(world):
        assert client.get(url).status_code == 403, url
    assert client.post(reverse("reviews:add", args=[world["claim"].pk]), {"verdict": "verified"}).status_code == 403


@pytest.mark.parametrize("role", ["editor", "reviewer", "admin"])
def test_every_role_reads_every_page(client, request, role, world):
    client.force_login(request.getfixturevalue(role))
    for url in pages_to_read(world):
        assert client.get(url).status_code == 200, url


def test_reviewer_cannot_upload_or_create_stories(reviewer_client, world):
    assert reviewer_client.get(reverse("articles:upload", args=[world["story"].pk])).status_code == 403
    assert reviewer_client.post(reverse("articles:upload", args=[world["story"].pk]), {"text": "x" * 100}).status_code == 403
    assert reviewer_client.post(reverse("stories:create"), {"title": "New"}).status_code == 403
    assert reviewer_client.post(reverse("articles:retry", args=[world["article"].pk])).status_code == 403


def test_editor_cannot_rate_claims(editor_client, world):
    response = editor_client.post(reverse("reviews:add", args=[world["claim"].pk]), {"verdict": "verified"})
    assert response.status_code == 403
    assert not world["claim"].reviews.exists()


@pytest.mark.parametrize("role", ["editor", "reviewer"])
def test_only_admins_manage_sources(client, request, role, world):
    client.force_login(request.getfixturevalue(role))
    assert client.get(reverse("sources:create")).status_code == 403
    assert client.post(reverse("sources:edit", args=[world["source"].pk]), {"name": "Renamed", "kind": "wire"}).status_code == 403
    assert client.get(reverse("admin:sources_source_changelist")).status_code == 302  # not staff: the admin's own login


def test_admin_manages_sources_in_app_and_in_django_admin(admin_client_, world):
    response = admin_client_.post(reverse("sources:create"), {"name": "Press TV", "domain": "https://www.presstv.ir/", "kind": "state_media"})
    assert response.status_code == 302
    assert Source.objects.get(name="Press TV").domain == "presstv.ir"
    assert admin_client_.get(reverse("admin:sources_source_changelist")).status_code == 200
    assert admin_client_.get(reverse("admin:auth_user_changelist")).status_code == 200


def test_duplicate_source_name_is_a_form_error_not_a_crash(admin_client_, world):
    response = admin_client_.post(reverse("sources:create"), {"name": "reuters", "kind": "wire"})
    assert response.status_code == 200
    assert "A source with this name already exists." in response.content.decode()
