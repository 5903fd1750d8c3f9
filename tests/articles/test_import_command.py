"""python manage.py import_articles: folders, zips and JSON lines into a story."""

import io
import json
import zipfile

import pytest
from django.core.management import CommandError, call_command

from factcheck.articles.models import Article, ImportBatch
from factcheck.claims.models import Claim
from factcheck.stories.models import Story

TEXT = "Officials said {n} rockets were fired at the town overnight, according to local police."


def test_imports_a_folder_recursively_into_a_new_story(tmp_path, admin):
    (tmp_path / "day1").mkdir()
    (tmp_path / "day1" / "a.txt").write_text(TEXT.format(n=3))
    (tmp_path / "b.md").write_text("# Rockets\n\n" + TEXT.format(n=4))
    (tmp_path / "ignored.png").write_bytes(b"\x89PNG")
    out = io.StringIO()
    call_command("import_articles", str(tmp_path), "--new-story", "Rocket fire", "--user", admin.username, stdout=out)
    story = Story.objects.get(title="Rocket fire")
    assert Article.objects.filter(story=story).count() == 2
    assert "2 of 2 added" in out.getvalue()


def test_imports_zip_and_jsonl_reporting_failures(tmp_path, admin, story):
    archive = tmp_path / "wire.zip"
    with zipfile.ZipFile(archive, "w") as zipped:
        zipped.writestr("one.txt", TEXT.format(n=5))
        zipped.writestr("two.txt", TEXT.format(n=5))
    feed = tmp_path / "feed.jsonl"
    feed.write_text(json.dumps({"text": TEXT.format(n=6), "outlet": "Reuters"}) + "\n{broken\n")
    out, err = io.StringIO(), io.StringIO()
    call_command("import_articles", str(archive), str(feed), "--story", str(story.pk), "--user", admin.username, stdout=out, stderr=err)
    batch = ImportBatch.objects.get()
    assert (batch.total, batch.added, batch.duplicates) == (4, 2, 1)
    assert "wire.zip/two.txt: this text is already in the story" in err.getvalue()
    assert "feed.jsonl line 2: not valid JSON" in err.getvalue()


@pytest.mark.worker
@pytest.mark.django_db(transaction=True)
def test_wait_follows_the_batch_through_the_real_worker(tmp_path, celery_worker_process, admin, story):
    (tmp_path / "a.txt").write_text(TEXT.format(n=7))
    (tmp_path / "b.txt").write_text(TEXT.format(n=8))
    out = io.StringIO()
    call_command("import_articles", str(tmp_path), "--story", str(story.pk), "--user", admin.username, "--wait", "--timeout", "120", stdout=out)
    assert "2 of 2 processed (2 done, 0 failed" in out.getvalue()
    assert sorted(Article.objects.values_list("status", flat=True)) == ["done", "done"]
    assert sorted(Claim.objects.values_list("value", flat=True)) == [7, 8]


def test_clear_errors_for_bad_arguments(tmp_path, admin):
    with pytest.raises(CommandError, match="no such file or folder"):
        call_command("import_articles", str(tmp_path / "missing"), "--new-story", "x", "--user", admin.username)
    with pytest.raises(CommandError, match="there is no story 999"):
        call_command("import_articles", str(tmp_path), "--story", "999", "--user", admin.username)
    with pytest.raises(CommandError, match="there is no user nobody"):
        call_command("import_articles", str(tmp_path), "--new-story", "x", "--user", "nobody")
