"""Which users and provinces a manager (SBN administrator or province officer) looks after."""

from django.contrib.auth import get_user_model
from django.db.models import Q

from sandbox.access import PROVINCE, Role, assignments, has_role, scope_condition
from sandbox.models import RoleAssignment

MANAGERS = frozenset({Role.SBN_ADMIN, Role.PROVINCE_OFFICER})


def managed_provinces(actor):
    """None when the actor manages the whole nation, else the set of province ids they manage."""
    if getattr(actor, "is_superuser", False) or has_role(actor, Role.SBN_ADMIN):
        return None
    return {a.province_id for a in assignments(actor) if a.role == Role.PROVINCE_OFFICER}


def is_manager(actor):
    provinces = managed_provinces(actor)
    return provinces is None or bool(provinces)


def in_provinces(provinces):
    """Role assignments whose scope lies inside these provinces (directly, by agency or by school)."""
    condition = Q(pk__in=[])
    for path in RoleAssignment.access.paths(PROVINCE):
        condition |= Q(**{f"{path}__in": provinces})
    return condition


def manageable_users(actor):
    """Users the actor may give roles to: everyone for SBN; for a province officer, users who
    hold a role inside their province or no role at all (a newcomer)."""
    users = get_user_model().objects.filter(is_active=True).order_by("username")
    if not is_manager(actor):
        return users.none()
    condition = scope_condition(actor, MANAGERS, {PROVINCE: RoleAssignment.access.paths(PROVINCE)})
    if condition is None:
        return users
    inside = RoleAssignment.objects.filter(condition).values("user_id")
    return users.filter(is_superuser=False).filter(Q(pk__in=inside) | Q(role_assignments__isnull=True)).distinct()
