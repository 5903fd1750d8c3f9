"""Every role reads import batches and figure resolutions (added after 0001_roles)."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

READ = ["articles.view_importbatch", "figures.view_resolution"]
ROLES = ["Editor", "Reviewer", "Admin"]


def grant(apps, schema_editor):
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    permissions = [Permission.objects.get(content_type__app_label=label, codename=codename) for label, codename in (name.split(".") for name in READ)]
    for group in Group.objects.filter(name__in=ROLES):
        group.permissions.add(*permissions)


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    permissions = Permission.objects.filter(codename__in=[name.split(".")[1] for name in READ])
    for group in Group.objects.filter(name__in=ROLES):
        group.permissions.remove(*permissions)


class Migration(migrations.Migration):
    dependencies = [
        ("accounts", "0001_roles"),
        ("articles", "0003_search_index"),
        ("figures", "0003_review_resolutions"),
    ]
    operations = [migrations.RunPython(grant, revoke)]
