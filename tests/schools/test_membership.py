import datetime

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from schools.models import MembershipEvent, MembershipKind, SchoolStatus
from schools.services import delete_membership_event, save_membership_event
from tests.conftest import api_as

pytestmark = pytest.mark.django_db
D = datetime.date


def record(user, school, kind, date, **extra):
    defaults = {"approved_by": "กขน.บุรีรัมย์"} if kind == MembershipKind.JOINED else {}
    if kind == MembershipKind.LEFT:
        defaults["reason"] = "ย้ายไปจัดการศึกษารูปแบบอื่น"
    return save_membership_event(user, MembershipEvent(school=school, kind=kind, date=date, **defaults, **extra))


def test_status_follows_the_history(world):
    officer, school = world.users["province_officer"], world.own.school
    record(officer, school, MembershipKind.APPLIED, D(2024, 5, 14))
    school.refresh_from_db()
    assert school.status == SchoolStatus.APPLYING
    joined = record(officer, school, MembershipKind.JOINED, D(2024, 7, 25))
    school.refresh_from_db()
    assert school.status == SchoolStatus.ACTIVE
    left = record(officer, school, MembershipKind.LEFT, D(2025, 5, 1))
    school.refresh_from_db()
    assert school.status == SchoolStatus.LEFT
    delete_membership_event(officer, left)
    school.refresh_from_db()
    assert school.status == SchoolStatus.ACTIVE
    assert list(school.membership_events.values_list("kind", flat=True)) == ["applied", "joined"]
    assert joined.pk


@pytest.mark.parametrize("kind, date, field", [
    (MembershipKind.LEFT, D(2024, 8, 1), "kind"),  # cannot leave before joining
    (MembershipKind.APPLIED, D(2024, 8, 1), "kind"),  # already applying
])
def test_impossible_events_are_refused_and_status_unchanged(world, kind, date, field):
    officer, school = world.users["province_officer"], world.own.school
    record(officer, school, MembershipKind.APPLIED, D(2024, 5, 14))
    if kind == MembershipKind.LEFT:
        school.membership_events.all().delete()
    with pytest.raises(ValidationError) as error:
        record(officer, school, kind, date)
    assert field in error.value.message_dict
    school.refresh_from_db()
    assert school.membership_events.count() == (1 if kind == MembershipKind.APPLIED else 0)


def test_joining_needs_an_approving_body_and_leaving_a_reason(world):
    api = api_as(world.users["province_officer"], "en")
    response = api.post("/api/v1/membership-events/", {"school": world.own.school.pk, "kind": "joined",
                                                        "date": "2024-07-25"}, format="json")
    assert response.status_code == 400
    assert "approved_by" in response.json()["errors"]
    assert response.json()["message"] == "Name the body that approved the school joining."
    record(world.users["province_officer"], world.own.school, MembershipKind.JOINED, D(2024, 7, 25))
    response = api.post("/api/v1/membership-events/", {"school": world.own.school.pk, "kind": "left",
                                                        "date": "2025-01-10"}, format="json")
    assert response.status_code == 400 and "reason" in response.json()["errors"]
    world.own.school.refresh_from_db()
    assert world.own.school.status == SchoolStatus.ACTIVE


def test_deleting_an_event_that_would_break_the_history_is_refused(world):
    officer, school = world.users["province_officer"], world.own.school
    applied = record(officer, school, MembershipKind.APPLIED, D(2024, 5, 14))
    record(officer, school, MembershipKind.LEFT, D(2024, 6, 1))  # withdrew
    record(officer, school, MembershipKind.APPLIED, D(2024, 9, 1))
    with pytest.raises(ValidationError):
        delete_membership_event(officer, applied)  # would leave "left" with no membership before it
    assert MembershipEvent.objects.filter(pk=applied.pk).exists()
    school.refresh_from_db()
    assert school.status == SchoolStatus.APPLYING


def test_api_event_changes_the_school_status(world):
    api = api_as(world.users["sbn_admin"])
    response = api.post("/api/v1/membership-events/", {"school": world.own.school.pk, "kind": "applied",
                                                        "date": "2024-05-14"}, format="json")
    assert response.status_code == 201, response.content
    assert api.get(f"/api/v1/schools/{world.own.school.pk}/").json()["status"] == "applying"
    # status is derived: the school endpoint does not accept it
    api.patch(f"/api/v1/schools/{world.own.school.pk}/", {"status": "left"}, format="json")
    world.own.school.refresh_from_db()
    assert world.own.school.status == SchoolStatus.APPLYING


def test_school_page_shows_the_history(client, world):
    officer = world.users["province_officer"]
    record(officer, world.own.school, MembershipKind.APPLIED, D(2024, 5, 14), reference="ศธ 04010/123")
    record(officer, world.own.school, MembershipKind.JOINED, D(2024, 7, 25))
    client.force_login(world.users["school_staff"])
    html = client.get(reverse("schools:detail", args=[world.own.school.pk])).content.decode()
    assert "ศธ 04010/123" in html and "กขน.บุรีรัมย์" in html
    assert html.index("ศธ 04010/123") < html.index("กขน.บุรีรัมย์")
    assert reverse("schools:membership-add") not in html  # staff may not record events


def test_page_form_rejects_an_impossible_event_with_the_reason(client, world):
    client.force_login(world.users["province_officer"])
    response = client.post(reverse("schools:membership-add"), {
        "school": world.own.school.pk, "kind": "left", "date": "2024-07-25", "reason": "ปิดโรงเรียน"},
        HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 200
    assert "cannot follow" in response.content.decode()
    assert not MembershipEvent.objects.exists()
