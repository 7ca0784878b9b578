"""The permission battery for every committee model, pages and API."""

import datetime

import pytest

from committees.models import (
    AgendaItem,
    Attendance,
    Committee,
    Meeting,
    Membership,
    Nomination,
    Person,
    Resolution,
)
from tests.battery import PermissionBattery, assert_constant_queries, form_fields
from tests.committees.factories import (
    AgendaItemFactory,
    AttendanceFactory,
    CommitteeFactory,
    MeetingFactory,
    MembershipFactory,
    NominationFactory,
    PersonFactory,
    ResolutionFactory,
    esa_committee,
)
from tests.conftest import api_as

OFFICES = {"sbn_admin", "province_officer"}
NOMINATORS = {"sbn_admin", "agency_supervisor"}


def committee_in(world, side):
    return CommitteeFactory(province=world.side(side).province)


class TestCommitteePermissions(PermissionBattery):
    model = Committee
    api_url = "/api/v1/committees/"
    page_list, page_detail = "committees:list", "committees:detail"
    page_add, page_edit, page_delete = "committees:add", "committees:edit", "committees:delete"
    may_add = may_change = may_delete = OFFICES

    def make(self, world, side):
        return committee_in(world, side)

    def api_payload(self, world, side):
        return {"name_th": "คณะกรรมการใหม่", "level": "provincial", "province": world.side(side).province.code,
                "term_start": "2024-06-05", "term_end": "2028-06-04"}

    def api_change(self, obj):
        return {"order_number": "123/2567"}, ("order_number", "123/2567")

    def form_data(self, world, side):
        return {"name_th": "คณะกรรมการใหม่", "level": "provincial", "province": world.side(side).province.code,
                "term_start": "2024-06-05", "term_end": "2028-06-04"}

    def page_change(self, obj):
        data = form_fields(obj, "name_th", "name_en", "short_name", "level", "province", "agency", "parent",
                           "selected_on", "approved_on", "order_date", "term_start", "term_end", "notes",
                           order_number="456/2567")
        return data, ("order_number", "456/2567")


class TestPersonPermissions(PermissionBattery):
    model = Person
    api_url = "/api/v1/committee-people/"
    page_list, page_detail = "committees:person-list", "committees:person-detail"
    page_add, page_edit, page_delete = "committees:person-add", "committees:person-edit", "committees:person-delete"
    may_add = may_change = may_delete = OFFICES

    def make(self, world, side):
        return PersonFactory(province=world.side(side).province)

    def api_payload(self, world, side):
        return {"office_title": "ผู้แทนภาคเอกชน", "sector": "private", "province": world.side(side).province.code}

    def api_change(self, obj):
        return {"organization": "หอการค้า"}, ("organization", "หอการค้า")

    def form_data(self, world, side):
        return {"first_name_th": "ทดลอง", "last_name_th": "ใจดี", "sector": "civil_society",
                "province": world.side(side).province.code}

    def page_change(self, obj):
        data = form_fields(obj, "title", "first_name_th", "last_name_th", "first_name_en", "last_name_en",
                           "office_title", "sector", "province", organization="สภาอุตสาหกรรมจังหวัด")
        return data, ("organization", "สภาอุตสาหกรรมจังหวัด")


class TestMembershipPermissions(PermissionBattery):
    model = Membership
    api_url = "/api/v1/committee-members/"
    page_list, page_detail = "committees:member-list", "committees:member-detail"
    page_add, page_edit, page_delete = "committees:member-add", "committees:member-edit", "committees:member-delete"
    may_add = may_change = may_delete = OFFICES

    def make(self, world, side):
        return MembershipFactory(committee=committee_in(world, side))

    def api_payload(self, world, side):
        committee = committee_in(world, side)
        return {"committee": committee.pk, "person": PersonFactory().pk, "position": "member"}

    def api_change(self, obj):
        return {"note": "แทนตำแหน่งที่ว่าง"}, ("note", "แทนตำแหน่งที่ว่าง")

    def form_data(self, world, side):
        return {"committee": committee_in(world, side).pk, "person": PersonFactory().pk, "position": "member",
                "term_start": "2024-06-05", "term_end": "2026-06-04"}

    def page_change(self, obj):
        data = form_fields(obj, "committee", "person", "position", "sequence", "term_start", "term_end",
                           note="ผู้แทนครู")
        return data, ("note", "ผู้แทนครู")


class TestMeetingPermissions(PermissionBattery):
    model = Meeting
    api_url = "/api/v1/committee-meetings/"
    page_list, page_detail = "committees:meeting-list", "committees:meeting-detail"
    page_add, page_edit, page_delete = "committees:meeting-add", "committees:meeting-edit", "committees:meeting-delete"
    may_add = may_change = may_delete = OFFICES

    def make(self, world, side):
        return MeetingFactory(committee=committee_in(world, side))

    def api_payload(self, world, side):
        return {"committee": committee_in(world, side).pk, "title": "ประชุมครั้งที่ 1/2567",
                "starts_at": "2024-07-03T09:30:00+07:00", "mode": "online", "online_link": "https://meet.example/x"}

    def api_change(self, obj):
        return {"minutes_text": "ที่ประชุมรับทราบ"}, ("minutes_text", "ที่ประชุมรับทราบ")

    def form_data(self, world, side):
        return {"committee": committee_in(world, side).pk, "title": "ประชุม", "starts_at": "2024-07-09T09:30",
                "mode": "on_site", "venue": "ศาลากลางจังหวัด"}

    def page_change(self, obj):
        data = form_fields(obj, "committee", "number", "title", "starts_at", "ends_at", "mode", "venue",
                           "online_link", minutes_text="รับรองรายงานการประชุม")
        return data, ("minutes_text", "รับรองรายงานการประชุม")


class MeetingChildBattery(PermissionBattery):
    may_add = may_change = may_delete = OFFICES

    def meeting(self, world, side):
        return MeetingFactory(committee=committee_in(world, side))


class TestAgendaItemPermissions(MeetingChildBattery):
    model = AgendaItem
    api_url = "/api/v1/committee-agenda-items/"
    page_add, page_edit, page_delete = "committees:agenda-add", "committees:agenda-edit", "committees:agenda-delete"

    def make(self, world, side):
        return AgendaItemFactory(meeting=self.meeting(world, side))

    def api_payload(self, world, side):
        return {"meeting": self.meeting(world, side).pk, "number": "1", "title": "เรื่องแจ้ง"}

    def api_change(self, obj):
        return {"title": "เรื่องแจ้งเพื่อทราบ"}, ("title", "เรื่องแจ้งเพื่อทราบ")

    def form_data(self, world, side):
        return {"meeting": self.meeting(world, side).pk, "number": "2", "title": "เรื่องเพื่อพิจารณา"}

    def page_change(self, obj):
        data = form_fields(obj, "meeting", "number", "details", title="เรื่องสืบเนื่อง")
        return data, ("title", "เรื่องสืบเนื่อง")


class TestAttendancePermissions(MeetingChildBattery):
    model = Attendance
    api_url = "/api/v1/committee-attendance/"
    page_add, page_edit, page_delete = ("committees:attendance-add", "committees:attendance-edit",
                                        "committees:attendance-delete")

    def make(self, world, side):
        return AttendanceFactory(meeting=self.meeting(world, side))

    def payload(self, world, side):
        meeting = self.meeting(world, side)
        return {"meeting": meeting.pk, "membership": MembershipFactory(committee=meeting.committee).pk,
                "status": "online"}

    def api_payload(self, world, side):
        return self.payload(world, side)

    def api_change(self, obj):
        return {"status": "absent"}, ("status", "absent")

    def form_data(self, world, side):
        return self.payload(world, side)

    def page_change(self, obj):
        data = form_fields(obj, "meeting", "membership", "note", status="absent")
        return data, ("status", "absent")


class TestResolutionPermissions(MeetingChildBattery):
    model = Resolution
    api_url = "/api/v1/committee-resolutions/"
    page_list = "committees:resolution-list"
    page_add, page_edit, page_delete = ("committees:resolution-add", "committees:resolution-edit",
                                        "committees:resolution-delete")

    def make(self, world, side):
        return ResolutionFactory(meeting=self.meeting(world, side))

    def api_payload(self, world, side):
        return {"meeting": self.meeting(world, side).pk, "text": "เห็นชอบ", "due_date": "2024-08-01"}

    def api_change(self, obj):
        return {"status": "done"}, ("status", "done")

    def form_data(self, world, side):
        return {"meeting": self.meeting(world, side).pk, "text": "เห็นชอบ", "status": "open"}

    def page_change(self, obj):
        data = form_fields(obj, "meeting", "agenda_item", "text", "responsible", "due_date", "follow_up",
                           status="done")
        return data, ("status", "done")


class TestNominationPermissions(PermissionBattery):
    model = Nomination
    api_url = "/api/v1/committee-nominations/"
    page_list, page_detail = "committees:nomination-list", "committees:nomination-detail"
    page_add, page_edit, page_delete = ("committees:nomination-add", "committees:nomination-edit",
                                        "committees:nomination-delete")
    # Nominees are not public until appointed.
    may_view = {"sbn_admin", "sbn_viewer", "province_officer", "agency_supervisor"}
    may_add = may_change = may_delete = NOMINATORS

    def make(self, world, side):
        return NominationFactory(committee=esa_committee(world.side(side).agency))

    def api_payload(self, world, side):
        return {"committee": esa_committee(world.side(side).agency).pk, "first_name_th": "ผู้ทรงคุณวุฒิ",
                "last_name_th": "ทดสอบ", "sector": "academic", "position": "expert"}

    def api_change(self, obj):
        return {"qualifications": "อดีตผู้อำนวยการโรงเรียน"}, ("qualifications", "อดีตผู้อำนวยการโรงเรียน")

    def form_data(self, world, side):
        return {"committee": esa_committee(world.side(side).agency).pk, "first_name_th": "ผู้อำนวยการ",
                "last_name_th": "ทดสอบ", "sector": "government", "position": "member"}

    def page_change(self, obj):
        data = form_fields(obj, "committee", "person", "title", "first_name_th", "last_name_th", "first_name_en",
                           "last_name_en", "office_title", "organization", "sector", "position", "term_start",
                           "term_end", qualifications="ครูชำนาญการพิเศษ")
        return data, ("qualifications", "ครูชำนาญการพิเศษ")


LISTS = [
    ("/api/v1/committees/", lambda w: CommitteeFactory()),
    ("/api/v1/committee-people/", lambda w: PersonFactory()),
    ("/api/v1/committee-members/", lambda w: MembershipFactory()),
    ("/api/v1/committee-meetings/", lambda w: MeetingFactory()),
    ("/api/v1/committee-agenda-items/", lambda w: AgendaItemFactory()),
    ("/api/v1/committee-attendance/", lambda w: AttendanceFactory()),
    ("/api/v1/committee-resolutions/", lambda w: ResolutionFactory()),
    ("/api/v1/committee-nominations/", lambda w: NominationFactory(committee=esa_committee(w.own.agency))),
    ("/committees/", lambda w: CommitteeFactory()),
    ("/committees/people/", lambda w: PersonFactory()),
    ("/committees/members/", lambda w: MembershipFactory()),
    ("/committees/meetings/", lambda w: MeetingFactory()),
    ("/committees/resolutions/", lambda w: ResolutionFactory()),
    ("/committees/nominations/", lambda w: NominationFactory(committee=esa_committee(w.own.agency))),
]


@pytest.mark.parametrize(("url", "make"), LISTS)
def test_lists_issue_a_constant_number_of_queries(client, world, url, make):
    make(world)
    if url.startswith("/api/"):
        client = api_as(world.users["province_officer"])
    else:
        client.force_login(world.users["province_officer"])
    assert_constant_queries(client, url, lambda: [make(world) for _ in range(4)])


def test_committee_detail_queries_do_not_grow_with_members(client, world):
    committee = CommitteeFactory()
    client.force_login(world.users["school_staff"])
    url = committee.get_absolute_url()

    def add_rows():
        for _ in range(4):
            meeting = MeetingFactory(committee=committee, starts_at=datetime.datetime(2024, 7, 3, tzinfo=datetime.UTC))
            ResolutionFactory(meeting=meeting)
            MembershipFactory(committee=committee)

    assert_constant_queries(client, url, add_rows)
