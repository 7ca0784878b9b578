"""Who may see and change what: one mechanism for pages, API, exports and tasks.

Every domain model declares `access = Rules(...)`: the ORM paths from its rows to a
province, an agency and a school, and which roles may view, add, change and delete.
`Model.objects.restrict(user, action)` filters a queryset to what the user may act on;
`require(user, action, obj)` re-checks one object (inside the write's transaction).
"""

from dataclasses import dataclass, field

from django.core.exceptions import PermissionDenied
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _


class Role(models.TextChoices):
    SBN_ADMIN = "sbn_admin", _("SBN administrator")
    SBN_VIEWER = "sbn_viewer", _("SBN viewer")
    PROVINCE_OFFICER = "province_officer", _("Provincial office officer")
    AGENCY_SUPERVISOR = "agency_supervisor", _("Affiliation office supervisor")
    SCHOOL_DIRECTOR = "school_director", _("School director")
    SCHOOL_STAFF = "school_staff", _("School staff")


NATION, PROVINCE, AGENCY, SCHOOL = "nation", "province", "agency", "school"

ROLE_LEVEL = {
    Role.SBN_ADMIN: NATION,
    Role.SBN_VIEWER: NATION,
    Role.PROVINCE_OFFICER: PROVINCE,
    Role.AGENCY_SUPERVISOR: AGENCY,
    Role.SCHOOL_DIRECTOR: SCHOOL,
    Role.SCHOOL_STAFF: SCHOOL,
}

ALL_ROLES = frozenset(Role)
ADMIN = frozenset({Role.SBN_ADMIN})
OFFICES = frozenset({Role.SBN_ADMIN, Role.PROVINCE_OFFICER})
SUPERVISORS = frozenset({Role.SBN_ADMIN, Role.PROVINCE_OFFICER, Role.AGENCY_SUPERVISOR})
SCHOOL_WRITERS = frozenset({Role.SBN_ADMIN, Role.SCHOOL_DIRECTOR, Role.SCHOOL_STAFF})

# Any signed-in user with a role may read (transparency: schools learn from each other).
PUBLIC = "public"


@dataclass(frozen=True)
class Rules:
    """How a model's rows reach each scope level, and which roles may do each action.

    A path is an ORM lookup from the model to the primary key of the scope object, for
    example "school__agency" for an expenditure. A level without a path grants nothing.
    A path may also be a tuple of alternative lookups, any one of which grants the level
    (a role assignment reaches its province directly, through its agency or its school).
    """

    province: str | tuple | None = None
    agency: str | tuple | None = None
    school: str | tuple | None = None
    view: frozenset | str = PUBLIC
    add: frozenset = ADMIN
    change: frozenset = ADMIN
    delete: frozenset = ADMIN
    extra: dict = field(default_factory=dict)

    def roles(self, action):
        if action in ("view", "add", "change", "delete"):
            roles = getattr(self, action)
        else:
            roles = self.extra[action]
        return ALL_ROLES if roles == PUBLIC else roles

    def path(self, level):
        return getattr(self, level)

    def paths(self, level):
        """The level's alternative paths as a tuple (empty when the level grants nothing)."""
        return as_paths(getattr(self, level))


def assignments(user):
    """The user's role assignments, loaded once per user object."""
    if not getattr(user, "is_authenticated", False):
        return []
    cached = getattr(user, "_role_assignments", None)
    if cached is None:
        # Through the reverse relation, so that this module needs no import of the models that use it.
        cached = list(user.role_assignments.only("role", "province_id", "agency_id", "school_id"))
        user._role_assignments = cached
    return cached


def has_role(user, *roles):
    return any(a.role in roles for a in assignments(user))


def has_any_role(user):
    """Signed in and holding a role (or a superuser). An account without one reads no rows at all,
    not even the ones every role may read: removing a user's last role takes their reading away."""
    if not getattr(user, "is_authenticated", False):
        return False
    return getattr(user, "is_superuser", False) or bool(assignments(user))


def as_paths(path):
    """A level's lookups as a tuple: one lookup, a tuple of alternatives, or nothing."""
    if not path:
        return ()
    return path if isinstance(path, tuple) else (path,)


def _granting(user, roles):
    """The user's assignments whose role is among `roles`."""
    if not getattr(user, "is_authenticated", False):
        return []
    return [a for a in assignments(user) if a.role in roles]


def scope_condition(user, roles, paths):
    """The Q selecting the rows that the user reaches through a role among `roles`, or None for all rows.

    `paths` maps a level (PROVINCE, AGENCY, SCHOOL) to the lookups from the queried model to that
    level's scope object; a level it does not name grants nothing. A nation-level role, or a
    superuser, reaches every row; an anonymous user none.
    """
    if getattr(user, "is_superuser", False):
        return None
    condition = Q(pk__in=[])
    for assignment in _granting(user, roles):
        if assignment.level == NATION:
            return None
        if assignment.scope_id is None:
            continue
        for path in as_paths(paths.get(assignment.level)):
            condition |= Q(**{path: assignment.scope_id})
    return condition


def reaches(user, roles, scope_ids):
    """scope_condition() for one object. `scope_ids(level)` gives the object's scope ids at that
    level; it is called only for the levels of the user's assignments, and read until one matches."""
    if getattr(user, "is_superuser", False):
        return True
    for assignment in _granting(user, roles):
        if assignment.level == NATION:
            return True
        if assignment.scope_id is None:
            continue
        if any(str(scope) == str(assignment.scope_id) for scope in scope_ids(assignment.level)):
            return True
    return False


def rule_paths(rules):
    return {level: rules.paths(level) for level in (PROVINCE, AGENCY, SCHOOL)}


def restrict_queryset(queryset, user, action="view"):
    rules: Rules = queryset.model.access
    if not getattr(user, "is_authenticated", False):
        return queryset.none()
    if action == "view" and rules.view == PUBLIC:
        return queryset if has_any_role(user) else queryset.none()
    condition = scope_condition(user, rules.roles(action), rule_paths(rules))
    return queryset if condition is None else queryset.filter(condition)


def resolve(obj, path):
    """Follow an ORM path on an instance, ending at the scope object's primary key."""
    parts = path.split("__")
    for part in parts[:-1]:
        obj = getattr(obj, part, None)
        if obj is None:
            return None
    last = parts[-1]
    if last in ("pk", "id") or last == obj._meta.pk.name:
        return obj.pk
    model_field = obj._meta.get_field(last)
    if model_field.is_relation:
        return getattr(obj, model_field.attname)
    return getattr(obj, last)


def allows(user, action, obj):
    """True if the user may perform the action on this instance as it stands now."""
    if not getattr(user, "is_authenticated", False):
        return False
    rules: Rules = type(obj).access
    if action == "view" and rules.view == PUBLIC:
        return has_any_role(user)
    return reaches(user, rules.roles(action), lambda level: (resolve(obj, path) for path in rules.paths(level)))


def require(user, action, obj):
    if not allows(user, action, obj):
        raise PermissionDenied(_("You do not have permission to do this."))


def can_add_anything(user, model):
    """Whether the user holds any role that may add rows of this model (to show an Add button)."""
    if getattr(user, "is_superuser", False):
        return True
    roles = model.access.roles("add")
    return any(
        a.role in roles and (a.level == NATION or model.access.path(a.level)) for a in assignments(user)
    )


class RestrictedQuerySet(models.QuerySet):
    def restrict(self, user, action="view"):
        return restrict_queryset(self, user, action)
