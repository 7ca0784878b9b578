import datetime

import pytest
from django.core import mail
from django.core.cache import cache

from reports import scheduled
from tests.factories import grant, user_with_role

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _settings(settings):
    settings.MAILERS = {"default": {"BACKEND": "django.core.mail.backends.locmem.EmailBackend"}}
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def fy2567(monkeypatch):
    from grants.models import FiscalYear

    monkeypatch.setattr(scheduled, "current_fiscal_year", lambda: FiscalYear.objects.get(year=2567))


def test_monthly_summary_goes_to_the_province_officers_only(world, grants, fy2567):
    from provinces.models import Province

    Province.objects.filter(pk__in=[world.own.province.pk, world.other.province.pk]).update(is_sandbox=True)
    other_officer = user_with_role("province_officer", world.other.province, username="satun_officer")
    sent = scheduled.send_province_summaries(today=datetime.date(2024, 10, 5))
    assert sent == 2
    by_recipient = {m.to[0]: m for m in mail.outbox}
    own = by_recipient[world.users["province_officer"].email]
    assert "บุรีรัมย์" in own.subject and "60,000.50" in own.body
    assert "40,000.50" in by_recipient[other_officer.email].body
    assert world.users["sbn_admin"].email not in by_recipient


def test_reminders_go_to_schools_that_have_not_reported_once_per_month(world, grants, fy2567, settings,
                                                                       django_capture_on_commit_callbacks):
    settings.CELERY_TASK_ALWAYS_EAGER = True  # reminders go through the notifications' mail tasks
    other_director = user_with_role("school_director", world.other.school, username="other_director")
    grant(world.users["school_staff"], "school_staff", world.other.school)  # staff of both schools
    with django_capture_on_commit_callbacks(execute=True):
        assert scheduled.remind_unreported_schools(today=datetime.date(2024, 10, 5)) == 1
    assert sorted(m.to[0] for m in mail.outbox) == sorted([other_director.email, world.users["school_staff"].email])
    message = mail.outbox[0]
    assert world.other.school.name_th in message.subject
    assert "2567" in message.subject
    # the school that submitted September is not reminded, and a second run reminds nobody again
    assert world.users["school_director"].email not in {m.to[0] for m in mail.outbox}
    assert scheduled.remind_unreported_schools(today=datetime.date(2024, 10, 5)) == 0
    assert len(mail.outbox) == 2


def test_beat_schedule_names_real_tasks():
    from django.conf import settings

    from sandbox.celery import app

    app.loader.import_default_modules()
    for name in ("reports-province-summaries", "reports-unreported-reminders"):
        assert settings.CELERY_BEAT_SCHEDULE[name]["task"] in app.tasks
