from django.urls import path

from factcheck.figures import views

app_name = "figures"
urlpatterns = [
    path("<int:figure_id>/", views.figure_detail, name="detail"),
]
