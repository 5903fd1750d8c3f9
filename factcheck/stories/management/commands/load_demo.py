"""Load the demo: sources, a story with its articles, and one user per role.

Safe to run again: what exists is kept, and each demo user gets a fresh password, printed.
"""

import datetime
import json
import secrets
from pathlib import Path

from django.conf import settings
from django.contrib.auth.models import Group, User
from django.core.management.base import BaseCommand
from django.db import transaction

from factcheck.accounts.roles import ADMIN, EDITOR, REVIEWER
from factcheck.articles.services import DuplicateArticle, article_create
from factcheck.sources.models import Source
from factcheck.stories.models import Story

DEMO_DIR = settings.BASE_DIR / "demo"
DEMO_USERS = (("editor", EDITOR), ("reviewer", REVIEWER), ("admin", ADMIN))
DEMO_STORY = "Iran's missile strikes on US bases in Iraq"


class Command(BaseCommand):
    help = "Load demo sources, a story with articles, and one user per role (passwords printed)."

    def handle(self, *args, **options):
        with transaction.atomic():
            credentials = [self.demo_user(username, role) for username, role in DEMO_USERS]
            self.load_sources()
            added = self.load_story(User.objects.get(username="editor"))
        self.stdout.write(self.style.SUCCESS(f"Demo data loaded ({added} new articles queued for extraction)."))
        self.stdout.write("Demo logins (passwords are new each time this runs):")
        for username, role, password in credentials:
            self.stdout.write(f"  {role:<9} {username:<9} {password}")

    def demo_user(self, username: str, role: str) -> tuple[str, str, str]:
        user, _ = User.objects.get_or_create(username=username)
        password = secrets.token_urlsafe(9)
        user.set_password(password)
        user.is_staff = role == ADMIN
        user.save()
        user.groups.set([Group.objects.get(name=role)])
        return username, role, password

    def load_sources(self) -> None:
        for entry in json.loads((DEMO_DIR / "sources.json").read_text(encoding="utf-8")):
            Source.objects.get_or_create(name=entry["name"], defaults=entry)

    def load_story(self, editor: User) -> int:
        story = Story.objects.filter(title=DEMO_STORY).first() or Story.objects.create(
            title=DEMO_STORY,
            description="8 January 2020: Iran fires ballistic missiles at Iraqi bases housing US troops.",
            created_by=editor,
        )
        added = 0
        for path in sorted(Path(DEMO_DIR).glob("*.json")):
            if path.name == "sources.json":
                continue
            article = json.loads(path.read_text(encoding="utf-8"))
            try:
                article_create(
                    story=story,
                    source=Source.objects.filter(name=article.get("outlet", "")).first(),
                    title=article.get("title", ""),
                    url=article.get("url", ""),
                    published=datetime.date.fromisoformat(article["published"]) if article.get("published") else None,
                    body=article["text"],
                    uploaded_by=editor,
                    original_name=path.name,
                    original_content_type="application/json",
                )
                added += 1
            except DuplicateArticle:
                pass
        return added
