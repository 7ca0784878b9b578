"""Which schools a user may attach a school-owned row to (for form choices and import checks)."""

from sandbox.access import rule_paths, scope_condition
from schools.models import PilotSchool


def from_school(paths):
    """A model's lookups that pass through its `school`, rewritten to start at the school itself."""
    return tuple("pk" if path == "school" else path.removeprefix("school__")
                 for path in paths if path == "school" or path.startswith("school__"))


def schools_for(user, model, action="add"):
    """PilotSchool rows for which `user` may `action` a `model` row whose `school` is that school."""
    queryset = PilotSchool.objects.all()
    if not getattr(user, "is_authenticated", False):
        return queryset.none()
    rules = model.access
    paths = {level: from_school(level_paths) for level, level_paths in rule_paths(rules).items()}
    condition = scope_condition(user, rules.roles(action), paths)
    return queryset if condition is None else queryset.filter(condition)
