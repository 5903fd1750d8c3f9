"""python manage.py import_articles PATH... (--story ID | --new-story TITLE) [--user NAME] [--wait]

Imports a folder (recursively), .zip, .jsonl or single article files into a story through the
same service as the upload form, prints the batch's result, and with --wait follows the
workers until every article of the batch is done or failed.
"""

import time
from pathlib import Path

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from factcheck.articles.ingest import BATCH_EXTENSIONS, SUPPORTED_EXTENSIONS, items_from_file
from factcheck.articles.services import articles_import
from factcheck.stories.models import Story

# How often --wait looks at the batch's progress.
POLL_INTERVAL_S = 2.0


class Command(BaseCommand):
    help = "Import article files (a folder, .zip, .jsonl or single files) into a story."

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="+", metavar="PATH")
        target = parser.add_mutually_exclusive_group(required=True)
        target.add_argument("--story", type=int, help="the id of an existing story")
        target.add_argument("--new-story", metavar="TITLE", help="create a story with this title")
        parser.add_argument("--user", default=None, help="who uploads (default: the first superuser or admin)")
        parser.add_argument("--wait", action="store_true", help="follow the workers until the batch is processed")
        parser.add_argument("--timeout", type=float, default=3600.0, help="seconds --wait gives up after")

    def handle(self, *args, paths, story, new_story, user, wait, timeout, **options):
        uploader = self.uploader(user)
        if new_story:
            story_row = Story.objects.create(title=new_story, created_by=uploader)
        else:
            story_row = Story.objects.filter(pk=story).first()
            if story_row is None:
                raise CommandError(f"there is no story {story}")
        items = []
        for path in paths:
            items += self.items(Path(path))
        if not items:
            raise CommandError("no article files found in " + ", ".join(paths))
        batch = articles_import(story=story_row, uploaded_by=uploader, items=items, name=", ".join(Path(path).name for path in paths)[:300])
        self.stdout.write(f"Batch {batch.pk} into story {story_row.pk} “{story_row}”: {batch.added} of {batch.total} added, {batch.duplicates} duplicates.")
        for failure in batch.failures:
            self.stderr.write(f"  {failure['name']}: {failure['error']}")
        if wait and batch.added:
            self.follow(batch, timeout)

    def uploader(self, username):
        users = get_user_model().objects
        if username:
            found = users.filter(username=username).first()
            if found is None:
                raise CommandError(f"there is no user {username}")
            return found
        found = users.filter(is_superuser=True).first() or users.filter(groups__name="Admin").first()
        if found is None:
            raise CommandError("name the uploading user with --user")
        return found

    def items(self, path: Path):
        if not path.exists():
            raise CommandError(f"{path}: no such file or folder")
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUPPORTED_EXTENSIONS + BATCH_EXTENSIONS)
        else:
            files = [path]
        items = []
        for file in files:
            items += items_from_file(str(file), file.read_bytes(), max_bytes=settings.MAX_UPLOAD_BYTES, max_batch_bytes=settings.MAX_BATCH_UPLOAD_BYTES)
        return items

    def follow(self, batch, timeout: float):
        started = time.monotonic()
        last = None
        while True:
            counts = batch.status_counts()
            finished = counts["done"] + counts["failed"]
            line = f"  {finished} of {batch.added} processed ({counts['done']} done, {counts['failed']} failed, {counts['processing']} processing)"
            if line != last:
                self.stdout.write(line)
                last = line
            if finished >= batch.added:
                self.stdout.write(f"Batch {batch.pk} processed in {time.monotonic() - started:.1f} s.")
                return
            if time.monotonic() - started > timeout:
                raise CommandError(f"gave up after {timeout:.0f} s with {batch.added - finished} articles still waiting")
            time.sleep(POLL_INTERVAL_S)
