"""Which schools a user may attach a school-owned row to (for form choices and import checks)."""

from django.db.models import Q

from sandbox.access import NATION, assignments
from schools.models import PilotSchool


def _paths(rules, level):
    paths = rules.path(level)
    if not paths:
        return ()
    return paths if isinstance(paths, tuple) else (paths,)


def schools_for(user, model, action="add"):
    """PilotSchool rows for which `user` may `action` a `model` row whose `school` is that school."""
    queryset = PilotSchool.objects.all()
    if not getattr(user, "is_authenticated", False):
        return queryset.none()
    if user.is_superuser:
        return queryset
    rules = model.access
    roles = rules.roles(action)
    condition = Q(pk__in=[])
    for assignment in assignments(user):
        if assignment.role not in roles:
            continue
        if assignment.level == NATION:
            return queryset
        for path in _paths(rules, assignment.level):
            if path == "school":
                condition |= Q(pk=assignment.scope_id)
            elif path.startswith("school__"):
                condition |= Q(**{path.removeprefix("school__"): assignment.scope_id})
    return queryset.filter(condition)
