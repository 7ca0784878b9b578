"""The kinds of report there are (each a class in reports.builders), and checking a request for one."""

from django.core.exceptions import ObjectDoesNotExist, PermissionDenied, ValidationError
from django.utils.translation import gettext as _

from committees.models import Committee
from grants import summaries
from provinces.group_choice import named_group
from provinces.models import Province
from reports.builders.listing import NationalExpenditures
from reports.builders.national import NationalSummary
from reports.builders.policy_brief import PolicyBriefReport
from reports.builders.readiness import ProvinceReadiness
from reports.builders.roster import CommitteeRoster
from reports.builders.spending import AgencySpending, ProvinceSpending
from reports.builders.statement import SchoolStatement
from reports.models import ReportKind
from reports.scopes import covers, covers_object
from schools.models import Agency, PilotSchool

KINDS = {report.kind: report for report in (
    SchoolStatement(), AgencySpending(), ProvinceSpending(), NationalSummary(), NationalExpenditures(),
    ProvinceReadiness(), CommitteeRoster(), PolicyBriefReport(),
)}


def _scope_object(name, value):
    model, lookup = {"school": (PilotSchool, "pk"), "agency": (Agency, "pk"), "province": (Province, "code"),
                     "committee": (Committee, "pk")}[name]
    messages = {
        "school": _("Choose a pilot school."), "agency": _("Choose an affiliation office."),
        "province": _("Choose a province."), "committee": _("Choose a committee."),
    }
    if value in (None, ""):
        raise ValidationError({name: messages[name]})
    try:
        return model.objects.get(**{lookup: str(value) if lookup == "code" else int(value)})
    except (model.DoesNotExist, ValueError, TypeError):
        raise ValidationError({name: _("No %(what)s matches “%(value)s”.") % {
            "what": model._meta.verbose_name, "value": value}}) from None


def _fiscal_year(value):
    if value in (None, ""):
        raise ValidationError({"fiscal_year": _("Choose a fiscal year.")})
    try:
        return summaries.get_fiscal_year(value)
    except (ObjectDoesNotExist, ValueError, TypeError):
        raise ValidationError({"fiscal_year": _("Fiscal year %(year)s does not exist in the portal.") % {
            "year": value}}) from None


def _province_group(value):
    try:
        group = named_group(str(value))
    except ValueError:
        group = None
    if group is None:
        raise ValidationError({"group": _("No province group matches “%(value)s”.") % {"value": value}})
    return group


def _may_request(user, name, obj):
    if name == "committee":
        return covers(user, province=obj.province_id, agency=obj.agency_id)
    return covers_object(user, obj)


def resolve(user, kind_name, parameters):
    """Check a request: returns (Kind, clean parameters, title) or raises ValidationError / PermissionDenied."""
    kind = KINDS.get(kind_name)
    if kind is None:
        raise ValidationError({"kind": _("This kind of report is not available.")})
    if not isinstance(parameters, dict):
        raise ValidationError({"parameters": _("Parameters must be an object.")})
    clean, title_parts, errors, scope = {}, [ReportKind(kind.kind).label], {}, None
    if kind.scope:
        try:
            scope = _scope_object(kind.scope, parameters.get(kind.scope))
            clean[kind.scope] = scope.pk
            title_parts.append(str(scope))
        except ValidationError as exc:
            errors.update(exc.message_dict)
    if kind.needs_year:
        try:
            year = _fiscal_year(parameters.get("fiscal_year"))
            clean["fiscal_year"] = year.year
            title_parts.append(_("fiscal year %(year)s") % {"year": year.year})
        except ValidationError as exc:
            errors.update(exc.message_dict)
    if kind.takes_group and parameters.get("group") not in (None, ""):
        try:
            group = _province_group(parameters["group"])
            clean["group"] = group.pk
            title_parts.append(str(group))
        except ValidationError as exc:
            errors.update(exc.message_dict)
    if errors:
        raise ValidationError(errors)
    allowed = _may_request(user, kind.scope, scope) if scope is not None else covers(user)
    if not allowed:
        raise PermissionDenied(_("You may not request this report for that scope."))
    return kind, clean, " — ".join(str(p) for p in title_parts)
