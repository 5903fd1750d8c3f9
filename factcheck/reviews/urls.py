from django.urls import path

from factcheck.reviews import views

app_name = "reviews"
urlpatterns = [
    path("claims/<int:claim_id>/", views.review_add, name="add"),
]
