from factcheck.accounts.roles import roles_of


def roles(request):
    """The signed-in user's roles, for the navigation bar."""
    user = getattr(request, "user", None)
    return {"user_roles": roles_of(user) if user is not None else []}
