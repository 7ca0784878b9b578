"""Behaviour beyond the battery: overdue actions, personal assessments, KPI value review, province groups."""

import datetime

import pytest
from django.utils import timezone

from provinces.models import IndicatorValue, ProvinceGroup, ProvinceGroupPreference, ValueStatus
from sandbox import events
from supervision.models import FollowUpAction
from supervision.services import announce_overdue_actions
from tests.conftest import api_as
from tests.factories import user_with_role
from tests.supervision.factories import (
    ActionFactory,
    ComponentFactory,
    CriterionFactory,
    RoundFactory,
    VisitFactory,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def heard():
    received = []
    handler = events.subscribe(received.append)
    yield received
    events._subscribers.remove(handler)


def test_an_overdue_action_is_announced_once_and_waits_on_its_supervisors(world, heard,
                                                                           django_capture_on_commit_callbacks):
    visit = VisitFactory(school=world.own.school, date=datetime.date(2024, 9, 1))
    late = ActionFactory(visit=visit, due_date=timezone.localdate() - datetime.timedelta(days=3))
    ActionFactory(visit=visit, due_date=timezone.localdate() + datetime.timedelta(days=3))
    with django_capture_on_commit_callbacks(execute=True):
        assert announce_overdue_actions() == 1
    with django_capture_on_commit_callbacks(execute=True):
        assert announce_overdue_actions() == 0
    overdue = [e for e in heard if e.name == "follow_up_action.overdue"]
    assert [(e.object_id, e.school_id, e.province_id) for e in overdue] == [
        (late.pk, world.own.school.pk, world.own.province.pk)]
    assert list(FollowUpAction.objects.awaiting(world.users["agency_supervisor"])) == [late]
    assert list(FollowUpAction.objects.awaiting(world.users["school_director"])) == [late]
    assert not FollowUpAction.objects.awaiting(world.users["school_staff"]).exists()
    other_supervisor = user_with_role("agency_supervisor", world.other.agency)
    assert not FollowUpAction.objects.awaiting(other_supervisor).exists()
    body = api_as(world.users["province_officer"]).get("/api/v1/follow-up-actions/awaiting/").json()
    assert [row["id"] for row in body["results"]] == [late.pk]


def test_a_visit_in_the_future_can_only_be_planned_and_nothing_is_written(world):
    before = FollowUpAction.objects.count()
    response = api_as(world.users["agency_supervisor"], "en").post("/api/v1/follow-up-visits/", {
        "school": world.own.school.pk, "date": (timezone.localdate() + datetime.timedelta(days=9)).isoformat(),
        "visitors": "x", "focus": "y", "status": "visited"}, format="json")
    assert response.status_code == 400 and "planned" in response.content.decode()
    assert FollowUpAction.objects.count() == before


def _rubric():
    round_ = RoundFactory()
    components = [ComponentFactory(criterion=CriterionFactory(round=round_)) for _ in range(2)]
    return round_, components


def test_the_director_and_the_assessor_each_assess_and_the_score_is_the_share_of_levels(world):
    round_, (first, second) = _rubric()
    director = api_as(world.users["school_director"], "en")
    created = director.post("/api/v1/competency-assessments/", {
        "round": round_.pk, "school": world.own.school.pk, "director_name": "นางมาลี", "kind": "self",
        "levels": {str(first.pk): 4, str(second.pk): 2}}, format="json")
    assert created.status_code == 201, created.content
    assert created.json()["score"] == "75.00"
    # The director cannot write the assessor's view of themself; the supervisor can.
    as_assessor = {"round": round_.pk, "school": world.own.school.pk, "director_name": "นางมาลี",
                   "kind": "assessor", "levels": {str(first.pk): 3}}
    assert director.post("/api/v1/competency-assessments/", as_assessor, format="json").status_code == 403
    supervisor = api_as(world.users["agency_supervisor"], "en")
    assert supervisor.post("/api/v1/competency-assessments/", as_assessor, format="json").status_code == 201
    # Bad level: a clear error and nothing written.
    bad = supervisor.post("/api/v1/competency-assessments/", {**as_assessor, "school": world.own.school.pk,
                                                             "levels": {str(first.pk): 9}}, format="json")
    assert bad.status_code == 400
    # Personal: staff of the same school and directors of other schools read none of them.
    assert api_as(world.users["school_staff"]).get("/api/v1/competency-assessments/").json()["count"] == 0
    stranger = user_with_role("school_director", world.other.school)
    assert api_as(stranger).get("/api/v1/competency-assessments/").json()["count"] == 0
    assert api_as(world.users["province_officer"]).get("/api/v1/competency-assessments/").json()["count"] == 2


def test_the_competency_results_page_averages_per_school_agency_and_province(client, world):
    round_, (first, second) = _rubric()
    api_as(world.users["school_director"]).post("/api/v1/competency-assessments/", {
        "round": round_.pk, "school": world.own.school.pk, "director_name": "ก", "kind": "self",
        "levels": {str(first.pk): 2, str(second.pk): 2}}, format="json")
    client.force_login(world.users["sbn_viewer"])
    html = client.get(f"/supervision/competency/{round_.pk}/results/").content.decode()
    assert world.own.school.name_th in html and world.own.agency.name_th in html and "50.00" in html


@pytest.fixture
def value(world):
    from tests.provinces.factories import value as make_value

    made = make_value(world.own.province)
    IndicatorValue.objects.filter(pk=made.pk).update(evidence_link="https://example.go.th/evidence.pdf")
    made.refresh_from_db()
    return made


def test_a_kpi_value_is_submitted_then_acknowledged_by_someone_else(world, value, heard,
                                                                     django_capture_on_commit_callbacks):
    officer = world.users["province_officer"]
    with django_capture_on_commit_callbacks(execute=True):
        response = api_as(officer, "en").post(f"/api/v1/indicator-values/{value.pk}/submit/")
    assert response.status_code == 200, response.content
    assert response.json()["status"] == "submitted"
    assert api_as(officer).patch(f"/api/v1/indicator-values/{value.pk}/", {"value": "1"},
                                 format="json").status_code == 400
    admin = world.users["sbn_admin"]
    assert value in IndicatorValue.objects.awaiting(admin)
    returned = api_as(admin, "en").post(f"/api/v1/indicator-values/{value.pk}/return/", {"reason": ""},
                                        format="json")
    assert returned.status_code == 400
    with django_capture_on_commit_callbacks(execute=True):
        done = api_as(admin, "en").post(f"/api/v1/indicator-values/{value.pk}/acknowledge/")
    assert done.status_code == 200 and done.json()["status"] == "acknowledged"
    assert [e.name for e in heard if e.name.startswith("kpi_value.")] == ["kpi_value.submitted",
                                                                          "kpi_value.acknowledged"]


def test_the_submitter_may_not_acknowledge_their_own_value(world, value):
    admin = world.users["sbn_admin"]
    assert api_as(admin).post(f"/api/v1/indicator-values/{value.pk}/submit/").status_code == 200
    assert value not in IndicatorValue.objects.awaiting(admin)
    response = api_as(admin, "en").post(f"/api/v1/indicator-values/{value.pk}/acknowledge/")
    assert response.status_code == 403
    value.refresh_from_db()
    assert value.status == ValueStatus.SUBMITTED
    other_admin = user_with_role("sbn_admin")
    back = api_as(other_admin, "en").post(f"/api/v1/indicator-values/{value.pk}/return/",
                                          {"reason": "แนบหลักฐานไม่ครบ"}, format="json")
    assert back.status_code == 200 and back.json()["return_reason"] == "แนบหลักฐานไม่ครบ"


def test_a_value_without_evidence_cannot_be_submitted(world, value):
    IndicatorValue.objects.filter(pk=value.pk).update(evidence_link="")
    response = api_as(world.users["sbn_admin"], "en").post(f"/api/v1/indicator-values/{value.pk}/submit/")
    assert response.status_code == 400 and "evidence" in response.content.decode()


def test_a_province_group_filters_lists_and_is_a_users_default(client, world):
    group = ProvinceGroup.objects.create(name="กลุ่มผู้ช่วยเลขาธิการ กพฐ.")
    group.provinces.set([world.own.province])
    VisitFactory(school=world.own.school), VisitFactory(school=world.other.school)
    admin = world.users["sbn_admin"]
    body = api_as(admin).get("/api/v1/follow-up-visits/", {"group": group.pk}).json()
    assert {row["school"] for row in body["results"]} == {world.own.school.pk}
    assert api_as(admin).get("/api/v1/follow-up-visits/").json()["count"] == 2
    client.force_login(admin)
    assert client.post("/provinces/groups/default/", {"group": group.pk}).status_code == 302
    assert ProvinceGroupPreference.objects.get(user=admin).group == group
    html = client.get("/supervision/visits/").content.decode()
    assert world.own.school.name_th in html and world.other.school.name_th not in html
    html = client.get("/supervision/visits/", {"group": ""}).content.decode()
    assert world.other.school.name_th in html
    # The API applies no default.
    assert api_as(admin).get("/api/v1/follow-up-visits/").json()["count"] == 2


def test_the_schema_lists_the_new_paths(world):
    schema = api_as(world.users["sbn_admin"]).get("/api/schema/", {"format": "json"}).json()
    for path in ("/api/v1/follow-up-visits/", "/api/v1/competency-assessments/", "/api/v1/support-records/",
                 "/api/v1/province-groups/", "/api/v1/events/", "/api/v1/partners/",
                 "/api/v1/indicator-values/{id}/submit/", "/api/v1/indicator-values/{id}/acknowledge/"):
        assert path in schema["paths"], path
