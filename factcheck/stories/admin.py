from django.contrib import admin

from factcheck.stories.models import Story


@admin.register(Story)
class StoryAdmin(admin.ModelAdmin):
    list_display = ["title", "created_by", "created_at"]
    search_fields = ["title", "description"]
    raw_id_fields = ["created_by"]
