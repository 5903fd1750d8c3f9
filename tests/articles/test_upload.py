"""Editors add articles by pasting text or uploading files; nothing they send is lost."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from factcheck.articles.models import Article
from factcheck.sources.models import Source

TEXT = "Iranian state television said Iran had fired 15 ballistic missiles at US targets in Iraq."
OTHER = "The Pentagon said 11 service members were treated for concussion symptoms after the attack."


def upload(client, story, **data):
    return client.post(reverse("articles:upload", args=[story.pk]), data)


def test_pasted_text_becomes_a_queued_article(editor_client, story, editor, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks() as callbacks:
        response = upload(editor_client, story, text=TEXT, title="Strikes", url="https://www.reuters.com/world/x", published="2020-01-08")
    assert response.status_code == 302 and response["Location"] == story.get_absolute_url()
    article = Article.objects.get(story=story)
    assert (article.body, article.title, article.status, article.uploaded_by) == (TEXT, "Strikes", "queued", editor)
    assert str(article.published) == "2020-01-08"
    assert len(callbacks) == 1, "the extraction is enqueued once, after commit"


def test_source_is_recognised_from_the_url(editor_client, story):
    reuters = Source.objects.create(name="Reuters", domain="reuters.com", kind="wire")
    upload(editor_client, story, text=TEXT, url="https://www.reuters.com/world/middle-east/iran-idUS")
    assert Article.objects.get(story=story).source == reuters


def test_several_files_become_several_articles(editor_client, story):
    files = [
        SimpleUploadedFile("one.txt", TEXT.encode("utf-8"), content_type="text/plain"),
        SimpleUploadedFile("two.html", f"<html><body><article><p>{OTHER}</p></article></body></html>".encode(), content_type="text/html"),
    ]
    response = upload(editor_client, story, files=files)
    assert response.status_code == 302
    articles = {article.title: article for article in Article.objects.filter(story=story)}
    assert set(articles) == {"one", "two"}
    assert articles["two"].body == OTHER
    assert bytes(articles["one"].original_bytes) == TEXT.encode("utf-8"), "the upload is kept as received"


def test_a_bad_file_is_named_and_the_good_ones_are_kept(editor_client, story):
    files = [
        SimpleUploadedFile("good.txt", TEXT.encode()),
        SimpleUploadedFile("photo.txt", b"\x89PNG\r\n\x1a\n\x00\x00" + bytes(range(256)) * 4),
        SimpleUploadedFile("empty.txt", b""),
    ]
    response = upload(editor_client, story, files=files)
    page = response.content.decode()
    assert response.status_code == 200
    assert Article.objects.filter(story=story).count() == 1
    assert "photo.txt: the file is binary, not text." in page
    assert "empty.txt" in page


def test_empty_form_says_what_to_do(editor_client, story):
    response = upload(editor_client, story, text="   ")
    assert response.status_code == 200
    assert "Paste the article&#x27;s text or choose at least one file." in response.content.decode()
    assert not Article.objects.exists()


def test_oversized_text_is_refused_and_kept_in_the_form(editor_client, story, settings):
    settings.MAX_UPLOAD_BYTES = 200
    long_text = TEXT * 5
    response = upload(editor_client, story, text=long_text)
    assert response.status_code == 200
    assert "longer than the limit" in response.content.decode()
    assert long_text in response.content.decode(), "the editor's text is not thrown away"
    assert not Article.objects.exists()


def test_same_text_twice_is_reported_as_a_duplicate(editor_client, story):
    upload(editor_client, story, text=TEXT)
    response = upload(editor_client, story, text="  " + TEXT.replace(" ", "  ") + "\n")
    assert response.status_code == 200
    assert "already in the story" in response.content.decode()
    assert Article.objects.filter(story=story).count() == 1


def test_same_text_in_another_story_is_allowed(editor_client, story, editor):
    from factcheck.stories.models import Story

    other = Story.objects.create(title="Other", created_by=editor)
    upload(editor_client, story, text=TEXT)
    assert upload(editor_client, other, text=TEXT).status_code == 302
    assert Article.objects.count() == 2


@pytest.mark.parametrize("name", ["notes.xlsx", "archive.tar"])
def test_unsupported_extension_is_named(editor_client, story, name):
    response = upload(editor_client, story, files=[SimpleUploadedFile(name, TEXT.encode())])
    assert "files are not supported" in response.content.decode()
    assert not Article.objects.exists()
