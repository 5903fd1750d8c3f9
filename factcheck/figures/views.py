from django.contrib.auth.decorators import permission_required
from django.db.models import Prefetch
from django.shortcuts import get_object_or_404, render

from factcheck.claims.models import Claim
from factcheck.figures.models import Figure
from factcheck.reviews.forms import ReviewForm
from factcheck.reviews.models import Review


@permission_required("figures.view_figure", raise_exception=True)
def figure_detail(request, figure_id: int):
    figure = get_object_or_404(Figure.objects.select_related("story", "assigned_to"), pk=figure_id)
    reviews = Review.objects.select_related("reviewer")
    claims = (
        figure.claims.visible()
        .select_related("article__source")
        .prefetch_related(Prefetch("reviews", queryset=reviews))
        .order_by("article__published", "article__source__name", "start")
    )
    return render(request, "figures/detail.html", {"figure": figure, "story": figure.story, "claims": claims, "review_form": ReviewForm()})
