from django.conf import settings
from django.core.checks import Error, Tags, register


@register(Tags.security, deploy=True)
def secret_key_configured(app_configs, **kwargs):
    """Without a configured key each process makes up its own, and logins break across them."""
    if settings.SECRET_KEY_CONFIGURED:
        return []
    return [
        Error(
            "DJANGO_SECRET_KEY (or DJANGO_SECRET_KEY_FILE) is not set.",
            hint="Generate one with: python -c 'import secrets; print(secrets.token_urlsafe(50))'",
            id="factcheck.E001",
        )
    ]
