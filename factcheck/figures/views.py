from django.contrib import messages
from django.contrib.auth.decorators import permission_required
from django.db.models import Prefetch
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_POST

from factcheck.claims.models import Claim
from factcheck.figures import services
from factcheck.figures.charts import figure_chart
from factcheck.figures.forms import MergeForm, RenameForm, SplitForm
from factcheck.figures.models import Figure
from factcheck.reviews.forms import ResolveForm, ReviewForm
from factcheck.reviews.models import Review


def figure_claims():
    return (
        Claim.objects.visible()
        .select_related("article__source", "article__syndicated_from__source")
        .order_by("article__published", "article__source__name", "start")
    )


@permission_required("figures.view_figure", raise_exception=True)
def figure_detail(request, figure_id: int):
    figure = get_object_or_404(Figure.objects.select_related("story", "assigned_to"), pk=figure_id)
    reviews = Review.objects.select_related("reviewer")
    claims = list(figure_claims().filter(figure=figure).prefetch_related(Prefetch("reviews", queryset=reviews)))
    conflicting = services.conflicting_claim_ids(claims) if figure.conflict else set()
    others = Figure.objects.filter(story=figure.story_id).exclude(pk=figure.pk).only("pk", "label").order_by("label")
    return render(
        request,
        "figures/detail.html",
        {
            "figure": figure,
            "story": figure.story,
            "claims": claims,
            "conflicting": conflicting,
            "timeline": [claim for claim in claims if claim.in_timeline],
            "chart": figure_chart(claims, title=figure.label, conflicting_ids=conflicting),
            "other_figures": list(others),
            "story_claims": story_claim_choices(figure),
            "review_form": ReviewForm(),
            "rename_form": RenameForm(initial={"label": figure.label}),
            "resolve_form": ResolveForm(initial={"value": figure.resolved_value, "low": figure.resolved_low, "high": figure.resolved_high}),
            "resolutions": list(figure.resolutions.select_related("reviewer")),
        },
    )


def story_claim_choices(figure: Figure) -> list[Claim]:
    """Claims of the story's other figures, for "not the same quantity as ..."."""
    return list(
        Claim.objects.visible()
        .filter(article__story_id=figure.story_id, measure=figure.measure)
        .exclude(figure=figure)
        .select_related("article__source")
        .only("pk", "text", "unit", "article__source__name", "article__outlet_name", "article__title")
        .order_by("article_id", "start")
    )


@require_POST
@permission_required("figures.change_figure", raise_exception=True)
def figure_rename(request, figure_id: int):
    figure = get_object_or_404(Figure, pk=figure_id)
    form = RenameForm(request.POST)
    if form.is_valid():
        run_correction(request, services.figure_rename, f"Renamed to “{form.cleaned_data['label']}”.", figure=figure, label=form.cleaned_data["label"])
    else:
        messages.error(request, "A figure needs a name.")
    return redirect(figure)


@require_POST
@permission_required("figures.change_figure", raise_exception=True)
def figure_split(request, figure_id: int):
    figure = get_object_or_404(Figure, pk=figure_id)
    form = SplitForm(request.POST, figure=figure)
    if not form.is_valid():
        messages.error(request, " ".join(form.errors.get("claims", ["Choose the claims to split off."])))
        return redirect(figure)
    new = run_correction(request, services.figure_split, "Split into a new figure.", figure=figure, claims=list(form.cleaned_data["claims"]), label=form.cleaned_data["label"])
    return redirect(new or figure)


@require_POST
@permission_required("figures.change_figure", raise_exception=True)
def figures_merge(request, story_id: int):
    form = MergeForm(request.POST, story_id=story_id)
    if not form.is_valid():
        messages.error(request, "Choose two or more figures of this story to merge.")
        return redirect("stories:detail", story_id=story_id)
    figures = list(form.cleaned_data["figures"])
    into = run_correction(request, services.figures_merge, f"{len(figures)} figures merged.", figures=figures, into=figures[0])
    return redirect(into or figures[0])


def run_correction(request, service, success: str, **arguments):
    """Call a correction service; its refusal becomes a message, never an error page."""
    try:
        result = service(**arguments)
    except services.CorrectionError as error:
        messages.error(request, f"Not done: {error}.")
        return None
    messages.success(request, success)
    return result
