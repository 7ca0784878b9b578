"""What each kind of report needs (its parameters and scope) and which module builds it."""

import importlib
from dataclasses import dataclass

from django.core.exceptions import PermissionDenied, ValidationError
from django.utils.translation import gettext as _

from reports.models import ReportKind
from reports.scopes import covers, covers_object


@dataclass(frozen=True)
class Kind:
    kind: ReportKind
    scope: str | None  # the parameter naming the scope object; None for the nation
    needs_year: bool
    builder: str  # "module:function"; the function takes (job, progress) and returns {format: (name, source)}
    formats: tuple
    needs: str | None = None  # "module:attribute" another app must provide for this kind to exist

    @property
    def available(self):
        if not self.needs:
            return True
        module, attribute = self.needs.split(":")
        try:
            return hasattr(importlib.import_module(module), attribute)
        except ImportError:
            return False

    def build(self, job, progress):
        module, function = self.builder.split(":")
        return getattr(importlib.import_module(module), function)(job, progress)


KINDS = {k.kind: k for k in (
    Kind(ReportKind.SCHOOL_STATEMENT, "school", True, "reports.builders.statement:build", ("pdf",)),
    Kind(ReportKind.AGENCY_SPENDING, "agency", True, "reports.builders.spending:build", ("xlsx", "pdf")),
    Kind(ReportKind.PROVINCE_SPENDING, "province", True, "reports.builders.spending:build", ("xlsx", "pdf")),
    Kind(ReportKind.NATIONAL_SUMMARY, None, True, "reports.builders.national:build", ("pdf",)),
    Kind(ReportKind.NATIONAL_EXPENDITURES, None, True, "reports.builders.listing:build", ("xlsx",)),
    Kind(ReportKind.PROVINCE_READINESS, "province", False, "reports.builders.readiness:build", ("pdf",),
         needs="schools.readiness:province_synthesis"),
    Kind(ReportKind.COMMITTEE_ROSTER, "committee", False, "reports.builders.roster:build", ("pdf",),
         needs="committees.services:roster"),
)}


def available_kinds():
    return [k for k in KINDS.values() if k.available]


def _scope_object(name, value):
    from committees.models import Committee
    from provinces.models import Province
    from schools.models import Agency, PilotSchool

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
    from grants.models import FiscalYear

    if value in (None, ""):
        raise ValidationError({"fiscal_year": _("Choose a fiscal year.")})
    try:
        return FiscalYear.objects.get(year=int(value))
    except (FiscalYear.DoesNotExist, ValueError, TypeError):
        raise ValidationError({"fiscal_year": _("Fiscal year %(year)s does not exist in the portal.") % {
            "year": value}}) from None


def _may_request(user, name, obj):
    if name == "committee":
        return covers(user, province=obj.province_id, agency=obj.agency_id)
    return covers_object(user, obj)


def resolve(user, kind_name, parameters):
    """Check a request: returns (Kind, clean parameters, title) or raises ValidationError / PermissionDenied."""
    kind = KINDS.get(kind_name)
    if kind is None or not kind.available:
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
    if errors:
        raise ValidationError(errors)
    allowed = _may_request(user, kind.scope, scope) if scope is not None else covers(user)
    if not allowed:
        raise PermissionDenied(_("You may not request this report for that scope."))
    return kind, clean, " — ".join(str(p) for p in title_parts)
