from django.contrib import admin

from factcheck.claims.models import Claim


@admin.register(Claim)
class ClaimAdmin(admin.ModelAdmin):
    list_display = ["text", "unit", "measure", "value", "claimant", "current_verdict", "article"]
    list_filter = ["measure", "hedge", "current_verdict", "origin", "rejected"]
    search_fields = ["text", "claimant", "sentence"]
    raw_id_fields = ["article", "figure"]
    list_select_related = ["article"]
