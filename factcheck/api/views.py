"""The JSON API: the same services and role rules as the pages."""

import django_filters
from django.conf import settings
from django.db import transaction
from django.db.models import Count, Q
from drf_spectacular.utils import extend_schema
from rest_framework import mixins, status, viewsets
from rest_framework.decorators import action
from rest_framework.exceptions import PermissionDenied, ValidationError
from rest_framework.parsers import FormParser, JSONParser, MultiPartParser
from rest_framework.response import Response

from factcheck.api.permissions import RolePermissions
from factcheck.api.serializers import (
    ArticleCreateSerializer,
    ArticleDetailSerializer,
    ArticleSerializer,
    ClaimSerializer,
    FigureSerializer,
    ImportBatchSerializer,
    ImportCreateSerializer,
    ReviewSerializer,
    SourceSerializer,
    StorySerializer,
)
from factcheck.articles.ingest import ImportItem, items_from_file
from factcheck.articles.models import Article, ImportBatch
from factcheck.articles.services import article_retry, articles_import
from factcheck.claims.models import Claim, Verdict
from factcheck.claims.search import search_claims
from factcheck.figures import services as figure_services
from factcheck.figures.models import Figure
from factcheck.reviews.models import Review
from factcheck.reviews.services import review_create
from factcheck.sources.models import Source
from factcheck.stories.models import Story


class SourceViewSet(viewsets.ModelViewSet):
    queryset = Source.objects.all()
    serializer_class = SourceSerializer
    permission_classes = [RolePermissions]
    filterset_fields = ["kind", "active", "country"]
    ordering_fields = ["name"]


class StoryViewSet(mixins.ListModelMixin, mixins.RetrieveModelMixin, mixins.CreateModelMixin, mixins.UpdateModelMixin, viewsets.GenericViewSet):
    queryset = Story.objects.select_related("created_by")
    serializer_class = StorySerializer
    permission_classes = [RolePermissions]

    def perform_create(self, serializer):
        serializer.save(created_by=self.request.user)


# Filters by id are numbers, not choices: an unknown id finds nothing (200), it is not an
# invalid request (400), which is what the schema documents.
class ArticleFilter(django_filters.FilterSet):
    story = django_filters.NumberFilter()
    source = django_filters.NumberFilter()
    batch = django_filters.NumberFilter()

    class Meta:
        model = Article
        fields = ["story", "source", "status", "batch"]


class ArticleViewSet(mixins.ListModelMixin, mixins.RetrieveModelMixin, viewsets.GenericViewSet):
    """Articles with their processing status; create one from text or a file."""

    queryset = Article.objects.for_list().select_related("batch")
    permission_classes = [RolePermissions]
    filterset_class = ArticleFilter
    parser_classes = [JSONParser, MultiPartParser, FormParser]

    def get_serializer_class(self):
        if self.action == "create":
            return ArticleCreateSerializer
        return ArticleDetailSerializer if self.action == "retrieve" else ArticleSerializer

    def get_queryset(self):
        queryset = super().get_queryset()
        return queryset.defer(None).defer("original_bytes") if self.action == "retrieve" else queryset

    @extend_schema(request=ArticleCreateSerializer, responses={201: ArticleSerializer})
    def create(self, request, *args, **kwargs):
        data = self.get_serializer(data=request.data)
        data.is_valid(raise_exception=True)
        values = data.validated_data
        upload = values.get("file")
        item = (
            ImportItem(name=upload.name, data=upload.read())
            if upload
            else ImportItem(name="the text", text=values["text"])
        )
        defaults = ImportItem(name="", title=values.get("title", ""), url=values.get("url", ""), published=values.get("published"), outlet=values.get("outlet", ""))
        batch = articles_import(
            story=values["story"], uploaded_by=request.user, items=[item], name=item.name, source=values.get("source"), defaults=defaults
        )
        if not batch.added:
            raise ValidationError({"detail": [f"{failure['name']}: {failure['error']}" for failure in batch.failures]})
        article = batch.articles.get()
        return Response(ArticleSerializer(article).data, status=status.HTTP_201_CREATED)

    @extend_schema(request=None, responses={202: ArticleSerializer})
    @action(detail=True, methods=["post"])
    def retry(self, request, pk=None):
        """Process the article again (not while it is being processed)."""
        if not request.user.has_perm("articles.change_article"):
            raise PermissionDenied()
        article = self.get_object()
        if article.status == Article.Status.PROCESSING:
            raise ValidationError({"detail": "the article is being processed right now"})
        article_retry(article=article)
        article.refresh_from_db()
        return Response(ArticleSerializer(article).data, status=status.HTTP_202_ACCEPTED)


class ClaimFilter(django_filters.FilterSet):
    story = django_filters.NumberFilter(field_name="article__story")
    source = django_filters.NumberFilter(field_name="article__source")
    claimant = django_filters.CharFilter(field_name="claimant", lookup_expr="icontains")
    verdict = django_filters.ChoiceFilter(field_name="current_verdict", choices=Verdict.choices)
    conflict = django_filters.BooleanFilter(field_name="figure__conflict")
    q = django_filters.CharFilter(method="search", label="Full-text search of the claim and its sentence")
    article = django_filters.NumberFilter()
    figure = django_filters.NumberFilter()

    class Meta:
        model = Claim
        fields = ["article", "figure", "measure", "hedge", "rejected"]

    def search(self, queryset, name, value):
        return search_claims(queryset, value)


class ClaimViewSet(mixins.ListModelMixin, mixins.RetrieveModelMixin, mixins.UpdateModelMixin, viewsets.GenericViewSet):
    """Claims; editors correct value, range, hedge, unit, measure or claimant with PATCH."""

    queryset = Claim.objects.select_related("article__source").order_by("pk")
    serializer_class = ClaimSerializer
    permission_classes = [RolePermissions]
    filterset_class = ClaimFilter
    http_method_names = ["get", "patch", "head", "options"]

    def perform_update(self, serializer):
        changes = {name: value for name, value in serializer.validated_data.items() if getattr(serializer.instance, name) != value}
        if changes:
            try:
                figure_services.claim_correct(claim=serializer.instance, **changes)
            except figure_services.CorrectionError as error:
                raise ValidationError({"detail": str(error)}) from None
        serializer.instance.refresh_from_db()


class FigureFilter(django_filters.FilterSet):
    story = django_filters.NumberFilter()

    class Meta:
        model = Figure
        fields = ["story", "conflict", "status", "measure"]


class FigureViewSet(mixins.ListModelMixin, mixins.RetrieveModelMixin, mixins.UpdateModelMixin, viewsets.GenericViewSet):
    """Figures with their claims; editors rename one with PATCH {"label": ...}."""

    queryset = Figure.objects.select_related("assigned_to").prefetch_related("claims").order_by("-conflict", "pk")
    serializer_class = FigureSerializer
    permission_classes = [RolePermissions]
    filterset_class = FigureFilter
    http_method_names = ["get", "patch", "head", "options"]

    def perform_update(self, serializer):
        label = serializer.validated_data.get("label")
        if label is not None:
            try:
                figure_services.figure_rename(figure=serializer.instance, label=label)
            except figure_services.CorrectionError as error:
                raise ValidationError({"label": str(error)}) from None


class ReviewFilter(django_filters.FilterSet):
    story = django_filters.NumberFilter(field_name="claim__article__story")
    claim = django_filters.NumberFilter()
    reviewer = django_filters.NumberFilter()

    class Meta:
        model = Review
        fields = ["claim", "verdict", "reviewer"]


class ReviewViewSet(mixins.ListModelMixin, mixins.RetrieveModelMixin, mixins.CreateModelMixin, viewsets.GenericViewSet):
    """Verdicts: reviewers add them; they are never changed or deleted (a new one supersedes)."""

    queryset = Review.objects.select_related("reviewer").order_by("-created_at", "-id")
    serializer_class = ReviewSerializer
    permission_classes = [RolePermissions]
    filterset_class = ReviewFilter

    def perform_create(self, serializer):
        values = serializer.validated_data
        serializer.instance = review_create(
            claim=values["claim"], reviewer=self.request.user, verdict=values["verdict"], note=values.get("note", ""), evidence=values.get("evidence", [])
        )


class ImportBatchFilter(django_filters.FilterSet):
    story = django_filters.NumberFilter()

    class Meta:
        model = ImportBatch
        fields = ["story"]


class ImportBatchViewSet(mixins.ListModelMixin, mixins.RetrieveModelMixin, viewsets.GenericViewSet):
    """Bulk imports and their progress: how many of the batch's articles are queued,
    processing, done or failed."""

    queryset = ImportBatch.objects.select_related("created_by").order_by("-created_at")
    serializer_class = ImportBatchSerializer
    permission_classes = [RolePermissions]
    filterset_class = ImportBatchFilter
    parser_classes = [JSONParser, MultiPartParser, FormParser]

    def get_queryset(self):
        counts = {f"status_{status}": Count("articles", filter=Q(articles__status=status)) for status in Article.Status.values}
        return super().get_queryset().annotate(**counts)

    def get_permissions(self):
        if self.action == "create":
            return [ImportPermission()]
        return super().get_permissions()

    @extend_schema(request=ImportCreateSerializer, responses={201: ImportBatchSerializer})
    def create(self, request, *args, **kwargs):
        data = ImportCreateSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        values = data.validated_data
        upload = values.get("file")
        if upload:
            items = items_from_file(upload.name, upload.read(), max_bytes=settings.MAX_UPLOAD_BYTES, max_batch_bytes=settings.MAX_BATCH_UPLOAD_BYTES)
            name = upload.name
        else:
            items = [ImportItem(name=f"article {n}", text=a["text"], title=a.get("title", ""), url=a.get("url", ""), published=a.get("published"), outlet=a.get("outlet", "")) for n, a in enumerate(values["articles"], 1)]
            name = f"{len(items)} articles from the API"
        with transaction.atomic():
            batch = articles_import(story=values["story"], uploaded_by=request.user, items=items, name=name)
        return Response(ImportBatchSerializer(self.get_queryset().get(pk=batch.pk)).data, status=status.HTTP_201_CREATED)


class ImportPermission(RolePermissions):
    """Importing is adding articles."""

    def has_permission(self, request, view):
        return bool(request.user and request.user.is_authenticated and request.user.has_perm("articles.add_article"))


def token_page(request):
    """The signed-in user's API token: shown, created, or replaced (which revokes the old one)."""
    from django.contrib import messages
    from django.shortcuts import redirect, render
    from rest_framework.authtoken.models import Token

    if request.method == "POST":
        Token.objects.filter(user=request.user).delete()
        Token.objects.create(user=request.user)
        messages.success(request, "A new token was made; the old one no longer works.")
        return redirect("api:token")
    token = Token.objects.filter(user=request.user).first()
    return render(request, "api/token.html", {"token": token})
