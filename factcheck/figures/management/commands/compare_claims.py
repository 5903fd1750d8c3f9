"""python manage.py compare_claims FILE... --format json

The FILEs are the articles of one story (text, or JSON with text/outlet/published/title/url).
Prints {"figures": [{"id", "label", "measure", "unit", "conflict", "claims": [...]}]}: the
extractor and the matcher the workers run, with no database.
"""

import datetime
import json

from django.core.management.base import BaseCommand, CommandError

from factcheck.extraction import extract_claims
from factcheck.extraction.inputs import InputError, read_article_file
from factcheck.matching import ArticleText, ClaimRef, find_syndicated, match_claims


class Command(BaseCommand):
    help = "Group the numerical claims of one story's articles into figures and flag conflicts."
    requires_system_checks = []

    def add_arguments(self, parser):
        parser.add_argument("files", nargs="+", metavar="FILE")
        parser.add_argument("--format", choices=["json"], default="json")

    def handle(self, *args, files, **options):
        try:
            articles = [read_article_file(path) for path in files]
        except InputError as error:
            raise CommandError(str(error)) from None
        published = {article.path: datetime.date.fromisoformat(article.published) if article.published else None for article in articles}
        original_of = find_syndicated(ArticleText(id=article.path, text=article.text, published=published[article.path]) for article in articles)
        refs, rows = [], {}
        for article in articles:
            for frame in extract_claims(article.text):
                claim_id = f"{article.path}:{frame.start}"
                refs.append(ClaimRef(
                    id=claim_id, frame=frame, article=article.path, outlet=article.outlet,
                    published=published[article.path], syndicated_from=original_of.get(article.path),
                ))
                rows[claim_id] = {**frame.as_dict(), "file": article.path, "outlet": article.outlet or None, "published": article.published}
        figures = sorted(match_claims(refs), key=lambda figure: (not figure.conflict, -len(figure.claim_ids), figure.label))
        output = {
            "figures": [
                {
                    "id": index,
                    "label": figure.label,
                    "measure": figure.measure,
                    "unit": figure.unit,
                    "conflict": figure.conflict,
                    "conflict_reason": figure.conflict_reason or None,
                    "reports": figure.report_count,
                    "claims": [rows[claim_id] for claim_id in figure.claim_ids],
                }
                for index, figure in enumerate(figures, 1)
            ]
        }
        self.stdout.write(json.dumps(output, ensure_ascii=False, indent=1))
