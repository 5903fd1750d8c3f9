from django.urls import path

from factcheck.claims import views

app_name = "claims"
urlpatterns = [
    path("<int:claim_id>/move/", views.claim_move, name="move"),
    path("<int:claim_id>/separate/", views.claim_separate, name="separate"),
    path("<int:claim_id>/correct/", views.claim_correct, name="correct"),
    path("<int:claim_id>/reject/", views.claim_reject, name="reject"),
]
