from django.contrib import admin

from factcheck.reviews.models import Review


@admin.register(Review)
class ReviewAdmin(admin.ModelAdmin):
    """Read-only: verdicts are history and are never edited."""

    list_display = ["claim", "verdict", "reviewer", "created_at"]
    list_filter = ["verdict"]
    raw_id_fields = ["claim", "reviewer"]

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False
