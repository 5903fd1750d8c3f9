"""A signed-in user makes an API token on a page and the API takes it."""

from rest_framework.authtoken.models import Token
from rest_framework.test import APIClient


def test_user_creates_and_replaces_a_token(editor_client, editor):
    assert "You have no token yet." in editor_client.get("/api/token/").content.decode()
    editor_client.post("/api/token/")
    first = Token.objects.get(user=editor).key
    assert first in editor_client.get("/api/token/").content.decode()
    editor_client.post("/api/token/")
    second = Token.objects.get(user=editor).key
    assert second != first
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Token {first}")
    assert client.get("/api/v1/stories/").status_code == 401, "the replaced token no longer works"
    client.credentials(HTTP_AUTHORIZATION=f"Token {second}")
    assert client.get("/api/v1/stories/").status_code == 200


def test_api_docs_are_served_without_a_cdn(client):
    page = client.get("/api/docs/").content.decode()
    assert "/static/drf_spectacular_sidecar/swagger-ui-dist/" in page
    assert "cdn" not in page.lower()
