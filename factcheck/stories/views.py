from django.contrib import messages
from django.contrib.auth.decorators import permission_required
from django.db.models import Prefetch
from django.shortcuts import get_object_or_404, redirect, render

from factcheck.articles.models import Article
from factcheck.claims.models import Claim
from factcheck.figures.models import Figure
from factcheck.reviews.forms import ReviewForm
from factcheck.stories.forms import StoryForm
from factcheck.stories.models import Story


@permission_required("stories.view_story", raise_exception=True)
def story_list(request):
    stories = Story.objects.with_counts().select_related("created_by")
    return render(request, "stories/list.html", {"stories": stories, "form": StoryForm()})


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


@permission_required("stories.view_story", raise_exception=True)
def story_detail(request, story_id: int):
    story = get_object_or_404(Story, pk=story_id)
    claims = Claim.objects.visible().select_related("article__source").order_by("article__published", "article__source__name", "start")
    figures = (
        Figure.objects.filter(story=story)
        .with_claim_count()
        .filter(claim_count__gt=0)
        .prefetch_related(Prefetch("claims", queryset=claims))
        .order_by("-conflict", "-claim_count", "label")
    )
    articles = Article.objects.for_list().filter(story=story).annotate_claim_count()
    return render(
        request,
        "stories/detail.html",
        {
            "story": story,
            "figures": figures,
            "articles": articles,
            "review_form": ReviewForm(),
            "pending": any(article.is_pending for article in articles),
        },
    )
