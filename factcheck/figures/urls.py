from django.urls import path

from factcheck.figures import views

app_name = "figures"
urlpatterns = [
    path("<int:figure_id>/", views.figure_detail, name="detail"),
    path("<int:figure_id>/rename/", views.figure_rename, name="rename"),
    path("<int:figure_id>/split/", views.figure_split, name="split"),
    path("merge/<int:story_id>/", views.figures_merge, name="merge"),
]
