import datetime

import pytest
from django.urls import reverse

from grants import services
from grants.models import Period, PeriodStatus
from tests.conftest import api_as
from tests.factories import AgencyFactory, SchoolFactory, user_with_role
from tests.grants.conftest import spend

URL = "/api/v1/periods/"


def _period(world, grants, side="own", month=datetime.date(2024, 1, 1)):
    return Period.objects.create(school=world.side(side).school, fiscal_year=grants.year, month=month)


# Who takes each step: one person may not take two consecutive steps on a period.
ACTOR = {"submit": "school_director", "verify": "agency_supervisor", "acknowledge": "province_officer",
         "accept": "sbn_admin"}


def _step(user, period, action, comment="", language="th"):
    return api_as(user, language).post(f"{URL}{period.pk}/{action}/", {"comment": comment}, format="json")


def test_the_chain_runs_school_agency_province_sbn(world, grants):
    period = _period(world, grants)
    assert _step(world.users["school_staff"], period, "submit").status_code == 200
    assert _step(world.users["agency_supervisor"], period, "verify").status_code == 200
    assert _step(world.users["province_officer"], period, "acknowledge").status_code == 200
    response = _step(world.users["sbn_admin"], period, "accept")
    assert response.status_code == 200
    assert response.json()["status"] == "accepted"
    period.refresh_from_db()
    assert [s.action for s in period.steps.all()] == ["submit", "verify", "acknowledge", "accept"]


def test_the_first_submission_is_kept_through_a_return(world, grants):
    """Timeliness counts the first submission: a month returned and sent again is not made late by it."""
    period = _period(world, grants)
    assert _step(world.users["school_director"], period, "submit").status_code == 200
    period.refresh_from_db()
    first = period.first_submitted_at
    assert first is not None and first == period.submitted_at
    assert _step(world.users["agency_supervisor"], period, "return", "ใบเสร็จไม่ครบ").status_code == 200
    assert _step(world.users["school_director"], period, "submit").status_code == 200
    period.refresh_from_db()
    assert period.submitted_at > first
    assert period.first_submitted_at == first < period.steps.filter(action="submit").latest("created").created


def test_steps_cannot_be_skipped(world, grants):
    period = _period(world, grants)
    response = _step(world.users["sbn_admin"], period, "accept", language="en")
    assert response.status_code == 400 and "cannot be accepted" in response.json()["message"]
    period.refresh_from_db()
    assert period.status == PeriodStatus.OPEN


def test_a_supervisor_cannot_verify_another_agencys_period_api(world, grants):
    period = _period(world, grants, "other")
    services.transition(world.users["sbn_admin"], period, "submit")
    assert _step(world.users["agency_supervisor"], period, "verify").status_code == 403
    # Nor a supervisor of another office in the same province.
    neighbour = user_with_role("agency_supervisor", AgencyFactory(province=world.own.province))
    own_period = _period(world, grants, "own")
    services.transition(world.users["sbn_admin"], own_period, "submit")
    assert _step(neighbour, own_period, "verify").status_code == 403
    for p in (period, own_period):
        p.refresh_from_db()
        assert p.status == PeriodStatus.SUBMITTED


def test_a_supervisor_cannot_verify_another_agencys_period_page(client, world, grants):
    period = _period(world, grants, "other")
    services.transition(world.users["sbn_admin"], period, "submit")
    client.force_login(world.users["agency_supervisor"])
    page = client.get(reverse("grants:period-detail", args=[period.pk])).content.decode()
    assert reverse("grants:period-transition", args=[period.pk, "verify"]) not in page
    response = client.post(reverse("grants:period-transition", args=[period.pk, "verify"]))
    assert response.status_code == 403
    period.refresh_from_db()
    assert period.status == PeriodStatus.SUBMITTED


def test_own_supervisor_verifies_on_the_page(client, world, grants):
    period = _period(world, grants)
    services.transition(world.users["school_director"], period, "submit")
    client.force_login(world.users["agency_supervisor"])
    page = client.get(reverse("grants:period-detail", args=[period.pk])).content.decode()
    assert reverse("grants:period-transition", args=[period.pk, "verify"]) in page
    client.post(reverse("grants:period-transition", args=[period.pk, "verify"]))
    period.refresh_from_db()
    assert period.status == PeriodStatus.VERIFIED


@pytest.mark.parametrize("status, role", [("submitted", "agency_supervisor"), ("verified", "province_officer"),
                                          ("acknowledged", "sbn_admin")])
def test_each_step_can_return_it_with_a_comment(world, grants, status, role):
    period = _period(world, grants)
    for action in ["submit", "verify", "acknowledge"][: ["submitted", "verified", "acknowledged"].index(status) + 1]:
        services.transition(world.users[ACTOR[action]], period, action)
    no_reason = _step(world.users[role], period, "return", "", language="en")
    assert no_reason.status_code == 400 and "reason" in no_reason.json()["message"]
    response = _step(world.users[role], period, "return", "Receipt 12 is missing")
    assert response.status_code == 200
    period.refresh_from_db()
    assert period.status == PeriodStatus.RETURNED and period.comment == "Receipt 12 is missing"
    assert not period.is_locked


def test_the_school_cannot_approve_its_own_period(world, grants):
    period = _period(world, grants)
    services.transition(world.users["school_director"], period, "submit")
    assert _step(world.users["school_director"], period, "verify").status_code == 403
    assert _step(world.users["school_director"], period, "return", "oops").status_code == 403


def test_reopening_needs_a_reason_is_audited_and_changes_show(client, world, grants):
    row = spend(grants.own, "100.00", day=datetime.date(2024, 1, 10))
    period = _period(world, grants)
    for action in ["submit", "verify", "acknowledge", "accept"]:
        services.transition(world.users[ACTOR[action]], period, action)
    assert _step(world.users["sbn_admin"], period, "reopen", "").status_code == 400
    assert _step(world.users["school_director"], period, "reopen", "please").status_code == 403
    assert _step(world.users["sbn_admin"], period, "reopen", "Wrong payee on receipt 3").status_code == 200
    period.refresh_from_db()
    assert period.status == PeriodStatus.OPEN
    step = period.steps.get(action="reopen")
    assert step.comment == "Wrong payee on receipt 3" and step.user == world.users["sbn_admin"]
    # The school corrects a row; the period page lists it as changed since the last approval.
    api_as(world.users["school_director"]).patch(f"/api/v1/expenditures/{row.pk}/", {"payee": "Right payee"},
                                                 format="json")
    changes = list(services.changes_since_approval(period))
    assert [c.pgh_label for c in changes] == ["update"] and changes[0].payee == "Right payee"
    client.force_login(world.users["province_officer"])
    client.post("/i18n/setlang/", {"language": "en"})
    page = client.get(reverse("grants:period-detail", args=[period.pk])).content.decode()
    assert "No changes since the last approval" not in page


def test_nothing_shows_as_changed_right_after_an_approval(client, world, grants):
    spend(grants.own, "100.00", day=datetime.date(2024, 1, 10))
    period = _period(world, grants)
    services.transition(world.users["sbn_admin"], period, "submit")
    services.transition(world.users["agency_supervisor"], period, "verify")
    assert not services.changes_since_approval(period).exists()
    client.force_login(world.users["province_officer"])
    client.post("/i18n/setlang/", {"language": "en"})
    page = client.get(reverse("grants:period-detail", args=[period.pk])).content.decode()
    assert "No changes since the last approval" in page


def test_the_school_opens_and_submits_a_month_on_its_page(client, world, grants):
    client.force_login(world.users["school_director"])
    response = client.post(reverse("grants:period-open", args=[world.own.school.pk, 2567]), {"month": "2024-03-01"})
    period = Period.objects.get(school=world.own.school, month=datetime.date(2024, 3, 1))
    assert response.status_code == 302 and response["Location"] == period.get_absolute_url()
    client.post(reverse("grants:period-submit", args=[period.pk]), {"confirmed": "yes"})  # after the summary
    period.refresh_from_db()
    assert period.status == PeriodStatus.SUBMITTED
    other = SchoolFactory(agency=world.other.agency)
    denied = client.post(reverse("grants:period-open", args=[other.pk, 2567]), {"month": "2024-03-01"})
    assert denied.status_code == 403
    assert not Period.objects.filter(school=other).exists()
