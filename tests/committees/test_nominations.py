"""An ESA office nominates; the province office approves (a membership is made) or returns with a reason."""

from django.urls import reverse
from pghistory.models import Events

from committees.models import Membership, Nomination, NominationStatus, Person
from tests.committees.factories import MembershipFactory, NominationFactory, PersonFactory, esa_committee
from tests.conftest import api_as
from tests.factories import user_with_role


def nominate(world, **extra):
    committee = esa_committee(world.own.agency)
    payload = {"committee": committee.pk, "first_name_th": "สมมุติ", "last_name_th": "ทดสอบ",
               "organization": "โรงเรียนนำร่องทดสอบ", "sector": "government", "position": "member", **extra}
    response = api_as(world.users["agency_supervisor"]).post("/api/v1/committee-nominations/", payload,
                                                             format="json")
    assert response.status_code == 201, response.content
    return Nomination.objects.get(pk=response.json()["id"])


def test_approval_creates_the_person_and_the_membership_and_is_audited(world):
    nomination = nominate(world)
    assert nomination.status == NominationStatus.PENDING
    assert nomination.nominated_by == world.users["agency_supervisor"]
    officer = world.users["province_officer"]
    response = api_as(officer).post(f"/api/v1/committee-nominations/{nomination.pk}/approve/", HTTP_X_REQUEST_ID="n-1")
    assert response.status_code == 200, response.content
    assert response.json()["status"] == "approved"
    nomination.refresh_from_db()
    seat = nomination.membership
    assert (seat.committee, seat.position, seat.person.first_name_th) == (nomination.committee, "member", "สมมุติ")
    assert seat.term_start == nomination.committee.term_start  # the committee's term by default
    assert seat.person.province == world.own.province
    assert nomination.decided_by == officer
    labels = list(Events.objects.tracks(nomination).order_by("pgh_id").values_list("pgh_label", flat=True))
    assert labels == ["insert", "update"]
    approval = Events.objects.tracks(nomination).get(pgh_label="update")
    assert approval.pgh_context["user"] == officer.pk and approval.pgh_context["client_request_id"] == "n-1"
    assert Events.objects.tracks(seat).filter(pgh_label="insert").exists()


def test_an_existing_person_is_seated_without_a_copy(world):
    person = PersonFactory()
    nomination = nominate(world, person=person.pk)
    api_as(world.users["province_officer"]).post(f"/api/v1/committee-nominations/{nomination.pk}/approve/")
    assert Person.objects.count() == 1
    assert Membership.objects.get().person == person


def test_return_needs_a_reason_and_editing_resubmits(world):
    nomination = nominate(world)
    officer = api_as(world.users["province_officer"], "en")
    url = f"/api/v1/committee-nominations/{nomination.pk}/"
    response = officer.post(url + "return/", {"reason": "  "}, format="json")
    assert response.status_code == 400
    assert response.json()["message"] == "Say why the nomination is returned."
    response = officer.post(url + "return/", {"reason": "ขาดประวัติการทำงาน"}, format="json")
    assert response.status_code == 200
    nomination.refresh_from_db()
    assert (nomination.status, nomination.return_reason) == ("returned", "ขาดประวัติการทำงาน")
    # A returned nomination cannot be approved until it is corrected.
    assert officer.post(url + "approve/").status_code == 400
    supervisor = api_as(world.users["agency_supervisor"])
    assert supervisor.patch(url, {"qualifications": "ครู 20 ปี"}, format="json").status_code == 200
    nomination.refresh_from_db()
    assert nomination.status == "pending"
    assert officer.post(url + "approve/").status_code == 200
    assert not Membership.objects.none().exists() and Membership.objects.count() == 1


def test_only_the_province_office_of_that_province_decides(world):
    nomination = nominate(world)
    url = f"/api/v1/committee-nominations/{nomination.pk}/approve/"
    assert api_as(world.users["agency_supervisor"]).post(url).status_code == 403
    satun_officer = user_with_role("province_officer", world.other.province)
    assert api_as(satun_officer).post(url).status_code == 404  # not theirs to see
    assert not Membership.objects.exists()
    nomination.refresh_from_db()
    assert nomination.status == "pending"


def test_a_failed_approval_leaves_nothing_half_written(world):
    nomination = nominate(world, position="chair")
    MembershipFactory(committee=nomination.committee, position="chair")
    response = api_as(world.users["province_officer"], "en").post(
        f"/api/v1/committee-nominations/{nomination.pk}/approve/")
    assert response.status_code == 400
    assert response.json()["message"] == "This committee already has a chair for an overlapping term."
    nomination.refresh_from_db()
    assert nomination.status == "pending" and nomination.membership is None
    assert Person.objects.filter(first_name_th="สมมุติ").count() == 0
    assert Membership.objects.count() == 1


def test_nominations_are_for_esa_committees_only(world):
    from tests.committees.factories import CommitteeFactory

    provincial = CommitteeFactory()
    response = api_as(world.users["sbn_admin"], "en").post("/api/v1/committee-nominations/", {
        "committee": provincial.pk, "first_name_th": "ก", "sector": "private"}, format="json")
    assert response.status_code == 400
    assert response.json()["errors"]["committee"] == ["Nominations are made for ESA tripartite committees only."]


def test_an_approved_nomination_is_locked(world):
    nomination = nominate(world)
    api_as(world.users["province_officer"]).post(f"/api/v1/committee-nominations/{nomination.pk}/approve/")
    supervisor = api_as(world.users["agency_supervisor"], "en")
    url = f"/api/v1/committee-nominations/{nomination.pk}/"
    response = supervisor.patch(url, {"qualifications": "x"}, format="json")
    assert response.status_code == 400
    assert response.json()["message"] == "An approved nomination cannot be changed."
    assert supervisor.delete(url).status_code == 400
    assert Nomination.objects.filter(pk=nomination.pk).exists()


def test_pages_nominate_approve_and_return(client, world):
    committee = esa_committee(world.own.agency)
    client.cookies["django_language"] = "en"
    client.force_login(world.users["agency_supervisor"])
    response = client.post(reverse("committees:nomination-add"), {
        "committee": committee.pk, "first_name_th": "ทดลอง", "last_name_th": "ใจดี", "sector": "academic",
        "position": "expert"})
    assert response.status_code == 302
    first = Nomination.objects.get()
    second = NominationFactory(committee=committee)
    client.force_login(world.users["province_officer"])
    page = client.get(first.get_absolute_url()).content.decode()
    assert reverse("committees:nomination-approve", args=[first.pk]) in page
    client.post(reverse("committees:nomination-approve", args=[first.pk]))
    response = client.post(reverse("committees:nomination-return", args=[second.pk]), {"reason": ""}, follow=True)
    assert "Say why the nomination is returned." in response.content.decode()
    client.post(reverse("committees:nomination-return", args=[second.pk]), {"reason": "ซ้ำกับผู้แทนเดิม"})
    first.refresh_from_db()
    second.refresh_from_db()
    assert first.status == "approved" and first.membership.committee == committee
    assert (second.status, second.return_reason) == ("returned", "ซ้ำกับผู้แทนเดิม")
    # The supervisor sees the returned nomination, and may not decide it.
    client.force_login(world.users["agency_supervisor"])
    assert "ซ้ำกับผู้แทนเดิม" in client.get(second.get_absolute_url()).content.decode()
    assert client.post(reverse("committees:nomination-approve", args=[second.pk])).status_code == 403
