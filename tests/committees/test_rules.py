"""The committee's business rules, each refused with a clear message on the page and in the API."""

import datetime

from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from committees.models import Committee, Meeting, Membership
from tests.committees.factories import CommitteeFactory, MembershipFactory, PersonFactory
from tests.conftest import api_as

TWO_CHAIRS = "This committee already has a chair for an overlapping term."
TERM_ORDER = "The term cannot end before it starts."
OTHER_PROVINCE = "You can add or change members only of committees in your own province."


def english(client):
    client.cookies["django_language"] = "en"
    return client


# --- one chair at a time ------------------------------------------------------------------


def test_api_refuses_a_second_chair_for_an_overlapping_term(world):
    chair = MembershipFactory(position="chair")
    before = Membership.objects.count()
    response = api_as(world.users["province_officer"], "en").post("/api/v1/committee-members/", {
        "committee": chair.committee_id, "person": PersonFactory().pk, "position": "chair",
        "term_start": "2025-01-01", "term_end": "2026-12-31"}, format="json")
    assert response.status_code == 400, response.content
    assert response.json()["message"] == TWO_CHAIRS
    assert Membership.objects.count() == before


def test_page_refuses_a_second_chair(client, world):
    chair = MembershipFactory(position="chair")
    english(client).force_login(world.users["province_officer"])
    response = client.post(reverse("committees:member-add"), {
        "committee": chair.committee_id, "person": PersonFactory().pk, "position": "chair"})
    assert response.status_code == 200
    assert TWO_CHAIRS in response.content.decode()
    assert Membership.objects.filter(committee=chair.committee).count() == 1


def test_a_new_chair_may_follow_when_the_terms_do_not_overlap(world):
    chair = MembershipFactory(position="chair", term_end=datetime.date(2025, 12, 31))
    response = api_as(world.users["province_officer"]).post("/api/v1/committee-members/", {
        "committee": chair.committee_id, "person": PersonFactory().pk, "position": "chair",
        "term_start": "2026-01-01"}, format="json")
    assert response.status_code == 201, response.content
    assert response.json()["term_end"] == "2028-06-04"  # the committee's term end


def test_the_database_itself_refuses_two_chairs(world):
    """Concurrent writers that both pass validation still meet the exclusion constraint."""
    import pytest
    from django.db import IntegrityError, transaction

    chair = MembershipFactory(position="chair")
    with pytest.raises(IntegrityError), transaction.atomic():
        Membership.objects.create(committee=chair.committee, person=PersonFactory(), position="chair",
                                  term_start=chair.term_start, term_end=chair.term_end)


# --- a term cannot end before it starts ---------------------------------------------------


def test_api_refuses_a_membership_term_that_ends_before_it_starts(world):
    committee = CommitteeFactory()
    response = api_as(world.users["province_officer"], "en").post("/api/v1/committee-members/", {
        "committee": committee.pk, "person": PersonFactory().pk, "position": "member",
        "term_start": "2025-01-01", "term_end": "2024-12-31"}, format="json")
    assert response.status_code == 400
    assert response.json()["errors"]["term_end"] == [TERM_ORDER]
    assert not Membership.objects.filter(committee=committee).exists()


def test_api_refuses_a_committee_term_that_ends_before_it_starts(world):
    response = api_as(world.users["sbn_admin"], "en").post("/api/v1/committees/", {
        "name_th": "คณะกรรมการ", "level": "provincial", "province": "31",
        "term_start": "2024-06-05", "term_end": "2024-06-04"}, format="json")
    assert response.status_code == 400
    assert response.json()["message"] == TERM_ORDER
    assert not Committee.objects.exists()


def test_page_refuses_a_term_that_ends_before_it_starts(client, world):
    english(client).force_login(world.users["province_officer"])
    response = client.post(reverse("committees:add"), {
        "name_th": "คณะกรรมการ", "level": "provincial", "province": "31",
        "term_start": "2024-06-05", "term_end": "2024-06-04"})
    assert response.status_code == 200
    assert TERM_ORDER in response.content.decode()
    assert not Committee.objects.exists()


# --- a province officer cannot seat people on another province's committee -----------------


def test_api_refuses_a_member_for_another_provinces_committee(world):
    theirs = CommitteeFactory(province=world.other.province)
    response = api_as(world.users["province_officer"], "en").post("/api/v1/committee-members/", {
        "committee": theirs.pk, "person": PersonFactory().pk, "position": "member"}, format="json")
    assert response.status_code == 403
    assert response.json()["message"] == OTHER_PROVINCE
    assert not Membership.objects.filter(committee=theirs).exists()


def test_api_refuses_moving_a_member_to_another_provinces_committee(world):
    seat = MembershipFactory(committee=CommitteeFactory(province=world.own.province))
    theirs = CommitteeFactory(province=world.other.province)
    response = api_as(world.users["province_officer"], "en").patch(
        f"/api/v1/committee-members/{seat.pk}/", {"committee": theirs.pk}, format="json")
    assert response.status_code == 403
    seat.refresh_from_db()
    assert seat.committee.province == world.own.province


def test_page_refuses_a_member_for_another_provinces_committee(client, world):
    theirs = CommitteeFactory(province=world.other.province)
    english(client).force_login(world.users["province_officer"])
    response = client.post(reverse("committees:member-add"), {
        "committee": theirs.pk, "person": PersonFactory().pk, "position": "member"})
    assert response.status_code == 403
    assert OTHER_PROVINCE in response.content.decode()
    assert not Membership.objects.filter(committee=theirs).exists()


def test_thai_is_the_default_language_of_refusals(world):
    theirs = CommitteeFactory(province=world.other.province)
    response = api_as(world.users["province_officer"], "th").post("/api/v1/committee-members/", {
        "committee": theirs.pk, "person": PersonFactory().pk, "position": "member"}, format="json")
    assert response.status_code == 403
    assert response.json()["message"]


# --- levels and scopes ----------------------------------------------------------------------


def test_only_sbn_writes_the_national_committee(world):
    payload = {"name_th": "คณะกรรมการนโยบายพื้นที่นวัตกรรมการศึกษา", "short_name": "กนน.", "level": "national",
               "term_start": "2019-05-01"}
    assert api_as(world.users["province_officer"]).post("/api/v1/committees/", payload,
                                                        format="json").status_code == 403
    response = api_as(world.users["sbn_admin"]).post("/api/v1/committees/", payload, format="json")
    assert response.status_code == 201
    national = Committee.objects.get(pk=response.json()["id"])
    assert national.province is None
    seat = {"committee": national.pk, "person": PersonFactory(province=None).pk, "position": "member"}
    assert api_as(world.users["province_officer"]).post("/api/v1/committee-members/", seat,
                                                        format="json").status_code == 403


def test_esa_committee_follows_its_office_and_a_sub_committee_its_parent(world):
    officer = api_as(world.users["province_officer"])
    response = officer.post("/api/v1/committees/", {"name_th": "ไตรภาคี", "level": "esa",
                                                     "agency": world.own.agency.pk, "term_start": "2024-08-01"},
                            format="json")
    assert response.status_code == 201, response.content
    esa = Committee.objects.get(pk=response.json()["id"])
    assert esa.province == world.own.province
    response = officer.post("/api/v1/committees/", {"name_th": "อนุกรรมการ", "level": "sub", "parent": esa.pk,
                                                     "term_start": "2024-08-01"}, format="json")
    assert response.status_code == 201, response.content
    sub = Committee.objects.get(pk=response.json()["id"])
    assert (sub.province, sub.agency) == (world.own.province, world.own.agency)
    # An office in another province gives the committee that province: refused for this officer.
    response = officer.post("/api/v1/committees/", {"name_th": "ไตรภาคี", "level": "esa",
                                                     "agency": world.other.agency.pk, "term_start": "2024-08-01"},
                            format="json")
    assert response.status_code == 403


def test_a_provincial_committee_needs_its_province(world):
    response = api_as(world.users["sbn_admin"], "en").post("/api/v1/committees/", {
        "name_th": "กขน.", "level": "provincial", "term_start": "2024-06-05"}, format="json")
    assert response.status_code == 400
    assert response.json()["errors"]["province"] == ["A provincial driving committee needs its province."]


# --- documents ------------------------------------------------------------------------------

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def test_order_document_is_stored_when_it_is_a_pdf(world):
    committee = CommitteeFactory()
    upload = SimpleUploadedFile("order.pdf", PDF, content_type="application/pdf")
    response = api_as(world.users["province_officer"]).patch(f"/api/v1/committees/{committee.pk}/",
                                                             {"order_document": upload}, format="multipart")
    assert response.status_code == 200, response.content
    committee.refresh_from_db()
    assert committee.order_document.read() == PDF


def test_order_document_with_a_wrong_kind_or_content_is_refused(world):
    committee = CommitteeFactory()
    client = api_as(world.users["province_officer"], "en")
    exe = SimpleUploadedFile("order.exe", b"MZ\x90\x00", content_type="application/octet-stream")
    response = client.patch(f"/api/v1/committees/{committee.pk}/", {"order_document": exe}, format="multipart")
    assert response.status_code == 400
    assert "Only these file types are accepted" in response.json()["message"]
    fake = SimpleUploadedFile("order.pdf", b"MZ\x90\x00 not a pdf", content_type="application/pdf")
    response = client.patch(f"/api/v1/committees/{committee.pk}/", {"order_document": fake}, format="multipart")
    assert response.status_code == 400
    assert response.json()["message"] == "The file's content is not a valid pdf file."
    committee.refresh_from_db()
    assert not committee.order_document


def test_order_document_over_the_size_limit_is_refused_on_the_page(client, world, settings):
    settings.UPLOAD_MAX_BYTES = 100
    committee = CommitteeFactory()
    english(client).force_login(world.users["province_officer"])
    upload = SimpleUploadedFile("order.pdf", PDF + b"0" * 200, content_type="application/pdf")
    data = {"name_th": committee.name_th, "level": "provincial", "province": "31", "term_start": "2024-06-05",
            "order_document": upload}
    response = client.post(reverse("committees:edit", args=[committee.pk]), data)
    assert response.status_code == 200
    assert "The file is too large" in response.content.decode()
    committee.refresh_from_db()
    assert not committee.order_document


# --- meetings -------------------------------------------------------------------------------


def test_meeting_times_are_timezone_aware_and_must_end_after_they_start(world):
    committee = CommitteeFactory()
    client = api_as(world.users["province_officer"], "en")
    response = client.post("/api/v1/committee-meetings/", {
        "committee": committee.pk, "title": "ประชุม", "starts_at": "2024-07-03T09:30:00+07:00",
        "ends_at": "2024-07-03T09:00:00+07:00", "mode": "on_site", "venue": "ศาลากลาง"}, format="json")
    assert response.status_code == 400
    assert response.json()["errors"]["ends_at"] == ["A meeting must end after it starts."]
    response = client.post("/api/v1/committee-meetings/", {
        "committee": committee.pk, "title": "ประชุม", "starts_at": "2024-07-03T09:30:00+07:00",
        "mode": "on_site", "venue": "ศาลากลาง"}, format="json")
    assert response.status_code == 201
    meeting = Meeting.objects.get()
    assert meeting.starts_at == datetime.datetime(2024, 7, 3, 2, 30, tzinfo=datetime.UTC)


def test_attendance_must_be_of_a_member_of_the_meetings_committee(world):
    from tests.committees.factories import MeetingFactory

    meeting = MeetingFactory()
    stranger = MembershipFactory()  # another committee
    response = api_as(world.users["province_officer"], "en").post("/api/v1/committee-attendance/", {
        "meeting": meeting.pk, "membership": stranger.pk, "status": "present"}, format="json")
    assert response.status_code == 400
    assert response.json()["errors"]["membership"] == ["This person is not a member of the meeting's committee."]


def test_committee_page_shows_upcoming_and_past_meetings_and_open_resolutions(client, world):
    from tests.committees.factories import MeetingFactory, ResolutionFactory

    committee = CommitteeFactory()
    MeetingFactory(committee=committee, title="การประชุมที่จะมาถึง")
    past = MeetingFactory(committee=committee, title="การประชุมที่ผ่านมา",
                          starts_at=datetime.datetime(2024, 7, 3, 2, 30, tzinfo=datetime.UTC))
    ResolutionFactory(meeting=past, text="มติที่ยังไม่แล้วเสร็จ", status="in_progress")
    ResolutionFactory(meeting=past, text="มติที่เสร็จแล้ว", status="done")
    client.force_login(world.users["school_staff"])
    html = client.get(committee.get_absolute_url()).content.decode()
    upcoming, past_section, open_section = (html.index("upcoming-heading"), html.index("past-heading"),
                                            html.index("resolutions-heading"))
    assert upcoming < html.index("การประชุมที่จะมาถึง") < past_section < html.index("การประชุมที่ผ่านมา")
    assert open_section < html.index("มติที่ยังไม่แล้วเสร็จ")
    assert "มติที่เสร็จแล้ว" not in html
    assert "3 ก.ค. 2567" in html
