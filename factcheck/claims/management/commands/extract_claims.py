"""python manage.py extract_claims FILE... --format jsonl

One JSON object per claim per line: the claim frame plus "file". Runs the extractor the
workers run; needs no database.
"""

import json

from django.core.management.base import BaseCommand, CommandError

from factcheck.extraction import extract_claims
from factcheck.extraction.inputs import InputError, read_article_file


class Command(BaseCommand):
    help = "Print the numerical claims of article files (text, or JSON with a 'text' key) as JSON lines."
    requires_system_checks = []

    def add_arguments(self, parser):
        parser.add_argument("files", nargs="+", metavar="FILE")
        parser.add_argument("--format", choices=["jsonl"], default="jsonl")

    def handle(self, *args, files, **options):
        try:
            articles = [read_article_file(path) for path in files]
        except InputError as error:
            raise CommandError(str(error)) from None
        for article in articles:
            for frame in extract_claims(article.text):
                self.stdout.write(json.dumps({**frame.as_dict(), "file": article.path}, ensure_ascii=False))
