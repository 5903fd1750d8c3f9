from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import permission_required
from django.db import transaction
from django.http import HttpResponse
from django.utils.http import content_disposition_header
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_POST

from factcheck.articles.forms import UploadForm
from factcheck.articles.highlight import paragraphs_with_claims
from factcheck.articles.ingest import IngestError, from_pasted_text, read_upload
from factcheck.articles.models import Article
from factcheck.articles.services import DuplicateArticle, article_create, article_retry
from factcheck.sources.services import source_for_url
from factcheck.stories.models import Story


@permission_required("articles.add_article", raise_exception=True)
def article_upload(request, story_id: int):
    story = get_object_or_404(Story, pk=story_id)
    form = UploadForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        created, problems = upload_articles(request.user, story, form.cleaned_data)
        for article in created:
            messages.success(request, f"“{article}” added; its claims are being extracted.")
        for problem in problems:
            messages.error(request, problem)
        if created and not problems:
            return redirect(story)
        if created:
            # Some files failed: keep the form for another try, the good files are saved.
            form = UploadForm(initial={"source": form.cleaned_data["source"]})
        elif not form.cleaned_data["files"]:
            form.add_error("text", problems[0] if problems else "Nothing was added.")
    return render(request, "articles/upload.html", {"story": story, "form": form, "max_upload_bytes": settings.MAX_UPLOAD_BYTES})


def upload_articles(user, story, data) -> tuple[list[Article], list[str]]:
    """Create an article for the pasted text and one per file; report each failure by name."""
    created, problems = [], []
    chosen_source = data["source"]
    items = []
    if data["text"].strip():
        items.append(("the pasted text", lambda: from_pasted_text(data["text"]), None))
    for upload in data["files"]:
        items.append((upload.name, lambda upload=upload: read_upload(upload.name, upload.read(), max_bytes=settings.MAX_UPLOAD_BYTES), upload))
    for name, read, upload in items:
        try:
            text = read()
        except IngestError as error:
            problems.append(f"{name}: {error}.")
            continue
        url = text.url or data["url"]
        title = (data["title"] if upload is None else "") or text.title
        try:
            with transaction.atomic():
                article = article_create(
                    story=story,
                    source=chosen_source or source_for_url(url),
                    title=title,
                    url=url,
                    published=data["published"] or text.published,
                    body=text.body,
                    uploaded_by=user,
                    original_name=upload.name if upload else "",
                    original_content_type=(upload.content_type or "") if upload else "text/plain",
                    original_bytes=read_back(upload),
                )
        except DuplicateArticle as duplicate:
            problems.append(f"{name}: {duplicate}.")
            continue
        created.append(article)
    return created, problems


def read_back(upload) -> bytes | None:
    if upload is None:
        return None
    upload.seek(0)
    return upload.read()


@permission_required("articles.view_article", raise_exception=True)
def article_detail(request, article_id: int):
    article = get_object_or_404(Article.objects.select_related("source", "story", "uploaded_by"), pk=article_id)
    claims = list(article.claims.visible().select_related("figure"))
    return render(
        request,
        "articles/detail.html",
        {"article": article, "claims": claims, "paragraphs": paragraphs_with_claims(article.body, claims)},
    )


@permission_required("articles.view_article", raise_exception=True)
def article_status(request, article_id: int):
    """The progress fragment the article page polls while the article is processed."""
    article = get_object_or_404(Article.objects.defer("body", "original_bytes"), pk=article_id)
    response = render(request, "articles/_status.html", {"article": article})
    if not article.is_pending and request.GET.get("was") in ("queued", "processing"):
        # Processing just ended: reload the page to show the highlighted claims.
        response["HX-Refresh"] = "true"
    return response


@require_POST
@permission_required("articles.change_article", raise_exception=True)
def article_retry_view(request, article_id: int):
    article = get_object_or_404(Article, pk=article_id)
    if article.status == Article.Status.PROCESSING:
        messages.error(request, "The article is being processed right now.")
    else:
        article_retry(article=article)
        messages.success(request, "The article will be processed again.")
    return redirect(article)


@permission_required("articles.view_article", raise_exception=True)
def article_original(request, article_id: int):
    """The file as uploaded, as an attachment: never rendered by the browser."""
    article = get_object_or_404(Article, pk=article_id)
    if article.original_bytes is None:
        return HttpResponse(article.body, content_type="text/plain; charset=utf-8")
    response = HttpResponse(bytes(article.original_bytes), content_type="application/octet-stream")
    response["Content-Disposition"] = content_disposition_header(True, article.original_name or "article")
    return response
