from django.urls import path

from factcheck.stories import views

app_name = "stories"
urlpatterns = [
    path("", views.story_list, name="list"),
    path("new/", views.story_create, name="create"),
    path("<int:story_id>/", views.story_detail, name="detail"),
]
