from django.apps import AppConfig


class StoriesConfig(AppConfig):
    name = "factcheck.stories"
