"""Who may ask for a report or open a dashboard about a school, an agency, a province or the nation.

Reports and dashboards are monitoring tools: a user reaches a scope through a role assigned at
that scope or above it (the nation covers all; a province covers its agencies and schools; an
agency covers its schools).
"""

from sandbox.access import AGENCY, NATION, PROVINCE, SCHOOL, assignments


def covers(user, *, province=None, agency=None, school=None):
    """True if one of the user's roles reaches the given scope; with no scope given, only the nation does."""
    if not getattr(user, "is_authenticated", False):
        return False
    if user.is_superuser:
        return True
    for assignment in assignments(user):
        level, scope = assignment.level, assignment.scope_id
        if level == NATION:
            return True
        if scope is None:
            continue
        if (level == PROVINCE and province is not None and str(scope) == str(province)) or (
            level == AGENCY and agency is not None and str(scope) == str(agency)
        ) or (level == SCHOOL and school is not None and str(scope) == str(school)):
            return True
    return False


def covers_object(user, obj):
    """covers() for a Province, Agency or PilotSchool instance, or None for the nation."""
    from provinces.models import Province
    from schools.models import Agency, PilotSchool

    if obj is None:
        return covers(user)
    if isinstance(obj, Province):
        return covers(user, province=obj.pk)
    if isinstance(obj, Agency):
        return covers(user, province=obj.province_id, agency=obj.pk)
    if isinstance(obj, PilotSchool):
        return covers(user, province=obj.province_id, agency=obj.agency_id, school=obj.pk)
    raise TypeError(f"not a scope object: {obj!r}")


def scope_filter(user, province=None, agency=None, school=None):
    """A Q limiting a queryset to the scopes the user reaches (paths per level), or None for everything."""
    from django.db.models import Q

    if getattr(user, "is_superuser", False):
        return None
    condition = Q(pk__in=[])
    for assignment in assignments(user):
        level, scope = assignment.level, assignment.scope_id
        if level == NATION:
            return None
        path = {PROVINCE: province, AGENCY: agency, SCHOOL: school}[level]
        if path and scope is not None:
            condition |= Q(**{path: scope})
    return condition


def limit(queryset, user, **paths):
    condition = scope_filter(user, **paths)
    return queryset if condition is None else queryset.filter(condition)
