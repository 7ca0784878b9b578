"""Figures shared by the dashboards and the reports, read through grants.summaries (the rollups).

The one figure the rollups cannot give is spending per month (they are kept per school, year and
category), so the spend curve sums expenditures per month in the database: twelve rows come back.
"""

import datetime
from decimal import Decimal

from django.db.models import Sum
from django.db.models.functions import TruncMonth
from django.utils import timezone

from sandbox.formatting import format_month

ZERO = Decimal("0.00")


def month_label(day, language=None):
    return format_month(day, language, short_year=True)


def monthly_spending(year, province=None, agency=None, school=None):
    """{first day of month: amount} for the fiscal year and scope."""
    from grants.models import Expenditure

    rows = Expenditure.objects.filter(fiscal_year=year)
    if province is not None:
        rows = rows.filter(school__province=getattr(province, "pk", province))
    if agency is not None:
        rows = rows.filter(school__agency=getattr(agency, "pk", agency))
    if school is not None:
        rows = rows.filter(school=getattr(school, "pk", school))
    totals = rows.annotate(month=TruncMonth("date")).values("month").annotate(total=Sum("amount"))
    return {_as_date(r["month"]): r["total"] for r in totals}


def _as_date(value):
    return value.date() if isinstance(value, datetime.datetime) else value


def spend_curve(year, allocated, monthly, today=None):
    """Cumulative spend rate (%) at the end of each month against the straight line from 0 to 100.

    Returns (labels, actual, plan_points): the first point is the first day of the year (0 %);
    months that have not started yet are None, so the line stops at today; with nothing allocated
    there is no rate at all, only the plan.
    """
    today = today or timezone.localdate()
    months = year.months()
    labels = [""] + [month_label(m) for m in months]
    actual, running = [0.0 if allocated else None], ZERO
    for month in months:
        running += monthly.get(month, ZERO)
        started = month <= today
        actual.append(float(running * 100 / allocated) if started and allocated else None)
    plan = [round(100 * i / 12, 1) for i in range(13)]
    return labels, actual, plan


def expected_rate(year, today=None):
    """Where the straight line stands today (percent of the year elapsed)."""
    today = today or timezone.localdate()
    if today < year.start:
        return 0.0
    if today > year.end:
        return 100.0
    return round(100 * ((today - year.start).days + 1) / ((year.end - year.start).days + 1), 1)
