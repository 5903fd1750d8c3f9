"""A GIN index for full-text search of articles, on PostgreSQL only (SQLite searches by substring).

The expression is the one django.contrib.postgres's SearchVector builds for
factcheck.claims.search.ARTICLE_FIELDS with the 'english' configuration, so queries use it.
"""

from django.db import migrations

INDEX = (
    "CREATE INDEX IF NOT EXISTS article_search_idx ON articles_article USING GIN (to_tsvector('english'::regconfig, "
    "COALESCE(\"title\", '') || ' ' || COALESCE(\"body\", '')))"
)


def create(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(INDEX)


def drop(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute("DROP INDEX IF EXISTS article_search_idx")


class Migration(migrations.Migration):
    dependencies = [("articles", "0002_import_batches")]
    operations = [migrations.RunPython(create, drop)]
