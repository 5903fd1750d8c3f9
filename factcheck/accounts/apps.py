from django.apps import AppConfig


class AccountsConfig(AppConfig):
    name = "factcheck.accounts"

    def ready(self):
        from factcheck.accounts import checks  # noqa: F401  (registers the deploy checks)
