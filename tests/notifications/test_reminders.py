"""Reminders for overdue months go through the same machinery: inbox, email as chosen, LINE groups."""

import datetime

import pytest
from django.core import mail
from django.core.cache import cache

from grants.models import FiscalYear
from notifications.models import Email, Kind, LineGroup, Notification, Preference
from reports import scheduled
from tests.reports.data import make_grants

pytestmark = pytest.mark.django_db
TODAY = datetime.date(2024, 10, 5)  # September 2024 (FY 2567) is due


@pytest.fixture
def due(world, monkeypatch):
    make_grants(world, extra_schools=0)
    monkeypatch.setattr(scheduled, "current_fiscal_year", lambda: FiscalYear.objects.get(year=2567))
    cache.clear()
    yield
    cache.clear()


def test_an_overdue_month_is_told_to_the_school_in_the_inbox_by_mail_and_in_line(
        world, due, eager, line, after_commit):
    from tests.factories import user_with_role

    director = user_with_role("school_director", world.other.school, username="late_director")
    staff = user_with_role("school_staff", world.other.school, username="late_staff")
    Preference.objects.create(user=staff, kind=Kind.PERIOD_OVERDUE, email=Email.NONE)
    LineGroup.objects.create(agency=world.other.agency, group_id="C" + "9" * 32, kinds=["period.overdue"])
    LineGroup.objects.create(agency=world.own.agency, group_id="C" + "8" * 32, kinds=["period.overdue"])
    with after_commit():
        assert scheduled.remind_unreported_schools(today=TODAY) == 1

    told = Notification.objects.filter(kind=Kind.PERIOD_OVERDUE)
    assert {n.user for n in told} == {director, staff}
    assert told[0].url == f"/grants/school/{world.other.school.pk}/2567/"
    (message,) = mail.outbox
    assert message.to == [director.email]
    assert world.other.school.name_th in message.subject and "กันยายน 2567" in message.subject
    (push,) = line.requests
    assert push.json()["to"] == "C" + "9" * 32
    assert "กันยายน 2567" in push.json()["messages"][0]["text"]

    with after_commit():
        assert scheduled.remind_unreported_schools(today=TODAY) == 0  # once per school and month
    cache.clear()
    with after_commit():
        scheduled.remind_unreported_schools(today=TODAY)  # even if the cache forgot: no one twice
    assert told.count() == 2 and len(mail.outbox) == 1


def test_a_school_with_nobody_to_tell_is_reminded_once_someone_is_there(world, due, eager, after_commit):
    from tests.factories import user_with_role

    with after_commit():
        assert scheduled.remind_unreported_schools(today=TODAY) == 0
    user_with_role("school_director", world.other.school, username="new_director")
    with after_commit():
        assert scheduled.remind_unreported_schools(today=TODAY) == 1


def test_beat_runs_the_digest_the_mail_sweep_and_the_webhook_sweep():
    from django.conf import settings

    from sandbox.celery import app

    app.loader.import_default_modules()
    for name in ("notifications-daily-digest", "notifications-pending-email", "webhooks-sweep"):
        assert settings.CELERY_BEAT_SCHEDULE[name]["task"] in app.tasks
