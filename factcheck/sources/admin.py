from django.contrib import admin

from factcheck.sources.models import Source


@admin.register(Source)
class SourceAdmin(admin.ModelAdmin):
    list_display = ["name", "domain", "kind", "country", "active"]
    list_filter = ["kind", "active", "country"]
    search_fields = ["name", "domain", "notes"]
