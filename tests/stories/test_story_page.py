"""The story page follows articles being processed, without flooding the server during an import."""

from django.urls import reverse

from factcheck.articles.models import Article, ImportBatch
from factcheck.stories.views import POLLED_ARTICLES_MAX


def add_articles(story, editor, count, **fields):
    return Article.objects.bulk_create(
        Article(story=story, body=f"Officials said {n} homes were damaged.", content_hash=f"{n:064}", uploaded_by=editor, **fields)
        for n in range(count)
    )


def test_a_few_pending_articles_are_each_followed(editor_client, story, editor):
    add_articles(story, editor, POLLED_ARTICLES_MAX)
    page = editor_client.get(reverse("stories:detail", args=[story.pk])).content.decode()
    assert page.count('hx-trigger="every 1s"') == POLLED_ARTICLES_MAX
    assert "still being processed" not in page


def test_a_bulk_import_is_shown_as_it_stands_and_points_to_its_progress(editor_client, story, editor):
    batch = ImportBatch.objects.create(story=story, name="wire.jsonl", created_by=editor, total=40, added=40)
    add_articles(story, editor, 40, batch=batch)
    page = editor_client.get(reverse("stories:detail", args=[story.pk])).content.decode()
    assert 'hx-trigger="every 1s"' not in page, "forty articles polling each second would be forty requests a second"
    assert "40 articles are still being processed" in page
    assert f'href="{reverse("articles:batch", args=[batch.pk])}"' in page
