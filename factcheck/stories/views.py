from dataclasses import dataclass, field

from django.contrib import messages
from django.contrib.auth.decorators import permission_required
from django.db.models import Prefetch, Q
from django.shortcuts import get_object_or_404, redirect, render

from factcheck.articles.models import Article
from factcheck.claims.models import Claim
from factcheck.figures.models import Figure
from factcheck.reviews.forms import ReviewForm
from factcheck.stories.forms import FigureFilterForm, StoryForm
from factcheck.stories.models import Story


@permission_required("stories.view_story", raise_exception=True)
def story_list(request):
    stories = Story.objects.with_counts().select_related("created_by")
    return render(request, "stories/list.html", {"stories": stories})


@permission_required("stories.add_story", raise_exception=True)
def story_create(request):
    form = StoryForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        story = form.save(commit=False)
        story.created_by = request.user
        story.save()
        messages.success(request, f"Story “{story}” created. Upload its articles next.")
        return redirect("articles:upload", story_id=story.pk)
    return render(request, "stories/form.html", {"form": form})


# A story page follows at most this many articles being processed, one request each per second.
POLLED_ARTICLES_MAX = 12


@dataclass
class MatrixRow:
    figure: Figure
    cells: list[list[Claim]] = field(default_factory=list)


@permission_required("stories.view_story", raise_exception=True)
def story_detail(request, story_id: int):
    story = get_object_or_404(Story, pk=story_id)
    articles = list(Article.objects.for_list().filter(story=story).select_related("syndicated_from__source").annotate_claim_count())
    filters = FigureFilterForm(request.GET or None)
    claims = Claim.objects.visible().select_related("article__source", "article__syndicated_from__source").order_by(
        "article__published", "article__source__name", "start"
    )
    figures = (
        Figure.objects.filter(story=story)
        .with_claim_count()
        .filter(claim_count__gt=0)
        .prefetch_related(Prefetch("claims", queryset=claims))
        .order_by("-conflict", "-claim_count", "label")
    )
    if filters.is_valid():
        figures = filter_figures(figures, filters.cleaned_data)
    figures = list(figures)
    outlets = outlet_columns(articles)
    pending_count = sum(article.is_pending for article in articles)
    # Each pending article's status polls the server every second: past a handful (a bulk
    # import), the page shows them as they are and points to the import's progress instead.
    static_status = pending_count > POLLED_ARTICLES_MAX
    return render(
        request,
        "stories/detail.html",
        {
            "story": story,
            "figures": figures,
            "articles": articles,
            "outlets": outlets,
            "matrix": matrix_rows(figures, outlets),
            "filters": filters,
            "review_form": ReviewForm(),
            "pending_count": pending_count,
            "static_status": static_status,
            "latest_batch": story.import_batches.order_by("-created_at").first() if static_status else None,
        },
    )


def filter_figures(figures, data):
    if data.get("conflicts"):
        figures = figures.filter(conflict=True)
    if data.get("measure"):
        figures = figures.filter(measure=data["measure"])
    if data.get("q"):
        words = data["q"]
        figures = figures.filter(Q(label__icontains=words) | Q(unit__icontains=words) | Q(claims__claimant__icontains=words)).distinct()
    return figures


def outlet_columns(articles: list[Article]) -> list[str]:
    """One column per outlet with an original article; copies appear under their original."""
    seen: list[str] = []
    for article in articles:
        if article.syndicated_from_id is None and article.outlet not in seen:
            seen.append(article.outlet)
    return seen


def matrix_rows(figures: list[Figure], outlets: list[str]) -> list[MatrixRow]:
    column = {outlet: index for index, outlet in enumerate(outlets)}
    rows = []
    for figure in figures:
        row = MatrixRow(figure=figure, cells=[[] for _ in outlets])
        for claim in figure.claims.all():
            article = claim.article
            outlet = article.syndicated_from.outlet if article.syndicated_from_id else article.outlet
            if outlet in column:
                row.cells[column[outlet]].append(claim)
        rows.append(row)
    return rows
