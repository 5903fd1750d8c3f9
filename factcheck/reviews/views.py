from django.contrib import messages
from django.contrib.auth.decorators import permission_required
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_POST

from factcheck.claims.models import Claim
from factcheck.figures.models import Figure
from factcheck.reviews import services
from factcheck.reviews.forms import ResolveForm, ReviewForm


@require_POST
@permission_required("reviews.add_review", raise_exception=True)
def review_add(request, claim_id: int):
    claim = get_object_or_404(Claim.objects.select_related("article__story", "figure"), pk=claim_id)
    form = ReviewForm(request.POST)
    if not form.is_valid():
        return render(request, "reviews/form.html", {"claim": claim, "form": form}, status=400)
    review = services.review_create(claim=claim, reviewer=request.user, **form.cleaned_data)
    messages.success(request, f"“{claim.text}” rated {review.get_verdict_display().lower()}.")
    next_url = request.POST.get("next", "")
    if url_has_allowed_host_and_scheme(next_url, allowed_hosts={request.get_host()}, require_https=request.is_secure()):
        return redirect(next_url)
    return redirect(claim.figure or claim.article.story)


@permission_required("figures.review_figure", raise_exception=True)
def review_queue(request):
    return render(request, "reviews/queue.html", {"figures": services.review_queue()[:200]})


def review_step(request, figure_id: int, step, success: str, **arguments):
    figure = get_object_or_404(Figure, pk=figure_id)
    try:
        step(figure=figure, reviewer=request.user, **arguments)
    except services.ReviewError as error:
        messages.error(request, f"Not done: {error}.")
    else:
        messages.success(request, success)
    return redirect(figure)


@require_POST
@permission_required("figures.review_figure", raise_exception=True)
def figure_take(request, figure_id: int):
    return review_step(request, figure_id, services.figure_take, "You have taken this figure; other reviewers see it as yours.")


@require_POST
@permission_required("figures.review_figure", raise_exception=True)
def figure_release(request, figure_id: int):
    return review_step(request, figure_id, services.figure_release, "Released: another reviewer can take it.")


@require_POST
@permission_required("figures.review_figure", raise_exception=True)
def figure_resolve(request, figure_id: int):
    form = ResolveForm(request.POST)
    if not form.is_valid():
        messages.error(request, " ".join(error for errors in form.errors.values() for error in errors))
        return redirect("figures:detail", figure_id=figure_id)
    return review_step(request, figure_id, services.figure_resolve, "Figure resolved.", **form.cleaned_data)


@require_POST
@permission_required("figures.review_figure", raise_exception=True)
def figure_confirm(request, figure_id: int):
    return review_step(request, figure_id, services.figure_confirm, "Resolution confirmed.", note=request.POST.get("note", ""))


@require_POST
@permission_required("figures.review_figure", raise_exception=True)
def figure_reopen(request, figure_id: int):
    return review_step(request, figure_id, services.figure_reopen, "Figure reopened.", note=request.POST.get("note", ""))
