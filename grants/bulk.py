"""Spending and allocations written a whole file at a time, under the guards of grants.services.

import_expenditures and import_allocations are the one way many rows come in: the upload pages
(grants.importers) and the API import endpoint call them. They refuse exactly what the one-row
services refuse, with the same messages, but set-based: one lock and one sum per allocation, the
checks made in Python against preloaded allocations, categories, plan lines and periods, the rows
written by COPY, one rollup statement per rollup table. The audit triggers still fire for every row.

Likely duplicates (the same receipt: school, receipt number, amount, date; grants.services' rule) are
found set-based, against the rows already saved and within the file; they are refused like any other
bad row unless the person confirms them (`confirm_duplicate`, as on the quick form and the API), and
listed in the report either way.

All or nothing: every row is checked, every error is reported as (row number, column, message),
and nothing is written when any row is wrong or it is a dry run.
"""

import datetime
import operator
from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import connection, models, transaction
from django.db.models import Sum
from django.utils import timezone
from django.utils.translation import gettext as _

from grants import services
from grants.models import Allocation, Category, Expenditure, FiscalYear, Period, PlanLine, Programme
from sandbox import money
from sandbox.access import allows
from sandbox.formatting import format_baht, format_date, format_month
from schools.models import PilotSchool

MAX_ROWS = 100_000
BATCH = 5000
# Resolved from preloaded rows, so the per-row check does not ask the database about them.
PRELOADED = ["allocation", "school", "province", "fiscal_year", "category", "plan_line"]
# Set by the import itself, the same for every row (a file carries no receipt files): nothing to check.
NOT_FROM_THE_FILE = ["id", "created", "updated", "row_version", "receipt", "receipt_token", "receipt_type"]


@dataclass
class ImportResult:
    rows: int = 0
    errors: list = field(default_factory=list)  # (row, column, message)
    imported: int = 0
    dry_run: bool = True
    duplicates: list = field(default_factory=list)  # (row, column, message): likely duplicates found
    confirm_duplicate: bool = False

    @property
    def ok(self):
        return not self.errors


def numbered(rows):
    """[(row number, {column: text})] from pairs as the file reader gives them, or from plain dicts
    (numbered from 1, as an API body lists them)."""
    result = []
    for index, row in enumerate(rows, start=1):
        number, values = row if isinstance(row, tuple) else (index, row)
        result.append((number, {str(k).lower(): "" if v is None else str(v).strip() for k, v in values.items()}))
        if len(result) > MAX_ROWS:
            raise ValidationError(_("A file may hold at most %(max)s rows.") % {"max": MAX_ROWS}, code="too_many_rows")
    return result


def collect(errors, row, exc):
    """A refusal as report lines: one per field, the column left empty for the row as a whole."""
    if isinstance(exc, PermissionDenied):
        errors.append((row, "", str(exc) or _("You do not have permission to do this.")))
    elif hasattr(exc, "error_dict"):
        for column, messages in exc.message_dict.items():
            errors.append((row, "" if column == "__all__" else column, " ".join(messages)))
    else:
        errors.append((row, "", " ".join(exc.messages)))


def parse_decimal(text, column, errors, row):
    """An amount cell, by the portal's one money rule (sandbox.money; "3,500" as people type it)."""
    try:
        return money.parse_cell(text)
    except ValidationError as exc:
        errors.append((row, column, exc.messages[0]))
        return None


def parse_date(text, column, errors, row):
    try:
        return datetime.date.fromisoformat(text[:10])
    except ValueError:
        errors.append((row, column, _("Write the date as YYYY-MM-DD (Gregorian): “%(value)s”.") % {"value": text}))
        return None


# --- expenditures ---------------------------------------------------------------------------------

def import_expenditures(user, rows, dry_run=True, school=None, fiscal_year=None, confirm_duplicate=False):
    """Spending rows; returns an ImportResult.

    For one school's year (the upload page) pass `school` and `fiscal_year`; otherwise each row names
    its `school_code` and `fiscal_year` (B.E.). `programme` may be left empty when the school has one
    allocation that year. Other columns: date, amount, category, description, payee, receipt_number,
    plan_line (its id). Likely duplicates are refused unless `confirm_duplicate`.
    """
    rows = numbered(rows)
    result = ImportResult(rows=len(rows), dry_run=dry_run, confirm_duplicate=confirm_duplicate)
    with transaction.atomic():
        allocations = _allocations_for(rows, school, fiscal_year)
        categories = {c.code: c for c in Category.objects.all()}
        plan_lines = {str(p.pk): p for p in PlanLine.objects.filter(allocation__in=list(allocations.values()))}
        built = []
        for number, values in rows:
            errors = []
            instance = _build_expenditure(values, errors, number, allocations, categories, plan_lines, school,
                                          fiscal_year)
            result.errors.extend(errors)
            if instance is not None:
                built.append((number, instance))
        locked = services._lock_allocations(*{e.allocation_id for _n, e in built})
        checked = _check_expenditures(user, built, locked, result)
        result.errors.sort(key=lambda e: e[0])
        if result.errors or dry_run:
            transaction.set_rollback(True)
            return result
        _copy_expenditures(checked)
        services.add_to_rollups(_rollup_changes(checked))
        result.imported = len(checked)
    return result


def _allocations_for(rows, school, fiscal_year):
    """{(school code, fiscal year B.E., programme code): Allocation} for the schools and years the rows name."""
    queryset = Allocation.objects.select_related("programme", "fiscal_year", "school")
    if school is not None:
        queryset = queryset.filter(school=school, fiscal_year=fiscal_year)
    else:
        codes = {v.get("school_code", "") for _n, v in rows}
        years = {_year_number(v.get("fiscal_year", "")) for _n, v in rows}
        queryset = queryset.filter(school__code__in=codes, fiscal_year__year__in=years - {None})
    return {(a.school.code, a.fiscal_year.year, a.programme.code): a for a in queryset}


def _year_number(text):
    try:
        return int(text.split(".")[0])
    except ValueError:
        return None


def _build_expenditure(values, errors, row, allocations, categories, plan_lines, school, fiscal_year):
    code = school.code if school is not None else values.get("school_code", "")
    year = fiscal_year.year if fiscal_year is not None else _year_number(values.get("fiscal_year", ""))
    programme = values.get("programme", "")
    if programme:
        allocation = allocations.get((code, year, programme))
    else:
        candidates = [a for (c, y, _p), a in allocations.items() if c == code and y == year]
        allocation = candidates[0] if len(candidates) == 1 else None
    if allocation is None:
        errors.append((row, "programme", _("The school has no allocation for this programme in %(year)s.") % {
            "year": year if year is not None else values.get("fiscal_year", "")}))
    category = categories.get(values.get("category", ""))
    if category is None:
        errors.append((row, "category", _("No spending category has this code.")))
    day = parse_date(values.get("date", ""), "date", errors, row)
    amount = parse_decimal(values.get("amount", ""), "amount", errors, row)
    plan_line = None
    if values.get("plan_line"):
        plan_line = plan_lines.get(values["plan_line"].split(".")[0])
        if plan_line is None:
            errors.append((row, "plan_line", _("No plan line of this school's year has this number.")))
    if errors:
        return None
    return _new_expenditure(allocation, category, plan_line, date=day, amount=amount,
                            description=values.get("description", ""), payee=values.get("payee", ""),
                            receipt_number=values.get("receipt_number", ""))


def _new_expenditure(allocation, category, plan_line, **values):
    """Expenditure(...) with every field given in order: keyword arguments and the defaults of the
    fields not given were a third of the time of checking a 50,000-row file. The preloaded related
    rows are cached on the instance as the keyword path would cache them."""
    values.update(allocation_id=allocation.pk, school_id=allocation.school_id, fiscal_year_id=allocation.fiscal_year_id,
                  province_id=allocation.school.province_id, category_id=category.pk,
                  plan_line_id=plan_line.pk if plan_line else None)
    instance = Expenditure(*[values[name] if name in values else default for name, default in _FIELD_DEFAULTS])
    meta = Expenditure._meta
    for name, related in (("allocation", allocation), ("category", category), ("plan_line", plan_line),
                          ("school", allocation.school), ("fiscal_year", allocation.fiscal_year)):
        meta.get_field(name).set_cached_value(instance, related)
    return instance


# (attname, default) of every concrete field, in the order Expenditure(*args) takes them.
_FIELD_DEFAULTS = [(f.attname, None if f.primary_key else f.get_default()) for f in Expenditure._meta.concrete_fields]


def _check_expenditures(user, built, locked, result):
    """The rows that pass every guard of services.save_expenditure, in the same order of checks: the
    row itself, permission, the year open, the period open, a likely duplicate, then the allocation
    ceiling counted across the earlier good rows of the file and the rows already saved."""
    errors = result.errors
    spent = _spent_by_allocation(locked)
    periods = _periods_for(locked.values())
    saved = _saved_receipts(instance for _n, instance in built)
    in_file = {}  # receipt key -> row number of its first good row
    permitted = {}
    good = []
    for number, instance in built:
        allocation = locked[instance.allocation_id]  # the locked row: its amount is current
        invalid = _invalid(instance)
        if invalid is not None:
            collect(errors, number, invalid)
            continue
        if allocation.pk not in permitted:
            permitted[allocation.pk] = allows(user, "add", instance)
        refusal = _refusal(instance, allocation, permitted[allocation.pk], periods)
        if refusal is None:
            refusal = _duplicate(number, instance, saved, in_file, result)
        if refusal is None:
            refusal = _over_allocation(instance, allocation, spent)
        if refusal is not None:
            collect(errors, number, refusal)
            continue
        spent[allocation.pk] += instance.amount
        in_file.setdefault(receipt_key(instance), number)
        good.append(instance)
    return good


def _invalid(instance, exclude=PRELOADED + NOT_FROM_THE_FILE):
    """Model.full_clean's field and row checks with their messages merged as it merges them, without
    its per-row database lookups of the foreign keys resolved above."""
    errors = {}
    for check in (lambda: instance.clean_fields(exclude=exclude), instance.clean):
        try:
            check()
        except ValidationError as exc:
            errors = exc.update_error_dict(errors)
    return ValidationError(errors) if errors else None


def _refusal(instance, allocation, permitted, periods):
    if not permitted:
        return PermissionDenied(_("You do not have permission to do this."))
    if not allocation.fiscal_year.is_open:
        return ValidationError(_("Fiscal year %(year)s is closed.") % {"year": allocation.fiscal_year.year},
                               code="year_closed")
    period = periods.get((instance.school_id, instance.fiscal_year_id, instance.date.replace(day=1)))
    if period is not None and period.is_locked:
        return services.PeriodLocked(
            _("The period %(month)s is %(status)s and locked; ask for it to be reopened first.") % {
                "month": format_month(instance.date), "status": period.get_status_display().lower()})
    return None


def _over_allocation(instance, allocation, spent):
    before = spent[allocation.pk]
    if before + instance.amount > allocation.amount:
        return services.OverAllocation(
            _("This would bring spending to %(total)s baht, over the allocation of %(allocation)s baht "
              "(%(left)s baht left).") % {
                "total": format_baht(before + instance.amount), "allocation": format_baht(allocation.amount),
                "left": format_baht(allocation.amount - before)})
    return None


# --- likely duplicates ------------------------------------------------------------------------------

def receipt_key(instance):
    """What grants.services.likely_duplicates compares: the school, the receipt number (trimmed, any
    case), the amount and the date; None for a row without a receipt number (nothing to match on)."""
    number = (instance.receipt_number or "").strip()
    if not number or instance.amount is None or instance.date is None:
        return None
    return instance.school_id, number.upper(), instance.amount, instance.date


def _saved_receipts(instances):
    """{receipt key: (id, receipt number)} of the saved rows (the lowest id of each) that the file's rows
    match: one read of the schools' rows on the file's dates that carry a receipt number."""
    keys = {key for key in map(receipt_key, instances) if key is not None}
    if not keys:
        return {}
    rows = (Expenditure.objects.filter(school_id__in={k[0] for k in keys}, date__in={k[3] for k in keys})
            .exclude(receipt_number="").order_by("-pk")
            .values_list("pk", "school_id", "receipt_number", "amount", "date"))
    saved = {}
    for pk, school_id, number, amount, day in rows.iterator(chunk_size=BATCH):
        key = (school_id, number.upper(), amount, day)
        if key in keys:
            saved[key] = (pk, number)  # read newest first: the oldest match is kept
    return saved


def _duplicate(number, instance, saved, in_file, result):
    """A refusal for a likely duplicate, or None: confirmed ones are listed in the report and let through."""
    key = receipt_key(instance)
    if key is None or (key not in saved and key not in in_file):
        return None
    values = {"number": instance.receipt_number.strip(), "amount": format_baht(instance.amount),
              "date": format_date(instance.date)}
    if key in saved:
        message = _("Receipt %(number)s for %(amount)s baht on %(date)s is already recorded (entry %(id)s).") % {
            **values, "number": saved[key][1], "id": saved[key][0]}
    else:
        message = _("Receipt %(number)s for %(amount)s baht on %(date)s is also in row %(row)s of this file.") % {
            **values, "row": in_file[key]}
    result.duplicates.append((number, "receipt_number", message))
    if result.confirm_duplicate:
        return None
    return ValidationError({"receipt_number": message}, code="likely_duplicate")


# --- writing ------------------------------------------------------------------------------------------

def _copy_expenditures(instances):
    """Write the checked rows with COPY, in the caller's transaction: PostgreSQL fires the row triggers
    for COPY as for INSERT, so the audit records every row. At 50,000 rows, building Django's INSERT
    (85 parameters a row) took longer than PostgreSQL took to store them; here each row is its fields'
    raw values, adapted by psycopg's C dumpers."""
    fields = [f for f in Expenditure._meta.concrete_fields if not f.primary_key]
    values_of = operator.itemgetter(*[f.attname for f in fields])
    now = timezone.now()
    stamped = [i for i, f in enumerate(fields) if getattr(f, "auto_now", False) or getattr(f, "auto_now_add", False)]
    files = [i for i, f in enumerate(fields) if isinstance(f, models.FileField)]
    columns = ", ".join(connection.ops.quote_name(f.column) for f in fields)
    statement = f"COPY {connection.ops.quote_name(Expenditure._meta.db_table)} ({columns}) FROM STDIN"
    with connection.cursor() as cursor:
        _audit_settings_defined(cursor)
        with cursor.copy(statement) as copy:
            for instance in instances:
                row = list(values_of(instance.__dict__))  # attnames, past the descriptors
                for i in stamped:
                    row[i] = now
                for i in files:
                    row[i] = getattr(row[i], "name", row[i]) or ""
                copy.write_row(row)


def _audit_settings_defined(cursor):
    """The audit trigger's per-row functions read session settings inside EXCEPTION blocks; each
    setting that is not set raises there and rolls back a subtransaction, row after row, which made
    the trigger cost about 1 ms a row, more as the file went on. So, once before the COPY:
    `pgtrigger.ignore` is defined as an empty list for this transaction (it ignores no trigger,
    exactly as undefined), and the statement is one pghistory puts its request context in front of
    (it skips SELECTs), so the rows' events carry the request's context, which COPY, outside
    Django's execute wrappers, would not give them."""
    cursor.execute("DO $$ BEGIN IF coalesce(current_setting('pgtrigger.ignore', true), '') = '' THEN "
                   "PERFORM set_config('pgtrigger.ignore', '{}', true); END IF; END $$")


def _rollup_changes(instances):
    """The rows summed per school, year, category, month and plan line: the rollups need no more."""
    totals = defaultdict(lambda: [Decimal(0), 0])
    for e in instances:
        total = totals[(e.school_id, e.fiscal_year_id, e.category_id, e.date.replace(day=1), e.plan_line_id)]
        total[0] += e.amount
        total[1] += 1
    return [(school, year, category, month, amount, count, line)
            for (school, year, category, month, line), (amount, count) in totals.items()]


def _spent_by_allocation(locked):
    """What each locked allocation has spent already: one grouped sum, taken under the locks."""
    spent = defaultdict(Decimal)
    rows = (Expenditure.objects.filter(allocation_id__in=list(locked)).order_by().values("allocation_id")
            .annotate(s=Sum("amount")))
    for r in rows:
        spent[r["allocation_id"]] = r["s"]
    return spent


def _periods_for(allocations):
    pairs = {(a.school_id, a.fiscal_year_id) for a in allocations}
    if not pairs:
        return {}
    periods = Period.objects.filter(school_id__in={s for s, _y in pairs}, fiscal_year_id__in={y for _s, y in pairs})
    return {(p.school_id, p.fiscal_year_id, p.month): p for p in periods}


# --- allocations ----------------------------------------------------------------------------------

def import_allocations(user, rows, dry_run=True):
    """Allocation rows (school_code, fiscal_year, programme, amount, note): a new allocation, or a new
    amount for an existing one, never below what the school has spent from it."""
    rows = numbered(rows)
    result = ImportResult(rows=len(rows), dry_run=dry_run)
    with transaction.atomic():
        schools = {s.code: s for s in PilotSchool.objects.filter(code__in={v.get("school_code") for _n, v in rows})}
        years = {str(y.year): y for y in FiscalYear.objects.all()}
        programmes = {p.code: p for p in Programme.objects.all()}
        named = {v.get("fiscal_year", "").split(".")[0] for _n, v in rows}
        existing = _existing_allocations(schools.values(), [y for key, y in years.items() if key in named])
        spent = _spent_by_allocation(existing)
        by_key = {(a.school_id, a.fiscal_year_id, a.programme_id): a for a in existing.values()}
        changed = {}
        for number, values in rows:
            errors = []
            school = schools.get(values.get("school_code", ""))
            year = years.get(values.get("fiscal_year", "").split(".")[0])
            programme = programmes.get(values.get("programme", ""))
            if school is None:
                errors.append((number, "school_code", _("No pilot school has this code.")))
            if year is None:
                errors.append((number, "fiscal_year", _("No such fiscal year.")))
            if programme is None:
                errors.append((number, "programme", _("No programme has this code.")))
            amount = parse_decimal(values.get("amount", ""), "amount", errors, number)
            if errors:
                result.errors.extend(errors)
                continue
            key = (school.pk, year.pk, programme.pk)
            allocation = by_key.get(key) or Allocation(school=school, fiscal_year=year, programme=programme)
            refusal = _allocation_refusal(user, allocation, amount, values, spent)
            if refusal is not None:
                collect(result.errors, number, refusal)
                continue
            by_key[key] = changed[key] = allocation
        if result.errors or dry_run:
            transaction.set_rollback(True)
            return result
        new = [a for a in changed.values() if a._state.adding]
        updated = [a for a in changed.values() if not a._state.adding]
        now = timezone.now()
        for allocation in updated:
            allocation.updated = now  # bulk_update does not apply auto_now
        Allocation.objects.bulk_create(new, batch_size=BATCH)
        Allocation.objects.bulk_update(updated, ["amount", "note", "updated"], batch_size=BATCH)
        result.imported = len(rows)
    return result


def _existing_allocations(schools, years):
    """{pk: Allocation} of these schools and years, locked in primary-key order."""
    queryset = (Allocation.objects.select_for_update(of=("self",))
                .filter(school__in=list(schools), fiscal_year__in=list(years)).order_by("pk"))
    return {a.pk: a for a in queryset}


def _allocation_refusal(user, allocation, amount, values, spent):
    """services.save_allocation's checks, in its order."""
    adding = allocation._state.adding
    if not adding:
        if not allows(user, "change", allocation):
            return PermissionDenied(_("You do not have permission to do this."))
        if amount < spent[allocation.pk]:
            return ValidationError({"amount": _("The school has already spent %(spent)s baht of this "
                                                "allocation.") % {"spent": format_baht(spent[allocation.pk])}})
    previous = (allocation.amount, allocation.note)
    allocation.amount = amount
    allocation.note = values.get("note", allocation.note)
    invalid = _invalid(allocation, exclude=["school", "fiscal_year", "programme"])
    if invalid is not None:
        allocation.amount, allocation.note = previous
        return invalid
    if not allows(user, "add" if adding else "change", allocation):
        allocation.amount, allocation.note = previous
        return PermissionDenied(_("You do not have permission to do this."))
    return None
