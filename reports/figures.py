"""Figures shared by the dashboards and the reports, drawn from grants.summaries."""

from decimal import Decimal

from django.utils import timezone

from sandbox.formatting import format_month

ZERO = Decimal("0.00")


def month_label(day, language=None):
    return format_month(day, language, short_year=True)


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
