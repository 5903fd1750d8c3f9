from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import permission_required
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.template.defaultfilters import pluralize
from django.utils.http import content_disposition_header
from django.views.decorators.http import require_POST

from factcheck.articles.forms import UploadForm
from factcheck.articles.highlight import paragraphs_with_claims
from factcheck.articles.ingest import ImportItem, items_from_file
from factcheck.articles.models import Article, ImportBatch
from factcheck.articles.services import article_retry, articles_import
from factcheck.stories.models import Story


@permission_required("articles.add_article", raise_exception=True)
def article_upload(request, story_id: int):
    story = get_object_or_404(Story, pk=story_id)
    form = UploadForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        batch = articles_import(
            story=story,
            uploaded_by=request.user,
            items=upload_items(form.cleaned_data),
            name=batch_name(form.cleaned_data),
            source=form.cleaned_data["source"],
            defaults=ImportItem(
                name="", title=form.cleaned_data["title"], url=form.cleaned_data["url"], published=form.cleaned_data["published"]
            ),
        )
        if batch.added:
            messages.success(request, f"{batch.added} article{pluralize(batch.added)} added; claims are being extracted.")
        for failure in batch.failures:
            messages.error(request, f"{failure['name']}: {failure['error']}.")
        if batch.added and not batch.failures:
            # One article: back to the story; many: to the batch's progress.
            return redirect(story) if batch.total == 1 else redirect("articles:batch", batch_id=batch.pk)
        if batch.added:
            # Some files failed: the good ones are saved and followed on the batch's page;
            # offer the form again for the rest.
            form = UploadForm(initial={"source": form.cleaned_data["source"]})
            return render(request, "articles/upload.html", {"story": story, "form": form, "saved_batch": batch})
    return render(request, "articles/upload.html", {"story": story, "form": form})


def upload_items(data) -> list[ImportItem]:
    items = []
    if data["text"].strip():
        items.append(ImportItem(name="The pasted text", text=data["text"]))
    for upload in data["files"]:
        items += items_from_file(upload.name, upload.read(), max_bytes=settings.MAX_UPLOAD_BYTES, max_batch_bytes=settings.MAX_BATCH_UPLOAD_BYTES)
    return items


def batch_name(data) -> str:
    names = [upload.name for upload in data["files"]]
    if data["text"].strip():
        names.insert(0, data["title"] or "pasted text")
    return ", ".join(names) if len(names) <= 3 else f"{names[0]} and {len(names) - 1} more"


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


# The batch page lists this many of its articles; the story page lists them all.
BATCH_PAGE_ARTICLES = 100


@permission_required("articles.view_importbatch", raise_exception=True)
def batch_detail(request, batch_id: int):
    """An import's progress: how many of its articles are processed, and what failed."""
    batch = get_object_or_404(ImportBatch.objects.select_related("story", "created_by"), pk=batch_id)
    counts = batch.status_counts()
    finished = counts[Article.Status.DONE] + counts[Article.Status.FAILED]
    context = {
        "batch": batch,
        "counts": counts,
        "finished": finished,
        "percent": 100 * finished // batch.added if batch.added else 100,
        "pending": finished < batch.added,
        "failed_articles": batch.articles.filter(status=Article.Status.FAILED).only("pk", "title", "error"),
    }
    if request.headers.get("HX-Request"):
        template = "articles/_batch_progress.html"
    else:
        template = "articles/batch.html"
        context["articles"] = Article.objects.for_list().filter(batch=batch).annotate_claim_count().order_by("pk")[:BATCH_PAGE_ARTICLES]
    return render(request, template, context)
