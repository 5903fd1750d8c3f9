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
