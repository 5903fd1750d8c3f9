"""The article page shows the text with its claims marked, and never runs the article's HTML."""

from django.urls import reverse

from factcheck.articles.models import Article
from factcheck.claims.models import Claim

HOSTILE = (
    'Officials said <script>alert("pwned")</script> 15 missiles were fired.\n\n'
    '<img src=x onerror=alert(1)> Another "80" people <b>were</b> killed, state TV said.'
)


def make_claim(article, text, **fields):
    start = article.body.index(text)
    defaults = dict(value=15, low=15, high=15, hedge="exact", unit="missile", measure="weapons", sentence=article.body)
    return Claim.objects.create(article=article, start=start, end=start + len(text), text=text, **{**defaults, **fields})


def test_article_html_is_shown_as_text_and_claims_are_marked(editor_client, story, editor):
    article = Article.objects.create(story=story, body=HOSTILE, uploaded_by=editor, status="done")
    missiles = make_claim(article, "15")
    killed = make_claim(article, "80", value=80, low=80, high=80, unit="person", measure="killed")
    page = editor_client.get(reverse("articles:detail", args=[article.pk])).content.decode()

    assert '<script>alert("pwned")</script>' not in page
    assert "&lt;script&gt;alert(&quot;pwned&quot;)&lt;/script&gt;" in page
    assert "<img src=x" not in page and "&lt;img src=x onerror=alert(1)&gt;" in page
    assert "<b>were</b>" not in page
    assert f'id="claim-{missiles.pk}"' in page and f'id="claim-{killed.pk}"' in page
    assert page.count('<mark class="claim') == 2


def test_story_page_escapes_sentences_and_claimants(reviewer_client, story, editor):
    from factcheck.figures.models import Figure

    article = Article.objects.create(story=story, body=HOSTILE, uploaded_by=editor, status="done")
    figure = Figure.objects.create(story=story, label="<i>missiles</i>", measure="weapons")
    make_claim(article, "15", figure=figure, claimant="<script>x()</script>", sentence=HOSTILE.split("\n\n")[0])
    page = reviewer_client.get(reverse("stories:detail", args=[story.pk])).content.decode()
    assert "<script>x()</script>" not in page and "&lt;script&gt;x()&lt;/script&gt;" in page
    assert "<i>missiles</i>" not in page
    assert '<script>alert("pwned")</script>' not in page
    assert "<mark>15</mark>" in page, "the number is marked inside its sentence"


def test_progress_fragment_polls_while_processing_then_reloads_the_page(editor_client, story, editor):
    article = Article.objects.create(
        story=story, body=HOSTILE, uploaded_by=editor, status="processing", progress_percent=45, progress_note="Reading sentence 9 of 20"
    )
    url = reverse("articles:status", args=[article.pk])
    fragment = editor_client.get(url, {"was": "queued"})
    html = fragment.content.decode()
    assert 'value="45"' in html and "Reading sentence 9 of 20" in html
    assert 'hx-trigger="every 1s"' in html, "keeps polling while processing"
    assert "HX-Refresh" not in fragment

    Article.objects.filter(pk=article.pk).update(status="done", progress_percent=100)
    finished = editor_client.get(url, {"was": "processing"})
    assert finished["HX-Refresh"] == "true", "the page reloads to show the highlighted claims"
    assert "hx-trigger" not in finished.content.decode()


def test_a_failed_article_shows_its_error_and_can_be_retried(editor_client, story, editor, django_capture_on_commit_callbacks):
    article = Article.objects.create(story=story, body=HOSTILE, uploaded_by=editor, status="failed", error="ValueError: bad input")
    page = editor_client.get(reverse("articles:detail", args=[article.pk])).content.decode()
    assert "Failed: ValueError: bad input" in page
    with django_capture_on_commit_callbacks() as callbacks:
        editor_client.post(reverse("articles:retry", args=[article.pk]))
    article.refresh_from_db()
    assert (article.status, article.error) == ("queued", "")
    assert len(callbacks) == 1
