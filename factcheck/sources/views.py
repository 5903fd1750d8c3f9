from django.contrib import messages
from django.contrib.auth.decorators import permission_required
from django.db.models import Count
from django.shortcuts import get_object_or_404, redirect, render

from factcheck.sources.forms import SourceForm
from factcheck.sources.models import Source


@permission_required("sources.view_source", raise_exception=True)
def source_list(request):
    sources = Source.objects.annotate(article_count=Count("articles"))
    return render(request, "sources/list.html", {"sources": sources})


@permission_required("sources.view_source", raise_exception=True)
def source_detail(request, source_id: int):
    source = get_object_or_404(Source, pk=source_id)
    return render(request, "sources/detail.html", {"source": source})


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
