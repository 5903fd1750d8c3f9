"""A GIN index for full-text search of claims, on PostgreSQL only (SQLite searches by substring).

The expression is the one django.contrib.postgres's SearchVector builds for
factcheck.claims.search.CLAIM_FIELDS with the 'english' configuration, so queries use it.
"""

from django.db import migrations

INDEX = (
    "CREATE INDEX IF NOT EXISTS claim_search_idx ON claims_claim USING GIN (to_tsvector('english'::regconfig, "
    "COALESCE(\"text\", '') || ' ' || COALESCE(\"unit\", '') || ' ' || COALESCE(\"claimant\", '') || ' ' || COALESCE(\"sentence\", '')))"
)


def create(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(INDEX)


def drop(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute("DROP INDEX IF EXISTS claim_search_idx")


class Migration(migrations.Migration):
    dependencies = [("claims", "0003_matching_details")]
    operations = [migrations.RunPython(create, drop)]
