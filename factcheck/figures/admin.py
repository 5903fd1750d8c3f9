from django.contrib import admin

from factcheck.figures.models import Figure


@admin.register(Figure)
class FigureAdmin(admin.ModelAdmin):
    list_display = ["label", "story", "measure", "conflict", "status", "assigned_to"]
    list_filter = ["conflict", "status", "measure"]
    search_fields = ["label"]
    raw_id_fields = ["story", "assigned_to", "resolved_by"]
    list_select_related = ["story", "assigned_to"]
