"""Many articles at once: a .zip of files or a .jsonl file, followed as one batch."""

import io
import json
import zipfile

from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from factcheck.articles.models import Article, ImportBatch
from factcheck.sources.models import Source

TEXTS = [f"Officials said {n} rockets were fired at the town overnight, according to local police." for n in range(3, 8)]


def zip_of(files: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in files.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def post_files(client, story, *files):
    return client.post(reverse("articles:upload", args=[story.pk]), {"files": list(files)})


def test_zip_entries_become_articles_of_one_batch(editor_client, story):
    data = zip_of({f"wire/{n}.txt": text.encode() for n, text in enumerate(TEXTS)} | {"__MACOSX/._0.txt": b"junk", "notes.xlsx": b"x"})
    post_files(editor_client, story, SimpleUploadedFile("wire.zip", data))
    batch = ImportBatch.objects.get(story=story)
    assert (batch.total, batch.added) == (6, 5)
    assert batch.failures == [{"name": "wire.zip/notes.xlsx", "error": ".xlsx files are not supported"}]
    assert Article.objects.filter(batch=batch).count() == 5


def test_jsonl_lines_carry_outlet_date_and_title(editor_client, story):
    reuters = Source.objects.create(name="Reuters", domain="reuters.com", kind="wire")
    lines = [
        {"text": TEXTS[0], "outlet": "reuters", "published": "2020-01-08", "title": "Rockets"},
        {"text": TEXTS[1], "outlet": "Tasnim", "url": "https://tasnimnews.com/en/1"},
        "not json",
        {"title": "no text"},
        {"text": TEXTS[2], "published": "8 Jan"},
    ]
    data = "\n".join(line if isinstance(line, str) else json.dumps(line) for line in lines).encode()
    response = post_files(editor_client, story, SimpleUploadedFile("feed.jsonl", data))
    page = response.content.decode()
    first, second = Article.objects.filter(story=story).order_by("pk")
    assert (first.source, str(first.published), first.title) == (reuters, "2020-01-08", "Rockets")
    assert (second.source, second.outlet) == (None, "Tasnim"), "an unknown outlet is kept by name"
    assert "feed.jsonl line 3: not valid JSON" in page
    assert "feed.jsonl line 4: each line must be a JSON object with a &quot;text&quot; string" in page
    assert "feed.jsonl line 5: published must be a date like 2020-01-08" in page


def test_zip_entry_larger_than_the_limit_is_not_inflated(editor_client, story, settings):
    settings.MAX_UPLOAD_BYTES = 1000
    data = zip_of({"huge.txt": b"a" * 50_000, "fine.txt": TEXTS[0].encode()})
    post_files(editor_client, story, SimpleUploadedFile("bomb.zip", data))
    batch = ImportBatch.objects.get()
    assert batch.added == 1
    assert "the limit is 1,000" in batch.failures[0]["error"]


def test_a_broken_zip_is_reported(editor_client, story):
    response = post_files(editor_client, story, SimpleUploadedFile("broken.zip", b"PK\x03\x04 nope"))
    assert "broken.zip: this is not a readable zip file." in response.content.decode()


def test_a_multi_file_upload_leads_to_its_progress_page(editor_client, story):
    files = [SimpleUploadedFile(f"{n}.txt", text.encode()) for n, text in enumerate(TEXTS[:3])]
    response = post_files(editor_client, story, *files)
    batch = ImportBatch.objects.get()
    assert response["Location"] == reverse("articles:batch", args=[batch.pk])
    Article.objects.filter(pk=Article.objects.filter(batch=batch).order_by("pk").first().pk).update(status="done")
    page = editor_client.get(response["Location"]).content.decode()
    assert "<strong>1 of 3</strong> processed" in page
    assert 'hx-trigger="every 2s"' in page, "the page follows the workers while articles wait"
    for article in Article.objects.filter(batch=batch):
        assert f'href="{article.get_absolute_url()}"' in page, "each article of the batch is one click away"
    assert 'hx-trigger="every 1s"' not in page, "the batch's progress polls once for all its articles"


def test_a_partly_failed_upload_links_to_the_saved_articles_progress(editor_client, story):
    data = zip_of({"0.txt": TEXTS[0].encode(), "1.txt": TEXTS[1].encode(), "chart.png": b"\x89PNG"})
    response = post_files(editor_client, story, SimpleUploadedFile("wire.zip", data))
    page = response.content.decode()
    batch = ImportBatch.objects.get()
    assert "wire.zip/chart.png: .png files are not supported." in page
    assert f'href="{reverse("articles:batch", args=[batch.pk])}"' in page and "The 2 articles that could be read are saved" in page
