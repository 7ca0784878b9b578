"""The spending figures of one dashboard, grouped in PostgreSQL from the rollups (no expenditure row
is read): spent per group, per category and per month come from one GROUPING SETS pass over
MonthlyRollup; allocations, transfers and the number of schools that have not reported from one pass
over the year's allocations; then the names (and, for the page, the list of those schools). Called
through grants.summaries.dashboard_figures.

Levels: "nation" groups by province, "province" (owner: a Province) by affiliation office, "agency"
(owner: an Agency) by school, whose spending comes from SpendingRollup. `provinces` (province codes, a
province group's) narrows any level to those provinces.
"""

from decimal import Decimal

from django.db import connection

from grants.models import LOCKED_STATUSES, Category
from provinces.models import Province
from sandbox.collation import thai_key
from schools.models import Agency, PilotSchool

ZERO = Decimal("0.00")
GROUP_COLUMN = {"nation": "province_id", "province": "agency_id", "agency": "id"}
SCOPE_COLUMN = {"nation": None, "province": "province_id", "agency": "agency_id"}


def compute(year, level, owner, due, name, provinces=None, groups_only=False):
    """groups_only: the groups and totals alone (the spending summary), without the categories, the months
    and the list of schools that have not reported, only their number per group."""
    scope = SCOPE_COLUMN[level]
    params = {"year": year.pk, "owner": getattr(owner, "pk", owner), "month": due,
              "reported": sorted(str(s) for s in LOCKED_STATUSES),
              "provinces": None if provinces is None else list(provinces)}
    spent, by_category, monthly, as_of = _rollup_pass(level, scope, params, groups_only)
    groups = _allocation_pass(level, scope, params)
    not_reported = _not_reported(scope, params, name) if due is not None and not groups_only else []
    rows = []
    for key, fields in _owners(level, set(groups) | set(spent), name).items():
        schools, allocated, received, late = groups.get(key, (0, ZERO, ZERO, 0))
        row = {"key": key, **fields, **_figures(schools, allocated, received, spent.get(key, ZERO), late)}
        if level == "agency":
            row["reported"] = None if due is None or key not in groups else not late
        rows.append(row)
    rows.sort(key=lambda r: (thai_key(r["name"]), str(r["key"])))
    totals = _figures(sum(g[0] for g in groups.values()), sum((g[1] for g in groups.values()), ZERO),
                      sum((g[2] for g in groups.values()), ZERO), sum(spent.values(), ZERO),
                      sum(g[3] for g in groups.values()))
    if groups_only:
        return {"as_of": as_of, "due_month": due, "totals": totals, "groups": rows}
    return {"as_of": as_of, "due_month": due, "totals": totals, "groups": rows,
            "categories": _categories(by_category, scope, params), "not_reported": not_reported,
            "monthly": monthly}


def _figures(schools, allocated, received, spent, not_reported):
    from grants.summaries import spend_rate

    return {"schools": schools, "allocated": allocated, "received": received, "spent": spent,
            "balance": allocated - spent, "spend_rate": spend_rate(spent, allocated), "not_reported": not_reported}


def _where(scope, alias, params):
    """The owner's rows and, when a province group is asked for, only its provinces' rows."""
    owner = f"AND {alias}.{scope} = %(owner)s" if scope else ""
    group = f"AND {alias}.province_id = ANY(%(provinces)s)" if params["provinces"] is not None else ""
    return f"{owner} {group}"


def _rollup_pass(level, scope, params, groups_only=False):
    """({group: spent}, {category_id: spent}, {month: spent}, newest update) in one read of the rollup; with
    groups_only, the groups and the newest update alone."""
    group = GROUP_COLUMN[level] if level != "agency" else None
    if groups_only and group:
        with connection.cursor() as cursor:
            cursor.execute(f"""
                SELECT {group}, sum(total), max(updated) FROM grants_monthlyrollup r
                WHERE fiscal_year_id = %(year)s {_where(scope, "r", params)} GROUP BY 1""", params)
            rows = cursor.fetchall()
        return {key: total for key, total, _ in rows}, {}, {}, max((u for _k, _t, u in rows), default=None)
    sets = f"({group}), (category_id), (month)" if group else "(category_id), (month)"
    sql = f"""
        SELECT {group or "NULL"}, category_id, month, sum(total), max(updated), GROUPING(category_id, month)
        FROM grants_monthlyrollup r
        WHERE fiscal_year_id = %(year)s {_where(scope, "r", params)}
        GROUP BY GROUPING SETS ({sets})"""
    spent, categories, monthly, as_of = {}, {}, {}, None
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        for key, category, month, total, updated, grouping in cursor.fetchall():
            if grouping == 3:
                spent[key] = total
            elif grouping == 1:
                categories[category] = total
                as_of = max(as_of, updated) if as_of else updated
            elif total:
                monthly[month] = total
        if group is None:  # an office's schools: per school from the per-school rollup
            cursor.execute("""
                SELECT r.school_id, sum(r.total) FROM grants_spendingrollup r
                JOIN schools_pilotschool s ON s.id = r.school_id
                WHERE r.fiscal_year_id = %(year)s AND s.agency_id = %(owner)s GROUP BY 1""", params)
            spent = dict(cursor.fetchall())
    return spent, categories, monthly, as_of


def _allocation_pass(level, scope, params):
    """{group: (schools with an allocation, allocated, received, of them not reported for the due month
    (0 when no month is due yet))}, per school first (no count of distinct schools); what each school received
    from the transfers' own (year, school) index."""
    where = _where(scope, "s", params).strip()
    within = f"AND {{0}}.school_id IN (SELECT s.id FROM schools_pilotschool s WHERE true {where})" if where else ""
    sql = f"""
        SELECT s.{GROUP_COLUMN[level]}, count(*), sum(x.allocated), coalesce(sum(r.received), 0),
               count(*) FILTER (WHERE pe.id IS NULL AND %(month)s::date IS NOT NULL)
        FROM (SELECT a.school_id, sum(a.amount) AS allocated FROM grants_allocation a
              WHERE a.fiscal_year_id = %(year)s {within.format("a")} GROUP BY 1) x
        JOIN schools_pilotschool s ON s.id = x.school_id
        LEFT JOIN (SELECT t.school_id, sum(t.amount) AS received FROM grants_transfer t
                   WHERE t.fiscal_year_id = %(year)s {within.format("t")} GROUP BY 1) r ON r.school_id = x.school_id
        LEFT JOIN grants_period pe ON pe.school_id = x.school_id AND pe.fiscal_year_id = %(year)s
             AND pe.month = %(month)s AND pe.status = ANY(%(reported)s)
        GROUP BY 1"""
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return {key: figures for key, *figures in cursor.fetchall()}


def _not_reported(scope, params, name):
    """Schools with an allocation in the year whose report for the due month is not in."""
    sql = f"""
        SELECT s.id, s.code, s.name_th, s.name_en, s.province_id, s.agency_id, p.name_th, p.name_en,
               g.name_th, g.name_en
        FROM schools_pilotschool s
        JOIN provinces_province p ON p.code = s.province_id
        JOIN schools_agency g ON g.id = s.agency_id
        WHERE EXISTS (SELECT 1 FROM grants_allocation a WHERE a.school_id = s.id AND a.fiscal_year_id = %(year)s)
          AND NOT EXISTS (SELECT 1 FROM grants_period pe WHERE pe.school_id = s.id
                          AND pe.fiscal_year_id = %(year)s AND pe.month = %(month)s
                          AND pe.status = ANY(%(reported)s))
          {_where(scope, "s", params)}"""
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        rows = [{"key": key, "code": code, "name": name(th, en), "province_code": province, "agency_id": agency,
                 "province_name": name(pth, pen), "agency_name": name(ath, aen), "reported": False}
                for key, code, th, en, province, agency, pth, pen, ath, aen in cursor.fetchall()]
    rows.sort(key=lambda r: (thai_key(r["name"]), str(r["key"])))
    return rows


def _categories(spent, scope, params):
    from grants.summaries import spend_rate

    where = _where(scope, "s", params).strip()  # the whole nation's lines need no school
    with connection.cursor() as cursor:
        cursor.execute(f"""
            SELECT l.category_id, sum(l.planned_amount) FROM grants_planline l
            {"JOIN schools_pilotschool s ON s.id = l.school_id" if where else ""}
            WHERE l.fiscal_year_id = %(year)s {where} GROUP BY 1""", params)
        planned = dict(cursor.fetchall())
    total = sum(spent.values(), ZERO)
    return [{"key": c.pk, "code": c.code, "name": c.name, "planned": planned.get(c.pk, ZERO),
             "spent": spent.get(c.pk, ZERO), "share": spend_rate(spent.get(c.pk, ZERO), total)}
            for c in Category.objects.filter(pk__in=set(spent) | set(planned))]


def _owners(level, keys, name):
    if not keys:
        return {}
    if level == "nation":
        rows = Province.objects.filter(pk__in=keys).values_list("code", "code", "name_th", "name_en")
    elif level == "province":
        rows = Agency.objects.filter(pk__in=keys).values_list("id", "code", "name_th", "name_en")
    else:
        rows = PilotSchool.objects.filter(pk__in=keys).values_list("id", "code", "name_th", "name_en")
    return {key: {"code": code, "name": name(th, en)} for key, code, th, en in rows}
