from django.contrib import messages
from django.contrib.auth.decorators import permission_required
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_POST

from factcheck.claims.models import Claim
from factcheck.reviews.forms import ReviewForm
from factcheck.reviews.services import review_create


@require_POST
@permission_required("reviews.add_review", raise_exception=True)
def review_add(request, claim_id: int):
    claim = get_object_or_404(Claim.objects.select_related("article__story", "figure"), pk=claim_id)
    form = ReviewForm(request.POST)
    if not form.is_valid():
        return render(request, "reviews/form.html", {"claim": claim, "form": form}, status=400)
    review = review_create(claim=claim, reviewer=request.user, **form.cleaned_data)
    messages.success(request, f"“{claim.text}” rated {review.get_verdict_display().lower()}.")
    next_url = request.POST.get("next", "")
    if url_has_allowed_host_and_scheme(next_url, allowed_hosts={request.get_host()}, require_https=request.is_secure()):
        return redirect(next_url)
    return redirect(claim.figure or claim.article.story)
