"""The three roles and what each may do.

Roles are Django groups holding model permissions (created by the migration
accounts/0001_roles); views and API endpoints check permissions, never group names, so an admin
can grant a single person one more right without a new role.
"""

EDITOR = "Editor"
REVIEWER = "Reviewer"
ADMIN = "Admin"
ROLES = (EDITOR, REVIEWER, ADMIN)

def roles_of(user) -> list[str]:
    if not user.is_authenticated:
        return []
    names = set(user.groups.values_list("name", flat=True))
    return [role for role in ROLES if role in names or (role == ADMIN and user.is_superuser)]
