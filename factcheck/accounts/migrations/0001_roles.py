"""Create the Editor, Reviewer and Admin groups with their permissions.

Permissions are normally created after all migrations have run; create them here first so that
the groups are complete on a fresh database. The role table is frozen in this migration: a later
change to the roles is a new migration.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

READ = [
    "sources.view_source", "stories.view_story", "articles.view_article", "claims.view_claim",
    "figures.view_figure", "reviews.view_review",
]
EDIT = [
    "stories.add_story", "stories.change_story", "articles.add_article", "articles.change_article",
    "articles.delete_article", "claims.add_claim", "claims.change_claim", "figures.add_figure",
    "figures.change_figure", "figures.add_claimseparation",
]
REVIEW = ["reviews.add_review", "figures.review_figure"]
ADMINISTER = [
    "sources.add_source", "sources.change_source", "sources.delete_source", "stories.delete_story",
    "auth.view_user", "auth.add_user", "auth.change_user", "auth.view_group",
]
ROLE_PERMISSIONS = {
    "Editor": READ + EDIT,
    "Reviewer": READ + REVIEW,
    "Admin": READ + EDIT + REVIEW + ADMINISTER,
}


def create_roles(apps, schema_editor):
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None

    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for role, codenames in ROLE_PERMISSIONS.items():
        group, _ = Group.objects.get_or_create(name=role)
        permissions = []
        for dotted in codenames:
            app_label, codename = dotted.split(".")
            permissions.append(Permission.objects.get(content_type__app_label=app_label, codename=codename))
        group.permissions.set(permissions)


def remove_roles(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name__in=ROLE_PERMISSIONS).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("sources", "0001_initial"),
        ("stories", "0001_initial"),
        ("articles", "0001_initial"),
        ("claims", "0002_initial"),
        ("figures", "0001_initial"),
        ("reviews", "0001_initial"),
    ]

    operations = [migrations.RunPython(create_roles, remove_roles)]
