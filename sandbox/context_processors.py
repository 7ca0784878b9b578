from sandbox.access import Role, assignments


def portal(request):
    user = getattr(request, "user", None)
    roles = {a.role for a in assignments(user)} if user else set()
    return {
        "user_roles": roles,
        "is_sbn": bool(roles & {Role.SBN_ADMIN, Role.SBN_VIEWER}) or getattr(user, "is_superuser", False),
        "is_sbn_admin": Role.SBN_ADMIN in roles or getattr(user, "is_superuser", False),
    }
