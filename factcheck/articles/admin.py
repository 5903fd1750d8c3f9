from django.contrib import admin

from factcheck.articles.models import Article


@admin.register(Article)
class ArticleAdmin(admin.ModelAdmin):
    list_display = ["__str__", "story", "source", "published", "status", "attempts", "created_at"]
    list_filter = ["status", "source"]
    search_fields = ["title", "url"]
    raw_id_fields = ["story", "uploaded_by", "syndicated_from"]
    readonly_fields = ["status", "error", "progress_percent", "progress_note", "lease_expires_at", "enqueued_at", "attempts", "processed_at", "content_hash"]

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("story", "source").defer("body", "original_bytes")
