"""The audit search for SBN administrators, as a page and through the API."""

import datetime

import pytest
from django.db import connection
from django.urls import reverse
from django.utils import timezone
from rest_framework.test import APIClient

from sandbox.models import RoleAssignment
from schools.models import PilotSchool
from tests.battery import assert_constant_queries
from tests.conftest import ROLE_NAMES, api_as
from tests.factories import SchoolFactory

AUDIT = "/api/v1/audit/"


@pytest.mark.parametrize("role", ROLE_NAMES)
def test_only_sbn_admin_searches_the_audit(client, world, role):
    expected = 200 if role == "sbn_admin" else 403
    assert api_as(world.users[role]).get(AUDIT).status_code == expected
    client.force_login(world.users[role])
    # An account with no role finds no page beyond its own account (sandbox.middleware.NoRoleGateMiddleware).
    page_expected = 404 if role == "no_role" else expected
    assert client.get(reverse("audit-search")).status_code == page_expected


def test_anonymous_audit_is_401_and_login_redirect(client, world):
    assert APIClient().get(AUDIT).status_code == 401
    response = client.get(reverse("audit-search"))
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]


def test_the_trail_has_no_write_routes(world):
    client = api_as(world.users["sbn_admin"])
    PilotSchool.objects.filter(pk=world.own.school.pk).update(name_en="y")
    row = client.get(AUDIT).json()["results"][0]
    assert client.post(AUDIT, {}, format="json").status_code == 405
    for method in ("put", "patch", "delete"):
        assert getattr(client, method)(f"{AUDIT}{row['id']}/", {}, format="json").status_code == 404
    assert client.delete(AUDIT).status_code == 405


def _change_through_api(world, request_id):
    admin = world.users["sbn_admin"]
    response = api_as(admin).patch(f"/api/v1/schools/{world.own.school.pk}/", {"name_en": "Audited"},
                                   format="json", HTTP_X_REQUEST_ID=request_id)
    assert response.status_code == 200


def test_search_by_request_user_model_and_object(world):
    _change_through_api(world, "req-audit-1")
    officer = world.users["province_officer"]
    api_as(officer).patch(f"/api/v1/agencies/{world.own.agency.pk}/", {"name_en": "By officer"}, format="json")
    client = api_as(world.users["sbn_admin"])

    rows = client.get(AUDIT, {"request_id": "req-audit-1"}).json()["results"]
    assert len(rows) == 1
    row = rows[0]
    assert (row["model"], row["object_id"], row["event"]) == ("schools.PilotSchool", str(world.own.school.pk),
                                                             "update")
    assert row["user"] == "sbn_admin" and row["changes"]["name_en"][1] == "Audited"

    rows = client.get(AUDIT, {"user": officer.username}).json()["results"]
    assert [(r["model"], r["user"]) for r in rows] == [("schools.Agency", officer.username)]

    rows = client.get(AUDIT, {"model": "schools.PilotSchool", "object_id": world.other.school.pk}).json()
    assert rows["count"] == 1 and rows["results"][0]["event"] == "insert"

    assert client.get(AUDIT, {"user": "nobody-by-that-name"}).json()["count"] == 0
    assert client.get(AUDIT, {"event": "delete"}).json()["count"] == 0


def test_search_by_date_range(world):
    _change_through_api(world, "req-dates")
    client = api_as(world.users["sbn_admin"])
    today = timezone.localdate()
    tomorrow = today + datetime.timedelta(days=1)
    assert client.get(AUDIT, {"request_id": "req-dates", "since": today, "until": today}).json()["count"] == 1
    assert client.get(AUDIT, {"request_id": "req-dates", "since": tomorrow}).json()["count"] == 0
    assert client.get(AUDIT, {"request_id": "req-dates", "until": today - datetime.timedelta(days=1)}
                      ).json()["count"] == 0


def test_bad_filter_is_400_in_the_users_language(world):
    client = api_as(world.users["sbn_admin"], language="en")
    response = client.get(AUDIT, {"model": "auth.Nothing"})
    assert response.status_code == 400
    assert response.json()["code"] == "invalid"
    assert client.get(AUDIT, {"since": "not-a-date"}).status_code == 400


def test_audit_page_shows_who_and_links_the_record(client, world):
    _change_through_api(world, "req-page")
    client.force_login(world.users["sbn_admin"])
    everything = client.get(reverse("audit-search"))
    assert everything.context["paginator"].count > 0 and "Audited" in everything.content.decode()
    html = client.get(reverse("audit-search"), {"request_id": "req-page"}).content.decode()
    assert "sbn_admin" in html and "Audited" in html
    assert world.own.school.get_absolute_url() in html
    html = client.get(reverse("audit-search"), {"model": "sandbox.RoleAssignment"}).content.decode()
    assert RoleAssignment.objects.first().get_absolute_url() in html


def test_audit_lists_keep_a_constant_query_count(client, world):
    def add_rows():
        for n in range(5):
            school = SchoolFactory(agency=world.own.agency)
            _school_patch(world, school, n)

    _school_patch(world, world.own.school, "first")  # so that the page already names a user
    client.force_login(world.users["sbn_admin"])
    assert_constant_queries(client, reverse("audit-search"), add_rows)
    assert len(client.get(reverse("audit-search")).context["events"]) == 50  # a full page, not an empty one
    assert_constant_queries(api_as(world.users["sbn_admin"]), AUDIT, add_rows)


def _school_patch(world, school, n):
    response = api_as(world.users["province_officer"]).patch(f"/api/v1/schools/{school.pk}/",
                                                             {"name_en": f"Row {n}"}, format="json")
    assert response.status_code == 200


@pytest.mark.django_db(transaction=True)  # each change commits, so each event has a moment of its own
def test_the_trail_pages_newest_first_across_record_types_without_losing_or_repeating_one(world):
    officer, admin = api_as(world.users["province_officer"]), api_as(world.users["sbn_admin"])
    changes = []
    for n in range(4):  # a school, then an office, turn about: two event tables, one timeline
        officer.patch(f"/api/v1/schools/{world.own.school.pk}/", {"name_en": f"School {n}"}, format="json")
        changes.append(("schools.PilotSchool", str(world.own.school.pk), f"School {n}"))
        officer.patch(f"/api/v1/agencies/{world.own.agency.pk}/", {"name_en": f"Office {n}"}, format="json")
        changes.append(("schools.Agency", str(world.own.agency.pk), f"Office {n}"))
    user = {"user": "province_officer"}
    assert admin.get(AUDIT, user).json()["count"] == 8
    seen = []
    for page in (1, 2, 3):
        body = admin.get(AUDIT, {**user, "page_size": 3, "page": page}).json()
        seen += [(r["model"], r["object_id"], r["changes"]["name_en"][1]) for r in body["results"]]
    assert seen == changes[::-1]


def test_every_event_table_is_indexed_in_time_order(db):
    """The trail's newest events are read from each table's index (sandbox.newest_events)."""
    import pghistory.core
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("SELECT tablename FROM pg_indexes WHERE indexdef LIKE '%(pgh_created_at, pgh_id)'")
        indexed = {row[0] for row in cursor.fetchall()}
    tables = {model._meta.db_table for model in pghistory.core.event_models()}
    assert tables and tables <= indexed, sorted(tables - indexed)


def test_a_record_id_is_matched_in_every_table_whose_ids_it_fits(world):
    _change_through_api(world, "req-ids")
    client = api_as(world.users["sbn_admin"])
    rows = client.get(AUDIT, {"object_id": str(world.own.school.pk), "request_id": "req-ids"}).json()
    assert [r["model"] for r in rows["results"]] == ["schools.PilotSchool"]
    words = client.get(AUDIT, {"object_id": "not-an-id"})  # no table of whole-number ids can hold it
    assert words.status_code == 200 and words.json()["count"] == 0
    from pghistory.models import Events

    province = client.get(AUDIT, {"model": "provinces.Province", "object_id": world.own.province.pk}).json()
    assert province["count"] == Events.objects.tracks(world.own.province).count() > 0  # ids that are codes


def test_the_page_counts_changes_with_thousands_separated(client, world):
    with connection.cursor() as cursor:  # a thousand updates in one statement, each recorded by its trigger
        cursor.execute("DO $$ BEGIN FOR i IN 1..1000 LOOP UPDATE schools_pilotschool SET name_en = 'Renamed ' || i "
                       f"WHERE id = {int(world.own.school.pk)}; END LOOP; END $$")
    client.force_login(world.users["sbn_admin"])
    query = {"model": "schools.PilotSchool", "object_id": world.own.school.pk}
    page = client.get(reverse("audit-search"), query)  # Thai, the portal's language
    assert "การเปลี่ยนแปลง 1,001 รายการ" in page.content.decode()
