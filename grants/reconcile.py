"""Totals equal their rows whatever wrote them: each rollup table is compared with the expenditures in
SQL, every difference is repaired and reported to SBN. The keys a row copies from its allocation or its
school (which the rollups and the lists group by) are checked first, the same way.

The services keep the rollups current in the same transaction as each row; this catches what went
around them (a shell's QuerySet.update(), a manual fix in psql, a restore gone wrong). It runs
nightly (beat) and on demand (`manage.py reconcile_rollups`).
"""

import logging
from dataclasses import dataclass

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import send_mail
from django.db import connection, transaction
from django.utils.translation import gettext as _

from sandbox.access import Role
from sandbox.formatting import format_baht

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class Rollup:
    table: str
    keys: tuple  # the rollup's key columns, in the order the truth query gives them
    truth: str  # SELECT of the keys, sum(amount) AS total, count(*) AS count from the expenditures


ROLLUPS = (
    Rollup("grants_spendingrollup", ("school_id", "fiscal_year_id", "category_id"), """
        SELECT e.school_id, e.fiscal_year_id, e.category_id, sum(e.amount) AS total, count(*) AS count
        FROM grants_expenditure e GROUP BY 1, 2, 3"""),
    Rollup("grants_monthlyrollup", ("province_id", "agency_id", "fiscal_year_id", "category_id", "month"), """
        SELECT s.province_id, s.agency_id, e.fiscal_year_id, e.category_id,
               date_trunc('month', e.date)::date AS month, sum(e.amount) AS total, count(*) AS count
        FROM grants_expenditure e JOIN schools_pilotschool s ON s.id = e.school_id GROUP BY 1, 2, 3, 4, 5"""),
    Rollup("grants_planlinerollup", ("fiscal_year_id", "school_id", "plan_line_id"), """
        SELECT e.fiscal_year_id, e.school_id, e.plan_line_id, sum(e.amount) AS total, count(*) AS count
        FROM grants_expenditure e WHERE e.plan_line_id IS NOT NULL GROUP BY 1, 2, 3"""),
)


@dataclass(frozen=True)
class Copied:
    table: str
    columns: tuple  # the row's copies, set from the source's columns of the same names
    source: str  # the table copied from, joined as `s`
    join: str


COPIES = (  # expenditures' school first: their province is read through it
    Copied("grants_expenditure", ("school_id", "fiscal_year_id"), "grants_allocation", "s.id = t.allocation_id"),
    Copied("grants_expenditure", ("province_id",), "schools_pilotschool", "s.id = t.school_id"),
    Copied("grants_transfer", ("school_id", "fiscal_year_id"), "grants_allocation", "s.id = t.allocation_id"),
    Copied("grants_planline", ("school_id", "fiscal_year_id"), "grants_allocation", "s.id = t.allocation_id"),
)


@dataclass(frozen=True)
class Difference:
    table: str
    key: dict
    rollup_total: object
    row_total: object
    rollup_count: int
    row_count: int

    def describe(self):
        return _("%(table)s %(key)s: the total was %(rollup)s baht over %(rollup_count)s row(s); the rows add up to "
                 "%(rows)s baht over %(row_count)s row(s).") % {
            "table": self.table, "key": self.key, "rollup": format_baht(self.rollup_total),
            "rows": format_baht(self.row_total),
            "rollup_count": self.rollup_count, "row_count": self.row_count}


@dataclass(frozen=True)
class CopyDifference:
    table: str
    columns: tuple
    source: str
    rows: int

    def describe(self):
        return _("%(table)s: %(rows)s row(s) carried another %(columns)s than their %(source)s.") % {
            "table": self.table, "rows": self.rows, "columns": ", ".join(self.columns), "source": self.source}


def _copies(cursor, copied, repair):
    """How many rows carry other copies than their source; with repair, set again."""
    mine = ", ".join(f"t.{c}" for c in copied.columns)
    theirs = ", ".join(f"s.{c}" for c in copied.columns)
    differ = f"ROW({mine}) IS DISTINCT FROM ROW({theirs})"
    if repair:
        columns = ", ".join(copied.columns)
        cursor.execute(f"UPDATE {copied.table} t SET ({columns}) = ROW({theirs}) FROM {copied.source} s "
                       f"WHERE {copied.join} AND {differ}")
        rows = cursor.rowcount
    else:
        cursor.execute(f"SELECT count(*) FROM {copied.table} t JOIN {copied.source} s ON {copied.join} WHERE {differ}")
        rows = cursor.fetchone()[0]
    return [CopyDifference(copied.table, copied.columns, copied.source, rows)] if rows else []


def _differences(cursor, rollup):
    keys = ", ".join(rollup.keys)
    cursor.execute(f"""
        WITH truth AS ({rollup.truth})
        SELECT {keys}, coalesce(r.total, 0), coalesce(t.total, 0), coalesce(r.count, 0), coalesce(t.count, 0)
        FROM truth t FULL OUTER JOIN {rollup.table} r USING ({keys})
        WHERE coalesce(r.total, 0) <> coalesce(t.total, 0) OR coalesce(r.count, 0) <> coalesce(t.count, 0)
        ORDER BY {keys}""")
    width = len(rollup.keys)
    return [Difference(rollup.table, dict(zip(rollup.keys, row[:width], strict=True)), *row[width:])
            for row in cursor.fetchall()]


def _repair(cursor, rollup):
    """Set each differing rollup row to its rows' sum; drop rollup rows that no expenditure backs."""
    keys = ", ".join(rollup.keys)
    match = " AND ".join(f"r.{k} = t.{k}" for k in rollup.keys)
    cursor.execute(f"""
        WITH truth AS ({rollup.truth})
        INSERT INTO {rollup.table} ({keys}, total, count, updated)
        SELECT {keys}, total, count, now() FROM truth t
        WHERE NOT EXISTS (SELECT 1 FROM {rollup.table} r WHERE {match} AND r.total = t.total AND r.count = t.count)
        ON CONFLICT ({keys}) DO UPDATE SET total = EXCLUDED.total, count = EXCLUDED.count, updated = now()""")
    cursor.execute(f"""
        WITH truth AS ({rollup.truth})
        DELETE FROM {rollup.table} r WHERE NOT EXISTS (SELECT 1 FROM truth t WHERE {match})""")


def _plans_to_rollup(cursor):
    """Each plan-line rollup row takes its line's planned amount (a trigger keeps it so; a repaired row, or a
    trigger skipped in a shell, is brought back here)."""
    cursor.execute("""
        UPDATE grants_planlinerollup r SET planned = l.planned_amount FROM grants_planline l
        WHERE l.id = r.plan_line_id AND r.planned IS DISTINCT FROM l.planned_amount""")
    if cursor.rowcount:
        logger.warning("%s plan-line total(s) had another planned amount than their line; set again", cursor.rowcount)


def reconcile(repair=True):
    """The differences found (before repair), and with repair=True the rollups made equal to the rows.

    The rollup tables are locked against writers for the check and the repair, so a write that
    commits meanwhile is neither missed nor counted twice (nightly, this is a moment's pause)."""
    found = []
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute("LOCK TABLE " + ", ".join(r.table for r in ROLLUPS) + " IN SHARE ROW EXCLUSIVE MODE")
        for copied in COPIES:
            found += _copies(cursor, copied, repair)
        for rollup in ROLLUPS:
            differences = _differences(cursor, rollup)
            if differences and repair:
                _repair(cursor, rollup)
            found += differences
        if repair:
            _plans_to_rollup(cursor)
    if found:
        logger.warning("rollups differed from their rows in %s place(s)%s", len(found),
                       "; repaired" if repair else "")
        if repair:
            transaction.on_commit(lambda: report_to_sbn(found))
    return found


def report_to_sbn(differences):
    """Mail the SBN administrators what was found and repaired."""
    admins = get_user_model().objects.filter(is_active=True, role_assignments__role=Role.SBN_ADMIN).exclude(
        email="").values_list("email", flat=True).distinct()
    if not admins:
        return 0
    lines = [d.describe() for d in differences[:200]]
    body = "\n".join([_("The nightly check found spending totals that did not equal their rows, and repaired them. "
                        "Something changed expenditures without the portal's services (a shell or a script): "
                        "please find out what."), "", *lines])
    return send_mail(_("Spending totals repaired: %(count)s difference(s)") % {"count": len(differences)}, body,
                     settings.DEFAULT_FROM_EMAIL, list(admins))
