"""Editors correct the machine, one claim at a time."""

from django.contrib import messages
from django.contrib.auth.decorators import permission_required
from django.shortcuts import get_object_or_404, redirect
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_POST

from factcheck.claims.forms import CorrectForm, MoveForm, SeparateForm
from factcheck.claims.models import Claim
from factcheck.figures import services
from factcheck.figures.views import run_correction


def back(request, claim: Claim):
    """Where the editor came from (the article or a figure), else the claim's figure."""
    next_url = request.POST.get("next", "")
    if url_has_allowed_host_and_scheme(next_url, allowed_hosts={request.get_host()}, require_https=request.is_secure()):
        return redirect(next_url)
    claim.refresh_from_db()
    return redirect(claim.figure or claim.article)


def editable_claim(claim_id: int) -> Claim:
    return get_object_or_404(Claim.objects.select_related("article"), pk=claim_id)


@require_POST
@permission_required("claims.change_claim", raise_exception=True)
def claim_move(request, claim_id: int):
    claim = editable_claim(claim_id)
    form = MoveForm(request.POST, claim=claim)
    if form.is_valid():
        figure = form.cleaned_data["figure"]
        done = "Moved to a new figure." if figure is None else f"Moved to “{figure.label}”."
        run_correction(request, services.claim_move_to_figure, done, claim=claim, figure=figure)
    else:
        messages.error(request, form.errors["figure"][0])
    return back(request, claim)


@require_POST
@permission_required("figures.add_claimseparation", raise_exception=True)
def claim_separate(request, claim_id: int):
    claim = editable_claim(claim_id)
    form = SeparateForm(request.POST, claim=claim)
    if form.is_valid():
        run_correction(request, services.claims_separate, "Marked as not the same quantity.", claim=claim, other=form.cleaned_data["other"], created_by=request.user)
    else:
        messages.error(request, "Choose another claim of this story.")
    return back(request, claim)


@require_POST
@permission_required("claims.change_claim", raise_exception=True)
def claim_correct(request, claim_id: int):
    claim = editable_claim(claim_id)
    form = CorrectForm(request.POST, instance=Claim.objects.get(pk=claim.pk))
    if form.is_valid():
        changes = {name: form.cleaned_data[name] for name in form.changed_data}
        if changes:
            run_correction(request, services.claim_correct, f"Corrected {', '.join(sorted(changes))}.", claim=claim, **changes)
        else:
            messages.info(request, "Nothing changed.")
    else:
        messages.error(request, " ".join(error for errors in form.errors.values() for error in errors))
    return back(request, claim)


@require_POST
@permission_required("claims.change_claim", raise_exception=True)
def claim_reject(request, claim_id: int):
    claim = editable_claim(claim_id)
    run_correction(request, services.claim_reject, f"“{claim.text}” is no longer treated as a claim.", claim=claim)
    return back(request, claim)


SEARCH_PAGE_SIZE = 50


@permission_required("claims.view_claim", raise_exception=True)
def search(request):
    """Claims and articles by words (PostgreSQL full-text search) and filters."""
    from django.core.paginator import Paginator
    from django.shortcuts import render

    from factcheck.articles.models import Article
    from factcheck.claims.forms import SearchForm
    from factcheck.claims.search import search_articles, search_claims

    form = SearchForm(request.GET or None)
    claims = Claim.objects.visible().select_related("article__source", "article__story", "figure")
    articles = Article.objects.none()
    searched = form.is_valid() and any(form.cleaned_data.values())
    if searched:
        data = form.cleaned_data
        if data["story"]:
            claims = claims.filter(article__story=data["story"])
        if data["source"]:
            claims = claims.filter(article__source=data["source"])
        if data["claimant"]:
            claims = claims.filter(claimant__icontains=data["claimant"])
        if data["measure"]:
            claims = claims.filter(measure=data["measure"])
        if data["verdict"]:
            claims = claims.filter(current_verdict=data["verdict"])
        if data["conflict"]:
            claims = claims.filter(figure__conflict=True)
        claims = search_claims(claims, data["q"]) if data["q"] else claims.order_by("-article__published", "pk")
        if data["q"]:
            articles = search_articles(Article.objects.for_list(), data["q"])
            if data["story"]:
                articles = articles.filter(story=data["story"])
            if data["source"]:
                articles = articles.filter(source=data["source"])
    page = Paginator(claims if searched else Claim.objects.none(), SEARCH_PAGE_SIZE).get_page(request.GET.get("page"))
    return render(request, "claims/search.html", {"form": form, "page": page, "articles": articles[:20], "searched": searched})
