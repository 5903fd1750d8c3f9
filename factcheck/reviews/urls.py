from django.urls import path

from factcheck.reviews import views

app_name = "reviews"
urlpatterns = [
    path("", views.review_queue, name="queue"),
    path("claims/<int:claim_id>/", views.review_add, name="add"),
    path("figures/<int:figure_id>/take/", views.figure_take, name="take"),
    path("figures/<int:figure_id>/release/", views.figure_release, name="release"),
    path("figures/<int:figure_id>/resolve/", views.figure_resolve, name="resolve"),
    path("figures/<int:figure_id>/confirm/", views.figure_confirm, name="confirm"),
    path("figures/<int:figure_id>/reopen/", views.figure_reopen, name="reopen"),
    path("claims/<int:claim_id>/claimreview.json", views.claim_review_json, name="claimreview"),
    path("stories/<int:story_id>/claims.csv", views.story_export_csv, name="export_csv"),
    path("stories/<int:story_id>/export.json", views.story_export_json, name="export_json"),
    path("stories/<int:story_id>/claimreviews.json", views.story_claim_reviews, name="claimreviews"),
]
