"""One person may not take two consecutive sign-off steps (submit, verify, acknowledge, accept) on a period."""

import datetime
import re

import pytest
from django.urls import reverse

from grants import services
from grants.models import Period, PeriodStatus
from tests.conftest import api_as
from tests.factories import grant

URL = "/api/v1/periods/"
# The refusal as a Thai reader sees it (API and page): "you took the previous step; someone else must take the next".
THAI_REFUSAL = "คุณเป็นผู้ดำเนินการขั้นก่อนหน้าของงวดนี้"


@pytest.fixture
def period(world, grants):
    return Period.objects.create(school=world.own.school, fiscal_year=grants.year, month=datetime.date(2024, 1, 1))


def _step(user, period, action, comment=""):
    return api_as(user).post(f"{URL}{period.pk}/{action}/", {"comment": comment}, format="json")


def test_sbn_admin_cannot_submit_and_then_verify(world, period):
    admin = world.users["sbn_admin"]
    assert _step(admin, period, "submit").status_code == 200
    response = _step(admin, period, "verify")
    assert response.status_code == 409
    body = response.json()
    assert body["code"] == "separation_of_duties" and THAI_REFUSAL in body["message"] and body["errors"]
    english = api_as(admin, "en").post(f"{URL}{period.pk}/verify/", {"comment": ""}, format="json")
    assert english.status_code == 409 and "previous step" in english.json()["message"]
    period.refresh_from_db()
    assert period.status == PeriodStatus.SUBMITTED and period.steps.count() == 1
    # Someone else takes the next step; then the admin may accept after another person acknowledged.
    assert _step(world.users["agency_supervisor"], period, "verify").status_code == 200
    assert _step(admin, period, "acknowledge").status_code == 200
    assert _step(admin, period, "accept").status_code == 409


def test_a_province_officer_with_three_roles_cannot_walk_a_month_through(world, period):
    officer = world.users["province_officer"]
    grant(officer, "school_director", world.own.school)
    grant(officer, "agency_supervisor", world.own.agency)
    services.transition(officer, period, "submit")
    with pytest.raises(services.SeparationOfDuties):
        services.transition(officer, period, "verify")
    services.transition(world.users["agency_supervisor"], period, "verify")
    # Submitting and acknowledging are not consecutive: the officer may acknowledge, but not then accept.
    services.transition(officer, period, "acknowledge")
    assert [(s.action, s.user.username) for s in period.steps.all()] == [
        ("submit", "province_officer"), ("verify", "agency_supervisor"), ("acknowledge", "province_officer")]


def test_return_is_not_a_step_and_a_resubmission_resets_the_chain(world, period):
    director, supervisor = world.users["school_director"], world.users["agency_supervisor"]
    services.transition(director, period, "submit")
    services.transition(supervisor, period, "return", "ใบเสร็จไม่ครบ")
    # The supervisor who returned it may submit it for the school? No role for that; the admin does, and
    # then the supervisor may verify: the previous step is the admin's submission.
    services.transition(world.users["sbn_admin"], period, "submit")
    services.transition(supervisor, period, "verify")
    # Returning after one's own step is allowed: anyone allowed may return.
    services.transition(world.users["province_officer"], period, "return", "ยอดไม่ตรง")
    assert Period.objects.get(pk=period.pk).status == PeriodStatus.RETURNED


def test_the_buttons_and_actions_leave_out_the_next_step(client, world, period):
    admin = world.users["sbn_admin"]
    services.transition(admin, period, "submit")
    response = api_as(admin).get(f"{URL}{period.pk}/")
    assert "verify" not in response.json()["actions"] and "return" in response.json()["actions"]
    listed = api_as(admin).get(URL).json()["results"]
    assert "verify" not in listed[0]["actions"]
    client.force_login(admin)
    page = client.get(reverse("grants:period-detail", args=[period.pk])).content.decode()
    assert reverse("grants:period-transition", args=[period.pk, "verify"]) not in page


def test_the_page_refuses_with_a_message(client, world, period):
    admin = world.users["sbn_admin"]
    services.transition(admin, period, "submit")
    client.force_login(admin)
    response = client.post(reverse("grants:period-transition", args=[period.pk, "verify"]), follow=True,
                           HTTP_ACCEPT_LANGUAGE="th")
    assert response.redirect_chain[-1][0] == period.get_absolute_url()
    alerts = re.findall(r'<div class="alert alert-danger" role="status">([^<]*)</div>', response.content.decode())
    assert any(THAI_REFUSAL in alert and "ขั้นถัดไปต้องเป็นผู้อื่น" in alert for alert in alerts)
    period.refresh_from_db()
    assert period.status == PeriodStatus.SUBMITTED


def test_sbn_sees_who_took_each_step(world, period):
    services.transition(world.users["school_director"], period, "submit")
    services.transition(world.users["agency_supervisor"], period, "verify")
    steps = api_as(world.users["sbn_viewer"]).get(f"{URL}{period.pk}/").json()["steps"]
    assert [(s["action"], s["user"]) for s in steps] == [("submit", "school_director"),
                                                         ("verify", "agency_supervisor")]
