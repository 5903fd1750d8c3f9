from django.urls import path

from factcheck.articles import views

app_name = "articles"
urlpatterns = [
    path("upload/<int:story_id>/", views.article_upload, name="upload"),
    path("<int:article_id>/", views.article_detail, name="detail"),
    path("<int:article_id>/status/", views.article_status, name="status"),
    path("<int:article_id>/retry/", views.article_retry_view, name="retry"),
    path("<int:article_id>/original/", views.article_original, name="original"),
    path("batches/<int:batch_id>/", views.batch_detail, name="batch"),
]
