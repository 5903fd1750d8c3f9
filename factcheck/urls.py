from django.contrib import admin
from django.urls import include, path
from django.views.generic import RedirectView

from factcheck.claims.views import search

urlpatterns = [
    path("", RedirectView.as_view(pattern_name="stories:list"), name="home"),
    path("accounts/", include("factcheck.accounts.urls")),
    path("stories/", include("factcheck.stories.urls")),
    path("articles/", include("factcheck.articles.urls")),
    path("figures/", include("factcheck.figures.urls")),
    path("claims/", include("factcheck.claims.urls")),
    path("search/", search, name="search"),
    path("reviews/", include("factcheck.reviews.urls")),
    path("sources/", include("factcheck.sources.urls")),
    path("api/", include("factcheck.api.urls")),
    path("admin/", admin.site.urls),
]
