from django.contrib.auth.decorators import login_not_required
from django.urls import include, path
from drf_spectacular.views import SpectacularAPIView, SpectacularRedocView, SpectacularSwaggerView
from rest_framework.permissions import AllowAny
from rest_framework.routers import DefaultRouter

from factcheck.api import views

router = DefaultRouter()
router.register("sources", views.SourceViewSet)
router.register("stories", views.StoryViewSet)
router.register("articles", views.ArticleViewSet)
router.register("claims", views.ClaimViewSet)
router.register("figures", views.FigureViewSet)
router.register("reviews", views.ReviewViewSet)
router.register("imports", views.ImportBatchViewSet)

# The API authenticates its own callers (a token or the session) and answers 401/403 in JSON,
# so the site's redirect to the login page stays out of its way.
api_patterns = router.urls
for pattern in api_patterns:
    pattern.callback = login_not_required(pattern.callback)

app_name = "api"
urlpatterns = [
    path("v1/", include(api_patterns)),
    # The schema describes the API's shape, nothing of its data.
    path("schema/", login_not_required(SpectacularAPIView.as_view(permission_classes=[AllowAny])), name="schema"),
    path("docs/", login_not_required(SpectacularSwaggerView.as_view(url_name="api:schema", permission_classes=[AllowAny])), name="docs"),
    path("redoc/", login_not_required(SpectacularRedocView.as_view(url_name="api:schema", permission_classes=[AllowAny])), name="redoc"),
    path("token/", views.token_page, name="token"),
]
