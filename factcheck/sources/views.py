from urllib.parse import urlencode

from django.contrib import messages
from django.contrib.auth.decorators import permission_required
from django.db.models import Count
from django.shortcuts import get_object_or_404, redirect, render

from factcheck.claims.models import Claim
from factcheck.sources import track_records
from factcheck.sources.forms import SourceForm
from factcheck.sources.models import Source


@permission_required("sources.view_source", raise_exception=True)
def source_list(request):
    sources = Source.objects.annotate(article_count=Count("articles"))
    return render(request, "sources/list.html", {"sources": sources})


@permission_required("sources.view_source", raise_exception=True)
def source_detail(request, source_id: int):
    source = get_object_or_404(Source, pk=source_id)
    return render(
        request,
        "sources/detail.html",
        {
            "source": source,
            "record": track_records.source_record(source),
            "claimants": track_records.top_claimants(source),
            "filter_query": urlencode({"source": source.pk}),
        },
    )


@permission_required("claims.view_claim", raise_exception=True)
def claimant_detail(request):
    name = request.GET.get("name", "").strip()
    if not name:
        return redirect("sources:list")
    claims = (
        Claim.objects.visible()
        .filter(claimant__iexact=name)
        .select_related("article__source", "figure")
        .order_by("-article__published", "-pk")[:100]
    )
    return render(
        request,
        "sources/claimant.html",
        {"name": name, "record": track_records.claimant_record(name), "claims": claims, "filter_query": urlencode({"claimant": name})},
    )


@permission_required("sources.add_source", raise_exception=True)
def source_create(request):
    form = SourceForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        source = form.save()
        messages.success(request, f"Source “{source}” added.")
        return redirect("sources:list")
    return render(request, "sources/form.html", {"form": form, "source": None})


@permission_required("sources.change_source", raise_exception=True)
def source_edit(request, source_id: int):
    source = get_object_or_404(Source, pk=source_id)
    form = SourceForm(request.POST or None, instance=source)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, f"Source “{source}” saved.")
        return redirect("sources:list")
    return render(request, "sources/form.html", {"form": form, "source": source})
