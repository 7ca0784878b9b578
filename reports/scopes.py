"""Who may ask for a report or open a dashboard about a school, an agency, a province or the nation.

Reports and dashboards are monitoring tools: a user reaches a scope through a role assigned at
that scope or above it (the nation covers all; a province covers its agencies and schools; an
agency covers its schools).
"""

from sandbox.access import AGENCY, ALL_ROLES, PROVINCE, SCHOOL, reaches, scope_condition


def covers(user, *, province=None, agency=None, school=None):
    """True if one of the user's roles reaches the given scope; with no scope given, only the nation does."""
    ids = {PROVINCE: province, AGENCY: agency, SCHOOL: school}
    return reaches(user, ALL_ROLES, lambda level: (ids[level],))


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
    return scope_condition(user, ALL_ROLES, {PROVINCE: province, AGENCY: agency, SCHOOL: school})


def limit(queryset, user, **paths):
    condition = scope_filter(user, **paths)
    return queryset if condition is None else queryset.filter(condition)
