"""Budget against actual, read from the same rows at every level. The stable query API.

Other apps (reports, dashboards) call only these functions; their signatures and the keys of
the rows they return only ever grow.

    school_year_figures(school, fiscal_year) -> dict
        allocated, received, planned, spent, balance, unspent_received, spend_rate (0–100 Decimal
        or None), as_of (datetime or None), by_category [{category_id, code, name, planned, spent}]

    spending_summary(fiscal_year, group_by="province", user=None, province=None, agency=None, provinces=None)
        -> Summary
        group_by: "province" | "agency" | "school" | "category"
        Summary.rows: list of dicts, each with key, code, name, schools, allocated, received, spent,
        balance, spend_rate, not_reported (schools with an allocation that have not submitted the
        latest due month), and for "school" rows also province_code, agency_id, reported.
        For "category": key, code, name, planned, spent, share (percent of all spending).
        Summary.totals: the same figures for all rows together; Summary.as_of: the newest rollup time;
        Summary.due_month: the month whose report is expected (None before the year's first month ends).

    get_fiscal_year(value) -> FiscalYear; fiscal_years() -> newest first; current_fiscal_year() -> FiscalYear or None
    monthly_spending(fiscal_year, province=None, agency=None, school=None, provinces=None)
        -> {first day of month: amount}
    dashboard_figures(fiscal_year, level, owner=None, provinces=None) -> {"totals", "groups", "categories", "not_reported",
        "monthly", "as_of", "due_month"}: everything a dashboard shows of spending, from the rollups
        (see grants.dashboard_figures)
    expenditure_listing(fiscal_year) -> (count, iterator of tuples in LISTING_FIELDS order)
    completeness(fiscal_year, group_by="nation", province=None, agency=None, provinces=None) -> Completeness
        group_by: "nation" | "province" | "agency"; rows and totals with expected, submitted, on_time,
        submitted_rate, on_time_rate (percent, 0–100 Decimal or None); last_month, due_day
    spending_flags(fiscal_year, province=None, agency=None, schools=None, provinces=None) -> [{school_id, code, name, spent,
        received, over_received, lines_over, over_plan}]: schools past their transfers or a plan line
    school_year_records(school, fiscal_year) -> {"expenditures", "transfers", "periods"}
    plan_line_figures(school, fiscal_year, month=None) -> [{plan_line_id, activity, category, planned, spent,
        in_month, left, over}]: each plan line beside its spending in the year and the month

`provinces` (province codes, e.g. a province group's; None for all) narrows any of them to those
provinces.

Totals come from Allocation, Transfer, PlanLine and the rollups (SpendingRollup, MonthlyRollup, PlanLineRollup, kept current in
the same transaction as every expenditure write), so a national summary reads a few thousand rows, not
the expenditures. `user` is accepted for symmetry with the API: any signed-in user may read every
school's spending (transparency).
"""

import datetime
from dataclasses import dataclass, field
from decimal import Decimal

from django.db import connection
from django.db.models import Count, Max, Sum
from django.db.models.functions import TruncMonth
from django.utils import timezone
from django.utils.translation import get_language

from grants.models import (
    LOCKED_STATUSES,
    Allocation,
    Category,
    Expenditure,
    FiscalYear,
    MonthlyRollup,
    Period,
    PeriodStatus,
    PeriodStep,
    PlanLine,
    SpendingRollup,
    Transfer,
    _add_months,
)
from provinces.models import Province
from sandbox.collation import thai_key
from schools.models import Agency, PilotSchool

ZERO = Decimal("0.00")
GROUPS = ("province", "agency", "school", "category")
REPORTED_STATUSES = LOCKED_STATUSES


def spend_rate(spent, allocated):
    if not allocated:
        return None
    return (Decimal(spent) * 100 / Decimal(allocated)).quantize(Decimal("0.1"))


def get_fiscal_year(value):
    """The FiscalYear named by its BE number (raises FiscalYear.DoesNotExist, ValueError, TypeError)."""
    if isinstance(value, FiscalYear):
        return value
    return FiscalYear.objects.get(year=int(value))


def fiscal_years():
    return FiscalYear.objects.order_by("-year")


def current_fiscal_year():
    return FiscalYear.objects.current()


def due_month(fiscal_year, today=None):
    """The latest month of the fiscal year that has ended (its report is due), or None."""
    today = today or timezone.localdate()
    last = None
    for month in fiscal_year.months():
        if _add_months(month, 1) <= today:
            last = month
    return last


def school_year_figures(school, fiscal_year):
    year = get_fiscal_year(fiscal_year)
    school_id = getattr(school, "pk", school)
    allocated = Allocation.objects.filter(school_id=school_id, fiscal_year=year).aggregate(s=Sum("amount"))["s"]
    received = Transfer.objects.filter(school_id=school_id, fiscal_year=year).aggregate(s=Sum("amount"))["s"]
    planned_rows = (PlanLine.objects.filter(school_id=school_id, fiscal_year=year)
                    .values("category_id").annotate(s=Sum("planned_amount")))
    planned_by = {r["category_id"]: r["s"] for r in planned_rows}
    rollups = {r.category_id: r for r in SpendingRollup.objects.filter(school_id=school_id, fiscal_year=year)}
    categories = Category.objects.filter(pk__in=set(planned_by) | set(rollups)) if (planned_by or rollups) else []
    by_category = [
        {"category_id": c.pk, "code": c.code, "name": c.name, "planned": planned_by.get(c.pk, ZERO),
         "spent": rollups[c.pk].total if c.pk in rollups else ZERO}
        for c in categories
    ]
    allocated = allocated or ZERO
    spent = sum((r.total for r in rollups.values()), ZERO)
    received = received or ZERO
    return {
        "allocated": allocated,
        "received": received,
        "planned": sum(planned_by.values(), ZERO),
        "spent": spent,
        "balance": allocated - spent,
        "unspent_received": received - spent,
        "spend_rate": spend_rate(spent, allocated),
        "as_of": max((r.updated for r in rollups.values()), default=None),
        "by_category": by_category,
    }


@dataclass
class Summary:
    fiscal_year: int
    group_by: str
    rows: list = field(default_factory=list)
    totals: dict = field(default_factory=dict)
    as_of: datetime.datetime | None = None
    due_month: datetime.date | None = None


def _scope(queryset, prefix, province, agency, provinces=None):
    if provinces is not None:
        queryset = queryset.filter(**{f"{prefix}province__in": list(provinces)})
    if province is not None:
        queryset = queryset.filter(**{f"{prefix}province": getattr(province, "pk", province)})
    if agency is not None:
        queryset = queryset.filter(**{f"{prefix}agency": getattr(agency, "pk", agency)})
    return queryset


def _per_school(year, province, agency, provinces):
    """{school_id: figures} for every school with an allocation or spending in the year."""
    alloc = _scope(Allocation.objects.filter(fiscal_year=year).order_by(), "school__", province, agency, provinces)
    rows = {}

    def row(school_id):
        return rows.setdefault(school_id, {"allocated": ZERO, "received": ZERO, "spent": ZERO,
                                           "has_allocation": False})

    for r in alloc.values("school_id").annotate(s=Sum("amount")):
        row(r["school_id"]).update(allocated=r["s"], has_allocation=True)
    transfers = _scope(Transfer.objects.filter(fiscal_year=year).order_by(), "school__", province, agency, provinces)
    for r in transfers.values("school_id").annotate(s=Sum("amount")):
        row(r["school_id"])["received"] = r["s"]
    rollups = _scope(SpendingRollup.objects.filter(fiscal_year=year).order_by(), "school__", province, agency,
                     provinces)
    as_of = None
    for r in rollups.values("school_id").annotate(s=Sum("total"), at=Max("updated")):
        row(r["school_id"])["spent"] = r["s"]
        as_of = max(as_of, r["at"]) if as_of else r["at"]
    return rows, as_of


def _reported_schools(year, month, province, agency, provinces):
    if month is None:
        return None
    periods = _scope(Period.objects.filter(fiscal_year=year, month=month, status__in=REPORTED_STATUSES),
                     "school__", province, agency, provinces)
    return set(periods.values_list("school_id", flat=True))


def _figures(rows):
    allocated = sum((r["allocated"] for r in rows), ZERO)
    spent = sum((r["spent"] for r in rows), ZERO)
    return {
        "schools": len(rows),
        "allocated": allocated,
        "received": sum((r["received"] for r in rows), ZERO),
        "spent": spent,
        "balance": allocated - spent,
        "spend_rate": spend_rate(spent, allocated),
        "not_reported": sum(1 for r in rows if r.get("reported") is False),
    }


def spending_summary(fiscal_year, group_by="province", user=None, province=None, agency=None, today=None,
                     provinces=None):
    if group_by not in GROUPS:
        raise ValueError(f"group_by must be one of {GROUPS}")
    year = get_fiscal_year(fiscal_year)
    summary = Summary(fiscal_year=year.year, group_by=group_by, due_month=due_month(year, today))
    if group_by == "category":
        return _by_category(summary, year, province, agency, provinces)
    grouped = _grouped_in_database(year, group_by, province, agency, provinces, summary.due_month)
    if grouped is not None:
        summary.rows, summary.totals, summary.as_of = grouped["groups"], grouped["totals"], grouped["as_of"]
        return summary
    per_school, summary.as_of = _per_school(year, province, agency, provinces)
    reported = _reported_schools(year, summary.due_month, province, agency, provinces)
    # Plain tuples, not model instances: a national page touches every school.
    schools = _scope(PilotSchool.objects.all(), "", province, agency, provinces).values_list(
        "id", "province_id", "agency_id")
    groups = {}
    for school_id, province_id, agency_id in schools:
        figures = per_school.get(school_id)
        if figures is None:
            continue
        figures["reported"] = None if reported is None or not figures["has_allocation"] else school_id in reported
        owner = {"province": province_id, "agency": agency_id, "school": school_id}[group_by]
        groups.setdefault(owner, []).append(figures)
    for owner, fields in _owners(group_by, groups, province, agency, provinces).items():
        members = groups[owner]
        row = {"key": owner, **fields, **_figures(members)}
        if group_by == "school":
            row["reported"] = members[0]["reported"]
        summary.rows.append(row)
    summary.rows.sort(key=lambda r: (thai_key(r["name"]), str(r["key"])))
    summary.totals = _figures(list(per_school.values()))
    return summary


def _grouped_in_database(year, group_by, province, agency, provinces, due):
    """Provinces of the nation (or of a group), or the offices of one province: the dashboards' grouped
    reading of the rollups (grants.dashboard_figures), the same figures as the per-school path below
    without a dictionary per school. None for the other shapes."""
    from grants.dashboard_figures import compute

    if agency is not None:
        return None
    if group_by == "province":
        within = provinces
        if province is not None:
            code = getattr(province, "pk", province)
            within = [code] if within is None or code in within else []
        return compute(year, "nation", None, due, _name, within, groups_only=True)
    if group_by == "agency" and province is not None:
        return compute(year, "province", province, due, _name, provinces, groups_only=True)
    return None


def _name(th, en):
    return en if (get_language() or "th").startswith("en") and en else th


def _owners(group_by, groups, province, agency, provinces):
    """{key: {"code", "name", ...}} for the groups' provinces, agencies or schools."""
    if not groups:
        return {}
    if group_by == "province":
        rows = Province.objects.filter(pk__in=groups).values_list("code", "code", "name_th", "name_en")
        return {key: {"code": code, "name": _name(th, en)} for key, code, th, en in rows}
    if group_by == "agency":
        rows = Agency.objects.filter(pk__in=groups).values_list("id", "code", "name_th", "name_en")
        return {key: {"code": code, "name": _name(th, en)} for key, code, th, en in rows}
    # The scope, not a list of thousands of ids, selects the schools; those without figures are skipped.
    rows = _scope(PilotSchool.objects.all(), "", province, agency, provinces).values_list(
        "id", "code", "name_th", "name_en", "province_id", "agency_id", "province__name_th", "province__name_en",
        "agency__name_th", "agency__name_en")
    return {key: {"code": code, "name": _name(th, en), "province_code": province_id, "agency_id": agency_id,
                  "province_name": _name(pth, pen), "agency_name": _name(ath, aen)}
            for key, code, th, en, province_id, agency_id, pth, pen, ath, aen in rows if key in groups}


def _by_category(summary, year, province, agency, provinces):
    spent = {r["category_id"]: (r["s"], r["at"]) for r in
             _scope(SpendingRollup.objects.filter(fiscal_year=year), "school__", province, agency, provinces)
             .values("category_id").annotate(s=Sum("total"), at=Max("updated"))}
    planned = {r["category_id"]: r["s"] for r in
               _scope(PlanLine.objects.filter(fiscal_year=year), "school__", province,
                      agency, provinces).values("category_id").annotate(s=Sum("planned_amount"))}
    total_spent = sum((s for s, _at in spent.values()), ZERO)
    for category in Category.objects.filter(pk__in=set(spent) | set(planned)):
        amount = spent.get(category.pk, (ZERO, None))[0]
        summary.rows.append({
            "key": category.pk, "code": category.code, "name": category.name,
            "planned": planned.get(category.pk, ZERO), "spent": amount,
            "share": spend_rate(amount, total_spent),
        })
    summary.as_of = max((at for _s, at in spent.values() if at), default=None)
    summary.totals = {"planned": sum(planned.values(), ZERO), "spent": total_spent}
    return summary


def monthly_spending(fiscal_year, province=None, agency=None, school=None, provinces=None):
    """{first day of month: amount} for the fiscal year and scope, from the monthly rollup (one
    school's months from its own rows, which its index keeps together)."""
    year = get_fiscal_year(fiscal_year)
    if school is not None:
        rows = Expenditure.objects.filter(fiscal_year=year, school=getattr(school, "pk", school))
        totals = rows.annotate(month=TruncMonth("date")).values("month").annotate(total=Sum("amount")).order_by()
        return {_as_date(r["month"]): r["total"] for r in totals}
    rows = MonthlyRollup.objects.filter(fiscal_year=year)
    if provinces is not None:
        rows = rows.filter(province__in=list(provinces))
    if province is not None:
        rows = rows.filter(province=getattr(province, "pk", province))
    if agency is not None:
        rows = rows.filter(agency=getattr(agency, "pk", agency))
    totals = rows.values("month").annotate(total=Sum("total")).order_by()
    return {r["month"]: r["total"] for r in totals if r["total"]}


def _as_date(value):
    return value.date() if isinstance(value, datetime.datetime) else value


LISTING_FIELDS = ("date", "school__province__name_th", "school__agency__name_th", "school__code", "school__name_th",
                  "category__name_th", "description", "payee", "receipt_number", "amount")


def expenditure_listing(fiscal_year, chunk_size=5000):
    """(number of rows, an iterator of plain tuples in LISTING_FIELDS order), read in chunks so that a
    national listing never holds every row in memory."""
    rows = Expenditure.objects.filter(fiscal_year=get_fiscal_year(fiscal_year))
    ordered = rows.order_by("school__province__name_th", "school__code", "date", "pk").values_list(*LISTING_FIELDS)
    return rows.count(), ordered.iterator(chunk_size=chunk_size)


def school_year_records(school, fiscal_year):
    """A school's expenditures, transfers and monthly periods of the year, in date order."""
    year = get_fiscal_year(fiscal_year)
    return {
        "expenditures": list(Expenditure.objects.filter(school=school, fiscal_year=year).select_related("category")
                             .order_by("date", "pk")),
        "transfers": list(Transfer.objects.filter(school=school, fiscal_year=year)
                          .order_by("date", "installment")),
        "periods": list(Period.objects.filter(school=school, fiscal_year=year).order_by("month")),
    }


def verifying_supervisor(school, fiscal_year):
    """The person who last verified one of the school's months of the year (a printed statement's
    second signature), or None."""
    step = (PeriodStep.objects.filter(period__school=school, period__fiscal_year=get_fiscal_year(fiscal_year),
                                      to_status=PeriodStatus.VERIFIED)
            .select_related("user").order_by("-created", "-pk").first())
    return step.user if step else None


def dashboard_figures(fiscal_year, level="nation", owner=None, today=None, provinces=None):
    from grants.dashboard_figures import compute

    year = get_fiscal_year(fiscal_year)
    return compute(year, level, owner, due_month(year, today), _name, provinces)


# --- completeness and timeliness -----------------------------------------------------------------

COMPLETENESS_GROUPS = ("nation", "province", "agency")


@dataclass
class Completeness:
    """Share of expected school-months submitted, and submitted on time, per group (DHIS2's reporting
    rates). Expected: each school with an allocation in the year, each month from the later of the
    year's start and the school's joining up to `last_month`, the latest month whose due day has passed.
    Submitted: the period stands submitted or further up the chain now (a returned month is not).
    On time: submitted, and its first submission came on or before the due day of the next month."""

    fiscal_year: int
    group_by: str
    due_day: int
    last_month: datetime.date | None
    rows: list = field(default_factory=list)
    totals: dict = field(default_factory=dict)


def last_expected_month(fiscal_year, today=None):
    """The latest month of the year whose report due day has passed, or None."""
    today = today or timezone.localdate()
    passed = [m for m in fiscal_year.months() if fiscal_year.due_date(m) < today]
    return passed[-1] if passed else None


def completeness(fiscal_year, group_by="nation", province=None, agency=None, today=None, provinces=None):
    """Completeness per province, agency or for the nation (one row), read in one query."""
    if group_by not in COMPLETENESS_GROUPS:
        raise ValueError(f"group_by must be one of {COMPLETENESS_GROUPS}")
    year = get_fiscal_year(fiscal_year)
    last = last_expected_month(year, today)
    result = Completeness(fiscal_year=year.year, group_by=group_by, due_day=year.due_day, last_month=last)
    if last is not None:
        result.rows = _completeness_rows(year, last, group_by, province, agency, provinces)
    result.totals = _rates({"expected": sum(r["expected"] for r in result.rows),
                            "submitted": sum(r["submitted"] for r in result.rows),
                            "on_time": sum(r["on_time"] for r in result.rows)})
    return result


COMPLETENESS_GROUP_SQL = {
    "nation": ("NULL", "NULL", "NULL", "NULL", ""),
    "province": ("g.code", "g.code", "g.name_th", "g.name_en",
                 "JOIN provinces_province g ON g.code = e.province_id"),
    "agency": ("g.id", "g.code", "g.name_th", "g.name_en", "JOIN schools_agency g ON g.id = e.agency_id"),
}

COMPLETENESS_SQL = """
    WITH funded AS (
        SELECT s.id, s.province_id, s.agency_id,
               greatest(%(start)s::date, date_trunc('month', min(j.date))::date) AS first_month
        FROM schools_pilotschool s
        LEFT JOIN schools_membershipevent j ON j.school_id = s.id AND j.kind = 'joined'
        WHERE EXISTS (SELECT 1 FROM grants_allocation a WHERE a.school_id = s.id AND a.fiscal_year_id = %(year)s)
          {scope}
        GROUP BY s.id
    ), expected AS (
        -- months from the school's first month to the last one due, counted, not generated
        SELECT f.id AS school_id, f.province_id, f.agency_id, f.first_month,
               greatest(0, (extract(year FROM %(last)s::date) * 12 + extract(month FROM %(last)s::date))
                           - (extract(year FROM f.first_month) * 12 + extract(month FROM f.first_month)) + 1
               )::int AS months
        FROM funded f
    ), months AS (
        -- the months due so far, each with its deadline (the moment its due day ends), passed in: no time zone
        -- arithmetic per row
        SELECT * FROM unnest(%(months)s::date[], %(deadlines)s::timestamptz[]) AS d(month, deadline)
    ), sent AS (
        -- one row per school: its months due that stand submitted, and those first submitted before the deadline;
        -- read from the period index alone, without joining each period to its school's first month ...
        SELECT p.school_id, count(*) AS submitted, count(*) FILTER (WHERE p.first_submitted_at < d.deadline) AS on_time
        FROM grants_period p JOIN months d ON d.month = p.month
        WHERE p.fiscal_year_id = %(year)s AND p.status = ANY(%(reported)s)
        GROUP BY p.school_id
    ), before_joining AS (
        -- ... so the months a school sent before it joined (few schools join during a year) are taken off here
        SELECT p.school_id, count(*) AS submitted, count(*) FILTER (WHERE p.first_submitted_at < d.deadline) AS on_time
        FROM expected e
        JOIN grants_period p ON p.school_id = e.school_id AND p.fiscal_year_id = %(year)s AND p.month < e.first_month
        JOIN months d ON d.month = p.month
        WHERE e.first_month > %(start)s::date AND p.status = ANY(%(reported)s)
        GROUP BY p.school_id
    ), reported AS (
        SELECT sent.school_id, sent.submitted - coalesce(b.submitted, 0) AS submitted,
               sent.on_time - coalesce(b.on_time, 0) AS on_time
        FROM sent LEFT JOIN before_joining b ON b.school_id = sent.school_id
    )
    SELECT {key} AS key, {code} AS code, {name_th} AS name_th, {name_en} AS name_en,
           sum(e.months)::int AS expected,
           coalesce(sum(r.submitted), 0)::int AS submitted,
           coalesce(sum(r.on_time), 0)::int AS on_time
    FROM expected e
    LEFT JOIN reported r ON r.school_id = e.school_id
    {join}
    GROUP BY 1, 2, 3, 4
    HAVING sum(e.months) > 0
    ORDER BY 3
"""


def _completeness_rows(year, last, group_by, province, agency, provinces):
    key, code, name_th, name_en, join = COMPLETENESS_GROUP_SQL[group_by]
    months = [month for month in year.months() if month <= last]
    params = {"year": year.pk, "start": year.start, "last": last, "months": months,
              "deadlines": [_day_ends(year.due_date(month)) for month in months],
              "reported": sorted(str(s) for s in REPORTED_STATUSES)}
    scope = _school_scope(params, province, agency, provinces)
    sql = COMPLETENESS_SQL.format(scope=scope, key=key, code=code, name_th=name_th, name_en=name_en, join=join)
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        rows = cursor.fetchall()
    return [_rates({"key": k, "code": c, "name": _name(th, en) if th else "",
                    "expected": expected, "submitted": submitted, "on_time": on_time})
            for k, c, th, en, expected, submitted, on_time in rows]


def _day_ends(day):
    """The first moment after `day`, in the portal's time zone: a report sent before it is sent on that day."""
    return timezone.make_aware(datetime.datetime.combine(day + datetime.timedelta(days=1), datetime.time.min))


def _school_scope(params, province, agency, provinces):
    """SQL conditions on the school alias `s` for a scope, adding their values to params."""
    scope = ""
    if provinces is not None:
        scope += " AND s.province_id = ANY(%(provinces)s)"
        params["provinces"] = list(provinces)
    if province is not None:
        scope += " AND s.province_id = %(province)s"
        params["province"] = getattr(province, "pk", province)
    if agency is not None:
        scope += " AND s.agency_id = %(agency)s"
        params["agency"] = getattr(agency, "pk", agency)
    return scope


def _rates(row):
    row["submitted_rate"] = spend_rate(row["submitted"], row["expected"])
    row["on_time_rate"] = spend_rate(row["on_time"], row["expected"])
    return row


# --- warnings that matter for money ----------------------------------------------------------------

SPENDING_FLAGS_SQL = """
    -- a scope narrows every part: a supervisor's queue asks for a few schools, not the nation's
    -- 24,000 category totals; the nation's reads each whole year once
    WITH scoped AS (
        SELECT s.id, s.code, s.name_th, s.name_en FROM schools_pilotschool s WHERE true {scope}
    ), spent AS (
        SELECT r.school_id, sum(r.total) AS spent FROM grants_spendingrollup r
        WHERE r.fiscal_year_id = %(year)s {within} GROUP BY 1
    ), received AS (
        SELECT t.school_id, sum(t.amount) AS received FROM grants_transfer t
        WHERE t.fiscal_year_id = %(year)s {within_t} GROUP BY 1
    ), lines AS (
        -- what each line of the year has spent against its plan, both in the plan-line rollup
        SELECT r.school_id, count(*) AS lines_over, sum(r.total - r.planned) AS over_plan
        FROM grants_planlinerollup r
        WHERE r.fiscal_year_id = %(year)s AND r.total > r.planned {within}
        GROUP BY 1
    )
    SELECT s.id, s.code, s.name_th, s.name_en, coalesce(sp.spent, 0), coalesce(rc.received, 0),
           coalesce(ln.lines_over, 0), coalesce(ln.over_plan, 0)
    FROM scoped s
    LEFT JOIN spent sp ON sp.school_id = s.id
    LEFT JOIN received rc ON rc.school_id = s.id
    LEFT JOIN lines ln ON ln.school_id = s.id
    WHERE coalesce(sp.spent, 0) > coalesce(rc.received, 0) OR ln.lines_over > 0
    ORDER BY s.code
"""


def spending_flags(fiscal_year, province=None, agency=None, schools=None, provinces=None):
    """Schools whose spending in the year passed the transfers received, or a plan line's planned amount
    (allowed: schools may advance money, but someone should look). One query.
    [{school_id, code, name, spent, received, over_received, lines_over, over_plan}]"""
    year = get_fiscal_year(fiscal_year)
    params = {"year": year.pk}
    scope = _school_scope(params, province, agency, provinces)
    if schools is not None:
        scope += " AND s.id = ANY(%(schools)s)"
        params["schools"] = [getattr(s, "pk", s) for s in schools]
    with connection.cursor() as cursor:
        within = "AND {}.school_id IN (SELECT id FROM scoped)" if scope else ""
        cursor.execute(SPENDING_FLAGS_SQL.format(scope=scope, within=within.format("r"), within_t=within.format("t")),
                       params)
        rows = cursor.fetchall()
    return [{"school_id": pk, "code": code, "name": _name(th, en), "spent": spent, "received": received,
             "over_received": max(spent - received, ZERO), "lines_over": lines_over, "over_plan": over_plan}
            for pk, code, th, en, spent, received, lines_over, over_plan in rows]


def plan_line_figures(school, fiscal_year, month=None):
    """Each plan line of a school's year beside what was spent on it in the year and, given a month (its
    first day), in that month; spending on no plan line comes last as a line of its own (plan_line_id
    None, planned None). Two queries.
    [{plan_line_id, activity, category, planned, spent, in_month, left, over}]"""
    year = get_fiscal_year(fiscal_year)
    school_id = getattr(school, "pk", school)
    rows = Expenditure.objects.filter(school_id=school_id, fiscal_year=year).order_by()
    spent = {r["plan_line_id"]: r["s"] for r in rows.values("plan_line_id").annotate(s=Sum("amount"))}
    in_month = {}
    if month is not None:
        month_rows = rows.filter(date__gte=month, date__lt=_add_months(month, 1))
        in_month = {r["plan_line_id"]: r["s"] for r in month_rows.values("plan_line_id").annotate(s=Sum("amount"))}
    lines = (PlanLine.objects.filter(school_id=school_id, fiscal_year=year)
             .select_related("category").order_by("pk"))
    result = []
    for line in lines:
        line_spent = spent.get(line.pk) or ZERO
        result.append({"plan_line_id": line.pk, "activity": line.activity, "category": line.category.name,
                       "planned": line.planned_amount, "spent": line_spent, "in_month": in_month.get(line.pk) or ZERO,
                       "left": line.planned_amount - line_spent, "over": line_spent > line.planned_amount})
    if spent.get(None) or in_month.get(None):
        result.append({"plan_line_id": None, "activity": "", "category": "", "planned": None,
                       "spent": spent.get(None) or ZERO, "in_month": in_month.get(None) or ZERO,
                       "left": None, "over": False})
    return result


def accepted_spending(fiscal_year, month=None):
    """Spending of the school-months SBN has accepted (open data publishes nothing else), per school,
    month and category: [{fiscal_year, month, province_code, agency_code, school_code, category_code,
    amount, expenditures, as_of, revised}]. `as_of` is when SBN last accepted the month; `revised` tells
    that it was reopened after an acceptance and accepted again. No payees, no receipts."""
    year = get_fiscal_year(fiscal_year)
    periods = Period.objects.filter(fiscal_year=year, status=PeriodStatus.ACCEPTED)
    if month is not None:
        periods = periods.filter(month=month)
    accepted = {(school_id, period_month): pk for pk, school_id, period_month in
                periods.values_list("pk", "school_id", "month")}
    if not accepted:
        return []
    steps = PeriodStep.objects.filter(period_id__in=list(accepted.values()))
    accepted_at = dict(steps.filter(to_status=PeriodStatus.ACCEPTED).values("period_id").annotate(
        at=Max("created")).values_list("period_id", "at"))
    reopened = set(steps.filter(action="reopen").values_list("period_id", flat=True))
    spending = Expenditure.objects.filter(fiscal_year=year)
    if month is not None:
        spending = spending.filter(date__gte=month, date__lt=_add_months(month, 1))
    grouped = (spending.order_by().annotate(month=TruncMonth("date"))
               .values("school_id", "month", "category__code", "school__code", "school__province_id",
                       "school__agency__code")
               .annotate(amount=Sum("amount"), expenditures=Count("pk")))
    rows = []
    for r in grouped:
        period = accepted.get((r["school_id"], r["month"]))
        if period is None:
            continue
        rows.append({"fiscal_year": year.year, "month": r["month"], "province_code": r["school__province_id"],
                     "agency_code": r["school__agency__code"], "school_code": r["school__code"],
                     "category_code": r["category__code"], "amount": r["amount"],
                     "expenditures": r["expenditures"], "as_of": accepted_at.get(period),
                     "revised": period in reopened})
    rows.sort(key=lambda r: (r["month"], r["province_code"], r["school_code"], r["category_code"]))
    return rows


def accepted_months():
    """{fiscal year B.E.: [first days of months]} that have at least one school-month SBN accepted."""
    # One probe of the (year, month) period index per month of each year: DISTINCT over every accepted
    # period read all of them (60 ms at 310,000 periods) for some hundred answers.
    with connection.cursor() as cursor:
        cursor.execute("""
            SELECT y.year, m::date FROM grants_fiscalyear y
            CROSS JOIN LATERAL generate_series(y.start, y."end", interval '1 month') m
            WHERE EXISTS (SELECT 1 FROM grants_period p WHERE p.fiscal_year_id = y.id AND p.month = m::date
                          AND p.status = %s)
            ORDER BY 1, 2""", [PeriodStatus.ACCEPTED.value])
        rows = cursor.fetchall()
    months = {}
    for year, month in rows:
        months.setdefault(year, []).append(month)
    return months
