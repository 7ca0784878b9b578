"""Allocations and expenditures from CSV or XLSX, with a dry run.

Each row goes through the same service as a form would (so every guard applies, including the
allocation ceiling across the rows of the file), inside one transaction that is rolled back when
it is a dry run or any row is wrong: nothing is imported unless every row is good.
Errors are reported as (row number as the spreadsheet shows it, column, message).
"""

import datetime
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from grants import services
from grants.models import Allocation, Category, Expenditure, FiscalYear, PlanLine, Programme
from sandbox import tabular
from schools.models import PilotSchool

ALLOCATION_COLUMNS = ["school_code", "fiscal_year", "programme", "amount", "note"]
EXPENDITURE_COLUMNS = ["date", "amount", "category", "description", "payee", "receipt_number", "plan_line",
                       "programme"]
MAX_ROWS = 20000


@dataclass
class ImportResult:
    rows: int = 0
    errors: list = field(default_factory=list)  # (row, column, message)
    imported: int = 0
    dry_run: bool = True

    @property
    def ok(self):
        return not self.errors


def read_rows(upload):
    """(header, [(row number, {column: text})]) from a CSV or XLSX file."""
    header, rows = tabular.read_table(upload, MAX_ROWS)
    return header, [(number, {name: tabular.cell_text(value) for name, value in values.items()})
                    for number, values in rows]


def _missing(header, required):
    missing = [c for c in required if c not in header]
    if missing:
        raise ValidationError(_("Missing columns: %(cols)s.") % {"cols": ", ".join(missing)})


def _decimal(text, column, errors, row):
    try:
        value = Decimal(text.replace(",", ""))
    except InvalidOperation:
        errors.append((row, column, _("Not a number: “%(value)s”.") % {"value": text}))
        return None
    if not value.is_finite():
        errors.append((row, column, _("Not a number: “%(value)s”.") % {"value": text}))
        return None
    return value


def _date(text, column, errors, row):
    try:
        return datetime.date.fromisoformat(text[:10])
    except ValueError:
        errors.append((row, column, _("Write the date as YYYY-MM-DD (Gregorian): “%(value)s”.") % {"value": text}))
        return None


def _collect(errors, row, exc):
    if isinstance(exc, PermissionDenied):
        errors.append((row, "", str(exc) or _("You do not have permission to do this.")))
    elif hasattr(exc, "error_dict"):
        for column, messages in exc.message_dict.items():
            errors.append((row, "" if column == "__all__" else column, " ".join(messages)))
    else:
        errors.append((row, "", " ".join(exc.messages)))


def _run(rows, build, save, dry_run):
    result = ImportResult(rows=len(rows), dry_run=dry_run)
    with transaction.atomic():
        for number, values in rows:
            row_errors = []
            instance = build(values, row_errors, number)
            if row_errors or instance is None:
                result.errors.extend(row_errors)
                continue
            try:
                with transaction.atomic():
                    save(instance)
            except (ValidationError, PermissionDenied) as exc:
                _collect(result.errors, number, exc)
        if result.errors or dry_run:
            transaction.set_rollback(True)
        else:
            result.imported = len(rows)
    return result


def import_allocations(user, upload, dry_run=True):
    header, rows = read_rows(upload)
    _missing(header, ["school_code", "fiscal_year", "programme", "amount"])
    schools = {s.code: s for s in PilotSchool.objects.filter(code__in={v.get("school_code") for _n, v in rows})}
    years = {str(y.year): y for y in FiscalYear.objects.all()}
    programmes = {p.code: p for p in Programme.objects.all()}

    def build(values, errors, row):
        school = schools.get(values.get("school_code", ""))
        year = years.get(values.get("fiscal_year", "").split(".")[0])
        programme = programmes.get(values.get("programme", ""))
        if school is None:
            errors.append((row, "school_code", _("No pilot school has this code.")))
        if year is None:
            errors.append((row, "fiscal_year", _("No such fiscal year.")))
        if programme is None:
            errors.append((row, "programme", _("No programme has this code.")))
        amount = _decimal(values.get("amount", ""), "amount", errors, row)
        if errors:
            return None
        existing = Allocation.objects.filter(school=school, fiscal_year=year, programme=programme).first()
        allocation = existing or Allocation(school=school, fiscal_year=year, programme=programme)
        allocation.amount = amount
        allocation.note = values.get("note", allocation.note)
        return allocation

    return _run(rows, build, lambda a: services.save_allocation(user, a), dry_run)


def import_expenditures(user, school, fiscal_year, upload, dry_run=True):
    """Rows for one school's year; `programme` may be left empty when the school has one allocation."""
    header, rows = read_rows(upload)
    _missing(header, ["date", "amount", "category", "description", "payee"])
    allocations = {a.programme.code: a for a in
                   Allocation.objects.filter(school=school, fiscal_year=fiscal_year).select_related("programme")}
    categories = {c.code: c for c in Category.objects.all()}
    plan_lines = {str(p.pk): p for p in PlanLine.objects.filter(allocation__in=list(allocations.values()))}

    def build(values, errors, row):
        programme = values.get("programme", "")
        allocation = allocations.get(programme) if programme else (
            next(iter(allocations.values())) if len(allocations) == 1 else None)
        if allocation is None:
            errors.append((row, "programme", _("The school has no allocation for this programme in %(year)s.") % {
                "year": fiscal_year.year}))
        category = categories.get(values.get("category", ""))
        if category is None:
            errors.append((row, "category", _("No spending category has this code.")))
        day = _date(values.get("date", ""), "date", errors, row)
        amount = _decimal(values.get("amount", ""), "amount", errors, row)
        plan_line = None
        if values.get("plan_line"):
            plan_line = plan_lines.get(values["plan_line"].split(".")[0])
            if plan_line is None:
                errors.append((row, "plan_line", _("No plan line of this school's year has this number.")))
        if errors:
            return None
        return Expenditure(allocation=allocation, date=day, amount=amount, category=category, plan_line=plan_line,
                           description=values.get("description", ""), payee=values.get("payee", ""),
                           receipt_number=values.get("receipt_number", ""))

    return _run(rows, build, lambda e: services.save_expenditure(user, e), dry_run)
