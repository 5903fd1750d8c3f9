from django.conf import settings
from rest_framework import serializers

from factcheck.articles.ingest import BATCH_EXTENSIONS, SUPPORTED_EXTENSIONS
from factcheck.articles.models import Article, ImportBatch
from factcheck.claims.models import Claim, Verdict
from factcheck.figures.models import Figure
from factcheck.reviews.models import Review
from factcheck.sources.models import Source
from factcheck.stories.models import Story


class SourceSerializer(serializers.ModelSerializer):
    class Meta:
        model = Source
        fields = ["id", "name", "domain", "kind", "country", "notes", "active"]


class StorySerializer(serializers.ModelSerializer):
    created_by = serializers.SlugRelatedField(slug_field="username", read_only=True)

    class Meta:
        model = Story
        fields = ["id", "title", "description", "created_by", "created_at"]
        read_only_fields = ["created_at"]


class ArticleSerializer(serializers.ModelSerializer):
    outlet = serializers.CharField(read_only=True)

    class Meta:
        model = Article
        fields = [
            "id", "story", "source", "outlet", "title", "url", "published", "status", "progress_percent", "progress_note",
            "error", "syndicated_from", "batch", "created_at", "processed_at",
        ]
        read_only_fields = fields


class ArticleDetailSerializer(ArticleSerializer):
    class Meta(ArticleSerializer.Meta):
        fields = [*ArticleSerializer.Meta.fields, "body"]
        read_only_fields = fields


class ArticleCreateSerializer(serializers.Serializer):
    """One article: its text, or a file (.txt, .html, .md, .docx, .pdf)."""

    story = serializers.PrimaryKeyRelatedField(queryset=Story.objects.all())
    text = serializers.CharField(required=False, trim_whitespace=False, max_length=settings.MAX_UPLOAD_BYTES)
    file = serializers.FileField(required=False, help_text=f"One of {', '.join(SUPPORTED_EXTENSIONS)}")
    title = serializers.CharField(required=False, allow_blank=True, max_length=500)
    url = serializers.URLField(required=False, allow_blank=True, max_length=2000)
    published = serializers.DateField(required=False, allow_null=True)
    source = serializers.PrimaryKeyRelatedField(queryset=Source.objects.filter(active=True), required=False, allow_null=True)
    outlet = serializers.CharField(required=False, allow_blank=True, max_length=200)

    def validate(self, data):
        if bool(data.get("text", "").strip()) == bool(data.get("file")):
            raise serializers.ValidationError("Give the article's text or a file, not both and not neither.")
        return data


class ImportArticleSerializer(serializers.Serializer):
    text = serializers.CharField(trim_whitespace=False)
    title = serializers.CharField(required=False, allow_blank=True, max_length=500)
    url = serializers.URLField(required=False, allow_blank=True, max_length=2000)
    published = serializers.DateField(required=False, allow_null=True)
    outlet = serializers.CharField(required=False, allow_blank=True, max_length=200)


class ImportCreateSerializer(serializers.Serializer):
    """Many articles at once: a .zip or .jsonl file, or a list of articles as JSON."""

    story = serializers.PrimaryKeyRelatedField(queryset=Story.objects.all())
    file = serializers.FileField(required=False, help_text=f"One of {', '.join(SUPPORTED_EXTENSIONS + BATCH_EXTENSIONS)}")
    articles = ImportArticleSerializer(many=True, required=False)

    def validate(self, data):
        if bool(data.get("file")) == bool(data.get("articles")):
            raise serializers.ValidationError("Give a file or a list of articles, not both and not neither.")
        return data


class ImportBatchSerializer(serializers.ModelSerializer):
    progress = serializers.SerializerMethodField()
    created_by = serializers.SlugRelatedField(slug_field="username", read_only=True)

    class Meta:
        model = ImportBatch
        fields = ["id", "story", "name", "created_by", "created_at", "total", "added", "duplicates", "failures", "progress"]
        read_only_fields = fields

    def get_progress(self, batch) -> dict[str, int]:
        """Articles of the batch by status: queued, processing, done, failed."""
        if hasattr(batch, "status_done"):  # annotated by the view, one query for a page
            return {status: getattr(batch, f"status_{status}") for status in Article.Status.values}
        return batch.status_counts()


class ClaimSerializer(serializers.ModelSerializer):
    story = serializers.IntegerField(source="article.story_id", read_only=True)
    outlet = serializers.CharField(source="article.outlet", read_only=True)

    class Meta:
        model = Claim
        fields = [
            "id", "article", "story", "outlet", "figure", "start", "end", "text", "value", "low", "high", "hedge", "unit",
            "measure", "claimant", "claimant_chain", "sentence", "zero", "event", "scope", "qualifiers", "current_verdict",
            "corrected_fields", "origin", "rejected", "machine_found",
        ]
        read_only_fields = [name for name in fields if name not in Claim.CORRECTABLE_FIELDS]


class FigureSerializer(serializers.ModelSerializer):
    claims = serializers.PrimaryKeyRelatedField(many=True, read_only=True)
    assigned_to = serializers.SlugRelatedField(slug_field="username", read_only=True)

    class Meta:
        model = Figure
        fields = [
            "id", "story", "label", "measure", "unit", "conflict", "conflict_reason", "report_count", "status",
            "assigned_to", "resolved_value", "resolved_low", "resolved_high", "resolution_note", "claims",
        ]
        read_only_fields = [name for name in fields if name != "label"]


class ReviewSerializer(serializers.ModelSerializer):
    reviewer = serializers.SlugRelatedField(slug_field="username", read_only=True)
    verdict = serializers.ChoiceField(choices=[choice for choice in Verdict.choices if choice[0] != Verdict.UNREVIEWED])
    evidence = serializers.ListField(child=serializers.URLField(), required=False)

    class Meta:
        model = Review
        fields = ["id", "claim", "reviewer", "verdict", "note", "evidence", "created_at"]
        read_only_fields = ["created_at"]
