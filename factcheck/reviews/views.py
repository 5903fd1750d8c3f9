from django.contrib import messages
from django.contrib.auth.decorators import permission_required
from django.http import HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.http import content_disposition_header, url_has_allowed_host_and_scheme
from django.utils.text import slugify
from django.views.decorators.http import require_POST

from factcheck.claims.models import Claim
from factcheck.figures.models import Figure
from factcheck.reviews import exports, services
from factcheck.reviews.forms import ResolveForm, ReviewForm
from factcheck.stories.models import Story


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


# --- exports -------------------------------------------------------------------------------


@permission_required("stories.view_story", raise_exception=True)
def story_export_csv(request, story_id: int):
    story = get_object_or_404(Story, pk=story_id)
    response = HttpResponse(exports.claims_csv(exports.story_claims(story)), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = content_disposition_header(True, f"{slugify(story.title) or 'story'}-claims.csv")
    return response


@permission_required("stories.view_story", raise_exception=True)
def story_export_json(request, story_id: int):
    story = get_object_or_404(Story, pk=story_id)
    claims = list(exports.story_claims(story))
    figures = {}
    for claim in claims:
        if claim.figure_id:
            figures.setdefault(claim.figure_id, {"id": claim.figure_id, "label": claim.figure.label, "measure": claim.figure.measure, "conflict": claim.figure.conflict, "status": claim.figure.status, "claims": []})
            figures[claim.figure_id]["claims"].append(claim.pk)
    data = {"story": {"id": story.pk, "title": story.title}, "figures": list(figures.values()), "claims": [exports.claim_json(claim) for claim in claims]}
    return JsonResponse(data, json_dumps_params={"ensure_ascii": False, "indent": 1})


@permission_required("claims.view_claim", raise_exception=True)
def claim_review_json(request, claim_id: int):
    claim = get_object_or_404(exports.story_claims_for_one(claim_id))
    review = exports.claim_review(claim, url=request.build_absolute_uri(reverse("reviews:claimreview", args=[claim.pk])))
    if review is None:
        return JsonResponse({"error": "this claim has not been rated yet"}, status=404)
    return JsonResponse(review, content_type="application/ld+json", json_dumps_params={"ensure_ascii": False, "indent": 1})


@permission_required("stories.view_story", raise_exception=True)
def story_claim_reviews(request, story_id: int):
    story = get_object_or_404(Story, pk=story_id)
    reviews = []
    for claim in exports.story_claims(story):
        review = exports.claim_review(claim, url=request.build_absolute_uri(reverse("reviews:claimreview", args=[claim.pk])))
        if review is not None:
            reviews.append(review)
    return JsonResponse(reviews, safe=False, content_type="application/ld+json", json_dumps_params={"ensure_ascii": False, "indent": 1})
