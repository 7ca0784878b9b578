"""Overdue follow-up actions and KPI values at one's step show on the home page cards and the queue page
(constant query counts), and their events tell the right people, in Thai with Buddhist Era dates."""

import datetime

import pytest
from django.conf import settings
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from notifications.messages import describe
from notifications.models import Kind, Notification
from provinces import values as kpi_values
from provinces.models import SummaryCall
from sandbox import events
from supervision import services
from tests.factories import SchoolFactory, user_with_role
from tests.provinces.factories import value as make_value
from tests.supervision.factories import ActionFactory, VisitFactory

pytestmark = pytest.mark.django_db

PAST = datetime.date(2024, 10, 31)


def signed_in(user):
    client = Client()
    client.force_login(user)
    return client


def overdue_action(school, **fields):
    return ActionFactory(visit=VisitFactory(school=school), due_date=PAST, **fields)


def submitted_value(world):
    value = make_value(world.own.province)
    value.evidence_link = "https://example.go.th/evidence.pdf"
    value.save()
    return kpi_values.submit(world.users["province_officer"], value)


def told(kind):
    return {n.user.username for n in Notification.objects.filter(kind=kind).select_related("user")}


def test_home_cards_and_queue_page_show_overdue_actions(world):
    action = overdue_action(world.own.school)
    overdue_action(world.other.school)
    supervisor = signed_in(world.users["agency_supervisor"])
    home = supervisor.get("/").content.decode()
    assert "#overdue-actions" in home
    page = supervisor.get(reverse("grants:queue")).content.decode()
    assert action.get_absolute_url() in page and page.count("table-warning") >= 1
    assert 'id="overdue-actions"' in page


def test_queue_shows_kpi_values_to_sbn_but_not_to_their_submitter(world):
    value = submitted_value(world)
    sbn = signed_in(world.users["sbn_admin"]).get(reverse("grants:queue")).content.decode()
    assert value.get_absolute_url() in sbn and 'id="kpi-values"' in sbn
    officer = signed_in(world.users["province_officer"]).get(reverse("grants:queue")).content.decode()
    assert value.get_absolute_url() not in officer  # with SBN now: not the officer's step


def test_other_scope_and_anonymous_see_nothing(world):
    action = overdue_action(world.own.school)
    neighbour = user_with_role("agency_supervisor", world.other.agency, username="other_supervisor")
    page = signed_in(neighbour).get(reverse("grants:queue")).content.decode()
    assert action.get_absolute_url() not in page
    response = Client().get(reverse("grants:queue"))
    assert response.status_code == 302


def test_queue_page_queries_do_not_grow_with_rows(world):
    overdue_action(world.own.school)
    submitted_value(world)
    client = signed_in(world.users["sbn_admin"])
    with CaptureQueriesContext(connection) as few:
        assert client.get(reverse("grants:queue")).status_code == 200
    for _ in range(4):
        overdue_action(SchoolFactory(agency=world.own.agency))
        submitted_value(world)
    with CaptureQueriesContext(connection) as many:
        assert client.get(reverse("grants:queue")).status_code == 200
    assert len(many) == len(few)


def test_kpi_value_steps_tell_the_next_people(world, settings_eager, after_commit):
    second_sbn = user_with_role("sbn_admin", username="sbn_second")
    with after_commit():
        value = submitted_value(world)
    assert told(Kind.KPI_VALUE_SUBMITTED) == {"sbn_admin", "sbn_second"}
    with after_commit():
        kpi_values.return_value(world.users["sbn_admin"], value, "หลักฐานไม่ครบ")
    assert told(Kind.KPI_VALUE_RETURNED) == {"province_officer"}
    notice = Notification.objects.get(kind=Kind.KPI_VALUE_RETURNED)
    assert notice.url == value.get_absolute_url()
    assert any("หลักฐานไม่ครบ" in line for line in describe(notice).lines)
    value.refresh_from_db()
    with after_commit():
        value = kpi_values.submit(world.users["province_officer"], value)
        kpi_values.acknowledge(second_sbn, value)
    assert told(Kind.KPI_VALUE_ACKNOWLEDGED) == {"province_officer"}


def test_overdue_action_tells_its_owner_and_the_school_supervisors(world, settings_eager, after_commit):
    owner = world.users["school_director"]
    overdue_action(world.own.school, owner_user=owner)
    overdue_action(world.other.school)
    user_with_role("agency_supervisor", world.other.agency, username="other_supervisor")
    with after_commit():
        assert services.announce_overdue_actions(datetime.date(2024, 11, 5)) == 2
    assert told(Kind.FOLLOW_UP_ACTION_OVERDUE) == {"school_director", "agency_supervisor", "other_supervisor"}
    notice = Notification.objects.filter(kind=Kind.FOLLOW_UP_ACTION_OVERDUE, user=owner).get()
    assert "31 ต.ค. 2567" in describe(notice, language="th").title  # Buddhist Era


def test_outcome_summary_reminder_tells_the_missing_province(world, settings_eager, after_commit):
    call = SummaryCall.objects.create(year=2567, due_date=datetime.date(2024, 12, 31))
    with after_commit():
        events.publish("outcome_summary.reminder", call, actor=world.users["sbn_admin"],
                       province_id=world.own.province.pk, year=2567, due_date="2024-12-31")
    assert told(Kind.OUTCOME_SUMMARY_REMINDER) == {"province_officer"}
    notice = Notification.objects.get(kind=Kind.OUTCOME_SUMMARY_REMINDER)
    assert "31 ธ.ค. 2567" in describe(notice, language="th").title


def test_overdue_actions_are_announced_daily_by_beat():
    entries = {e["task"]: e for e in settings.CELERY_BEAT_SCHEDULE.values()}
    assert "supervision.tasks.announce_overdue_actions" in entries


@pytest.fixture
def settings_eager(settings):
    settings.CELERY_TASK_ALWAYS_EAGER = True
    settings.CELERY_TASK_EAGER_PROPAGATES = False
    settings.MAILERS = {"default": {"BACKEND": "django.core.mail.backends.locmem.EmailBackend"}}
    settings.LINE_CHANNEL_TOKEN = ""
    return settings


@pytest.fixture
def after_commit(django_capture_on_commit_callbacks):
    return lambda: django_capture_on_commit_callbacks(execute=True)
