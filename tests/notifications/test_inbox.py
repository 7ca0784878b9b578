"""The inbox: the bell on every page, the inbox page, the API, and email preferences."""

import uuid

import pytest
from django.urls import reverse

from notifications.models import Email, Kind, LineGroup, Notification, Preference
from tests.battery import PermissionBattery, form_fields
from tests.conftest import ROLE_NAMES, api_as
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

URL = "/api/v1/notifications/"


def notice(user, school=None, kind=Kind.PERIOD_SUBMITTED, read=False, **data):
    from django.utils import timezone

    school = school or user.role_assignments.values_list("school", flat=True).first()
    return Notification.objects.create(
        user=user, kind=kind, event_id=uuid.uuid4(), url="/grants/periods/1/",
        data={"school_th": "โรงเรียนบ้านกระสัง", "school_en": "Ban Krasang School", "month": "2024-01-01",
              "amount": "1234.50", **data},
        read_at=timezone.now() if read else None)


class TestNotificationPermissions(PermissionBattery):
    """Every person reads, marks and dismisses their own notifications and no one else's, whatever
    their roles: the "own" row belongs to the person asking, the "other" row to someone else."""

    model = Notification
    api_url = URL
    page_list = "notifications:inbox"
    may_view = may_change = may_delete = frozenset(ROLE_NAMES)

    @pytest.fixture(autouse=True)
    def _asking(self, request, world):
        callspec = getattr(request.node, "callspec", None)
        self.asking = world.users[(callspec.params.get("role") if callspec else None) or "sbn_admin"]
        self.stranger = UserFactory(username="stranger")

    def expected(self, action, role, side):
        return role is not None and side == "own" and role in getattr(self, f"may_{action}")

    def make(self, world, side):
        return notice(self.asking if side == "own" else self.stranger)

    def api_payload(self, world, side):
        return None  # notifications are made by the portal, never posted

    def api_change(self, obj):
        return {"read": True}, ("is_read", True)

    def test_api_writes_are_audited_with_user_and_request(self, world):
        pytest.skip("a notification is a person's own message, not a domain row: reading it is not audited")


def test_the_bell_shows_the_unread_count_on_every_page(client, world):
    director = world.users["school_director"]
    notice(director), notice(director), notice(director, read=True)
    notice(world.users["school_staff"])
    client.force_login(director)
    for url in (reverse("home"), reverse("schools:list"), reverse("notifications:inbox")):
        html = client.get(url).content.decode()
        assert 'id="notification-bell"' in html and 'data-unread="2"' in html, url
    bell = client.get(reverse("notifications:bell"), HTTP_HX_REQUEST="true")
    assert bell.status_code == 200 and 'data-unread="2"' in bell.content.decode()
    client.post(reverse("notifications:read-all"))
    assert "data-unread" not in client.get(reverse("home")).content.decode()
    client.logout()  # the session ended: htmx gets nothing to swap, not the sign-in page
    assert client.get(reverse("notifications:bell"), HTTP_HX_REQUEST="true").status_code == 204


def test_the_inbox_page_names_school_month_and_amount_and_opening_marks_it_read(client, world):
    director = world.users["school_director"]
    unread = notice(director, comment="แนบใบเสร็จ", kind=Kind.PERIOD_RETURNED)
    client.force_login(director)
    html = client.get(reverse("notifications:inbox")).content.decode()
    assert "โรงเรียนบ้านกระสัง" in html and "มกราคม 2567" in html and "แนบใบเสร็จ" in html
    assert unread.get_absolute_url() in html
    response = client.get(unread.get_absolute_url())
    assert response.status_code == 302 and response["Location"] == "/grants/periods/1/"
    unread.refresh_from_db()
    assert unread.is_read
    other = notice(world.users["school_staff"])
    assert client.get(other.get_absolute_url()).status_code == 404
    other.refresh_from_db()
    assert not other.is_read


def test_an_inbox_link_never_leaves_the_portal(client, world):
    director = world.users["school_director"]
    outside = notice(director)
    Notification.objects.filter(pk=outside.pk).update(url="https://evil.example/")
    client.force_login(director)
    assert client.get(outside.get_absolute_url())["Location"] == reverse("notifications:inbox")


def test_the_api_lists_reads_and_marks(world):
    staff = world.users["school_staff"]
    first, second = notice(staff), notice(staff, kind=Kind.PERIOD_ACCEPTED)
    notice(world.users["school_director"])
    client = api_as(staff)
    body = client.get(URL).json()
    assert body["count"] == 2
    row = next(r for r in body["results"] if r["id"] == first.pk)
    assert row["title"] == "โรงเรียนบ้านกระสัง ส่งรายงานเดือนมกราคม 2567 รอการตรวจสอบ"
    assert "ยอดใช้จ่ายเดือนมกราคม 2567: 1,234.50 บาท" in row["body"]
    assert row["link"] == "/grants/periods/1/" and row["read"] is False
    english = api_as(staff, "en").get(f"{URL}{first.pk}/").json()
    assert english["title"] == "Ban Krasang School submitted January 2024 for verification"
    assert client.get(f"{URL}unread-count/").json() == {"unread": 2}
    marked = client.post(f"{URL}{first.pk}/read/")
    assert marked.status_code == 200 and marked.json()["read"] is True
    assert [r["id"] for r in client.get(URL, {"unread": "true"}).json()["results"]] == [second.pk]
    assert client.post(f"{URL}read-all/").json() == {"marked": 1}
    assert client.get(f"{URL}unread-count/").json() == {"unread": 0}
    assert client.patch(f"{URL}{second.pk}/", {"read": False}, format="json").json()["read"] is False
    assert client.post(f"{URL}", {}, format="json").status_code == 405


def test_preferences_through_the_page_and_the_api(client, world):
    director = world.users["school_director"]
    client.force_login(director)
    page = client.get(reverse("notifications:preferences"))
    assert page.status_code == 200 and "ส่งรายงานประจำเดือน" in page.content.decode()
    data = {kind: Email.IMMEDIATE for kind in Kind.values}
    data[Kind.PERIOD_RETURNED] = Email.DIGEST
    assert client.post(reverse("notifications:preferences"), data).status_code == 302
    assert Preference.objects.get(user=director, kind=Kind.PERIOD_RETURNED).email == Email.DIGEST

    api = api_as(director)
    rows = {r["kind"]: r["email"] for r in api.get(f"{URL}preferences/").json()}
    assert rows[Kind.PERIOD_RETURNED] == "digest" and rows[Kind.REPORT_READY] == "immediate"
    response = api.put(f"{URL}preferences/", [{"kind": "period.accepted", "email": "none"}], format="json")
    assert response.status_code == 200
    assert {r["kind"]: r["email"] for r in response.json()}["period.accepted"] == "none"
    bad = api.put(f"{URL}preferences/", [{"kind": "period.accepted", "email": "sometimes"}], format="json")
    assert bad.status_code == 400
    assert Preference.objects.get(user=director, kind="period.accepted").email == "none"


def test_a_report_is_announced_to_whoever_asked_for_it_only(world, settings):
    from notifications import services

    settings.CELERY_TASK_ALWAYS_EAGER = True
    officer = world.users["province_officer"]
    services.handle_event({"id": str(uuid.uuid4()), "name": "report.ready", "model": "reports.ReportJob",
                           "object_id": 7, "actor_id": None, "school_id": None, "agency_id": None,
                           "province_id": None, "at": "2024-01-01T00:00:00+07:00",
                           "data": {"requested_by": officer.pk, "title": "รายงานจังหวัดบุรีรัมย์"}})
    (told,) = Notification.objects.all()
    assert told.user == officer and told.url == "/reports/7/" and told.email == Email.NONE
    assert "รายงานจังหวัดบุรีรัมย์" in str(told)


class LineGroupBattery(PermissionBattery):
    model = LineGroup
    api_url = "/api/v1/line-groups/"
    page_list, page_detail = "notifications:linegroup-list", "notifications:linegroup-detail"
    page_add, page_edit = "notifications:linegroup-add", "notifications:linegroup-edit"
    page_delete = "notifications:linegroup-delete"
    level = None

    def office(self, world, side):
        return getattr(world.side(side), self.level)

    def office_key(self, world, side):
        office = self.office(world, side)
        return office.pk

    def make(self, world, side):
        return LineGroup.objects.create(**{self.level: self.office(world, side)}, group_id="C" + "d" * 32)

    def api_payload(self, world, side):
        return {self.level: self.office_key(world, side), "group_id": "C" + "e" * 32, "name": "กลุ่มติดตาม",
                "kinds": ["period.submitted", "period.overdue"]}

    def api_change(self, obj):
        return {"name": "กลุ่มใหม่"}, ("name", "กลุ่มใหม่")

    def form_data(self, world, side):
        return {self.level: self.office(world, side).pk, "group_id": "C" + "f" * 32, "name": "กลุ่มติดตาม",
                "kinds": ["period.submitted"], "is_active": "on"}

    def page_change(self, obj):
        data = form_fields(obj, "province", "agency", "group_id", "is_active", name="กลุ่มที่แก้")
        data["kinds"] = obj.kinds
        return data, ("name", "กลุ่มที่แก้")


class TestAgencyLineGroupPermissions(LineGroupBattery):
    level = "agency"
    may_view = may_add = may_change = may_delete = frozenset({"sbn_admin", "agency_supervisor"})


class TestProvinceLineGroupPermissions(LineGroupBattery):
    level = "province"
    may_view = may_add = may_change = may_delete = frozenset({"sbn_admin", "province_officer"})

    def office_key(self, world, side):
        return self.office(world, side).code


def test_a_line_group_id_must_look_like_one(world):
    response = api_as(world.users["agency_supervisor"], "en").post(
        "/api/v1/line-groups/", {"agency": world.own.agency.pk, "group_id": "my-group", "kinds": ["period.submitted"]},
        format="json")
    assert response.status_code == 400 and "group_id" in response.json()["errors"]
    both = api_as(world.users["sbn_admin"], "en").post(
        "/api/v1/line-groups/", {"agency": world.own.agency.pk, "province": world.own.province.code,
                                 "group_id": "C" + "0" * 32, "kinds": ["period.submitted"]}, format="json")
    assert both.status_code == 400
