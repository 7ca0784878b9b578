"""The demo `make run` loads follows the day it is loaded on: the current fiscal year is live."""

import datetime

import pytest
from django.utils import timezone

from accounts import demo as account_demo
from grants import demo, summaries
from grants.models import FiscalYear, Period, PeriodStatus
from grants.reconcile import reconcile
from notifications.models import Notification
from sandbox.formatting import fiscal_year_of
from schools import demo as school_demo
from schools import demo_offices

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("today", [datetime.date(2026, 11, 30), datetime.date(2027, 7, 1)])
def test_the_current_year_has_spending_reports_waiting_and_late_schools(today, monkeypatch, settings,
                                                                        django_capture_on_commit_callbacks):
    monkeypatch.setattr(timezone, "localdate", lambda *args: today)
    # notices made here, at once, as the worker would make them
    settings.CELERY_TASK_ALWAYS_EAGER, settings.LINE_CHANNEL_TOKEN = True, ""
    settings.MAILERS = {"default": {"BACKEND": "django.core.mail.backends.locmem.EmailBackend"}}
    with django_capture_on_commit_callbacks(execute=True):  # as `make run` commits its seed
        demo_offices.seed()
        account_demo.seed()
        school_demo.seed()
        demo.seed()
    current = FiscalYear.objects.get(year=fiscal_year_of(today))
    assert sorted(FiscalYear.objects.values_list("year", flat=True)) == [current.year - 2, current.year - 1,
                                                                         current.year]
    ended = [m for m in current.months() if current.due_date(m).replace(day=1) <= today]
    periods = Period.objects.filter(fiscal_year=current)
    assert set(periods.values_list("month", flat=True)) == set(ended)
    assert periods.filter(status=PeriodStatus.SUBMITTED).exists()  # waiting for an office's verification
    assert periods.filter(status=PeriodStatus.VERIFIED).exists()
    figures = summaries.dashboard_figures(current, "nation", today=today)
    assert figures["totals"]["spent"] > 0 and figures["not_reported"]
    assert summaries.completeness(current, today=today).totals["on_time"] > 0  # sent on believable days
    earlier = Period.objects.filter(fiscal_year__year=current.year - 1)
    assert earlier.filter(status=PeriodStatus.VERIFIED).exists()
    # The bells ring for the current year's reports only: the earlier years are history, not news.
    told = {n.data.get("month") for n in Notification.objects.all()}
    assert told and all(datetime.date.fromisoformat(m) >= current.start for m in told)
    assert reconcile(repair=False) == []
