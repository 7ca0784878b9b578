"""Issue 17 item 4: an account with no role reads nothing; receipts only within scope; tokens die with
the password or the last role; nobody grants themselves a role; people reset a forgotten password."""

import re

import pytest
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse

from accounts.models import ApiToken
from grants.models import Expenditure
from sandbox.access import Role
from sandbox.models import RoleAssignment
from tests.conftest import api_as
from tests.factories import UserFactory, user_with_role
from tests.trust.conftest import spend

pytestmark = pytest.mark.django_db


@pytest.fixture
def row(grants):
    """An own-school expenditure with a PDF receipt."""
    expenditure = spend(grants.own, description="Receipt row")
    expenditure.receipt.save("r.pdf", SimpleUploadedFile("r.pdf", b"%PDF-1.4\n%%EOF\n"), save=False)
    Expenditure.objects.filter(pk=expenditure.pk).update(receipt=expenditure.receipt.name,
                                                          receipt_type="application/pdf")
    return expenditure


def token_client(raw):
    from rest_framework.test import APIClient

    return APIClient(HTTP_AUTHORIZATION=f"Token {raw}")


# --- no role ---------------------------------------------------------------------------------------

def test_no_role_reads_no_rows_through_the_api(world, grants, row):
    client = api_as(world.users["no_role"])
    for url in ("/api/v1/allocations/", "/api/v1/fiscal-years/", "/api/v1/expenditures/"):
        response = client.get(url)
        assert response.status_code == 200 and response.json()["count"] == 0, url
    assert client.get(f"/api/v1/expenditures/{row.pk}/").status_code == 404
    summary = client.get("/api/v1/spending-summary/", {"fiscal_year": 2567})
    assert summary.status_code == 403 and summary.json()["code"] == "permission_denied"


def test_no_role_reads_no_page_but_its_own_account(client, world, grants, row):
    client.force_login(world.users["no_role"])
    assert client.get(reverse("grants:home"), {"fiscal_year": 2567}).status_code == 404
    assert client.get(reverse("grants:school-year", args=[world.own.school.pk, 2567])).status_code == 404
    listing = client.get(reverse("grants:expenditure-list"))
    assert listing.status_code == 200 and "Receipt row" not in listing.content.decode()
    assert client.get(reverse("grants:expenditure-detail", args=[row.pk])).status_code == 404
    assert client.get(reverse("grants:receipt", args=[row.pk])).status_code == 404
    assert client.get(reverse("home")).url == reverse("account")
    for name in ("account", "account-tokens", "account-password"):
        assert client.get(reverse(name)).status_code == 200, name


def test_a_role_reads_and_losing_the_last_role_ends_it(client, world, grants, row):
    user = user_with_role(Role.SCHOOL_STAFF, world.other.school, username="leaver")
    _, raw = ApiToken.issue(user, "script")
    assert token_client(raw).get("/api/v1/allocations/").json()["count"] == 2
    client.force_login(user)
    assert client.get(reverse("grants:home"), {"fiscal_year": 2567}).status_code == 200
    RoleAssignment.objects.filter(user=user).delete()
    user = type(user).objects.get(pk=user.pk)  # a fresh request loads the assignments anew
    client.force_login(user)
    assert client.get(reverse("grants:home"), {"fiscal_year": 2567}).status_code == 404
    assert api_as(user).get("/api/v1/allocations/").json()["count"] == 0
    assert token_client(raw).get("/api/v1/allocations/").status_code == 401
    assert ApiToken.objects.get(user=user).revoked is not None


def test_removing_one_of_two_roles_keeps_the_token(world, grants):
    user = user_with_role(Role.SCHOOL_STAFF, world.own.school, username="two_roles")
    RoleAssignment.objects.create(user=user, role=Role.SCHOOL_DIRECTOR, school=world.own.school)
    _, raw = ApiToken.issue(user, "script")
    RoleAssignment.objects.filter(user=user, role=Role.SCHOOL_STAFF).delete()
    assert token_client(raw).get("/api/v1/expenditures/").status_code == 200


# --- receipts --------------------------------------------------------------------------------------

@pytest.mark.parametrize("who, may", [
    ("school_director", True), ("school_staff", True), ("agency_supervisor", True), ("province_officer", True),
    ("sbn_viewer", True), ("sbn_admin", True), ("other_school", False), ("other_province", False),
    ("no_role", False),
])
def test_receipt_reaches_the_school_its_supervisors_and_sbn_only(client, world, grants, row, who, may):
    users = {**world.users,
             "other_school": user_with_role(Role.SCHOOL_DIRECTOR, world.other.school, username="other_dir"),
             "other_province": user_with_role(Role.PROVINCE_OFFICER, world.other.province, username="other_po")}
    client.force_login(users[who])
    response = client.get(reverse("grants:receipt", args=[row.pk]))
    assert response.status_code == (200 if may else 404)
    if who == "other_school":  # the row itself stays public to schools (transparency)
        assert client.get(reverse("grants:expenditure-detail", args=[row.pk])).status_code == 200
        assert api_as(users[who]).get(f"/api/v1/expenditures/{row.pk}/").status_code == 200


def test_receipt_needs_sign_in(client, grants, row):
    response = client.get(reverse("grants:receipt", args=[row.pk]))
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]


# --- tokens and passwords --------------------------------------------------------------------------

def test_token_stops_when_the_password_changes_on_the_page(client, world):
    user = world.users["school_director"]
    user.set_password("old-password-123")
    user.save()
    _, raw = ApiToken.issue(user, "script")
    assert token_client(raw).get("/api/v1/schools/").status_code == 200
    client.force_login(user)
    response = client.post(reverse("account-password"), {"old_password": "old-password-123",
                                                         "new_password1": "a-new-long-pass-77",
                                                         "new_password2": "a-new-long-pass-77"})
    assert response.status_code == 302
    assert token_client(raw).get("/api/v1/schools/").status_code == 401


def test_token_stops_when_the_password_is_set_anywhere(world):
    user = world.users["sbn_viewer"]
    _, raw = ApiToken.issue(user, "script")
    user.set_password("set-in-a-shell-99")
    user.save()
    assert token_client(raw).get("/api/v1/schools/").status_code == 401


def test_saving_a_user_without_a_new_password_keeps_the_token(world):
    user = world.users["sbn_viewer"]
    _, raw = ApiToken.issue(user, "script")
    user.first_name = "Renamed"
    user.save()
    assert token_client(raw).get("/api/v1/schools/").status_code == 200


# --- self-grant ------------------------------------------------------------------------------------

def test_nobody_grants_a_role_to_themselves_on_the_page(client, world):
    officer = world.users["province_officer"]
    client.force_login(officer)
    before = RoleAssignment.objects.count()
    response = client.post(reverse("account-role-add"), {"user": officer.pk, "role": Role.AGENCY_SUPERVISOR,
                                                         "agency": world.own.agency.pk},
                           HTTP_ACCEPT_LANGUAGE="th")
    assert response.status_code == 200
    # On top of the form, in Thai: "you cannot give a role to yourself; ask another administrator".
    refusal = re.search(r'<div class="alert alert-danger" role="alert">(.*?)</div>', response.content.decode(), re.S)
    assert refusal and "ไม่สามารถกำหนดบทบาทให้ตนเองได้" in refusal.group(1)
    assert RoleAssignment.objects.count() == before
    newcomer = UserFactory(username="newcomer")
    response = client.post(reverse("account-role-add"), {"user": newcomer.pk, "role": Role.AGENCY_SUPERVISOR,
                                                         "agency": world.own.agency.pk})
    assert response.status_code == 302
    assert RoleAssignment.objects.filter(user=newcomer).exists()


def test_nobody_grants_a_role_to_themselves_through_the_api(world):
    admin = world.users["sbn_admin"]
    response = api_as(admin, "en").post("/api/v1/role-assignments/", {"user": admin.pk, "role": "sbn_viewer"},
                                        format="json")
    assert response.status_code == 403 and response.json()["code"] == "self_grant"
    assert "yourself" in response.json()["message"]
    assert not RoleAssignment.objects.filter(user=admin, role="sbn_viewer").exists()
    other = UserFactory(username="someone")
    response = api_as(admin).post("/api/v1/role-assignments/", {"user": other.pk, "role": "sbn_viewer"},
                                  format="json")
    assert response.status_code == 201


# --- password reset --------------------------------------------------------------------------------

def test_a_forgotten_password_is_reset_by_email_and_lifts_a_lockout(world, settings):
    from axes.models import AccessAttempt

    user = world.users["school_staff"]
    user.email = "staff@school.example"
    user.save()
    _, raw = ApiToken.issue(user, "script")
    AccessAttempt.objects.create(username=user.username, ip_address="10.0.0.9", user_agent="x",
                                 failures_since_start=settings.AXES_FAILURE_LIMIT)
    client = Client()
    page = client.get(reverse("password_reset"))
    assert page.status_code == 200
    response = client.post(reverse("password_reset"), {"email": "staff@school.example"})
    assert response.status_code == 302
    assert client.post(reverse("password_reset"), {"email": "nobody@x.example"}).status_code == 302
    assert len(mail.outbox) == 1 and mail.outbox[0].to == ["staff@school.example"]
    link = re.search(r"https?://[^/\s]+(/accounts/password-reset/\S+/)", mail.outbox[0].body).group(1)
    form = client.get(link, follow=True)
    assert form.status_code == 200 and "new_password1" in form.content.decode()
    done = client.post(form.redirect_chain[-1][0], {"new_password1": "chosen-by-me-2567",
                                                    "new_password2": "chosen-by-me-2567"})
    assert done.status_code == 302
    user.refresh_from_db()
    assert user.check_password("chosen-by-me-2567")
    assert not AccessAttempt.objects.filter(username=user.username).exists()
    assert token_client(raw).get("/api/v1/schools/").status_code == 401
    again = client.get(link, follow=True)
    assert "new_password1" not in again.content.decode()  # a link works once


def test_reset_refuses_a_weak_password_and_changes_nothing(world):
    user = world.users["school_staff"]
    user.email = "staff@school.example"
    user.set_password("the-old-one-5566")
    user.save()
    client = Client()
    client.post(reverse("password_reset"), {"email": "staff@school.example"})
    link = re.search(r"https?://[^/\s]+(/accounts/password-reset/\S+/)", mail.outbox[0].body).group(1)
    form = client.get(link, follow=True)
    response = client.post(form.redirect_chain[-1][0], {"new_password1": "12345", "new_password2": "12345"},
                           HTTP_ACCEPT_LANGUAGE="th")
    assert response.status_code == 200
    user.refresh_from_db()
    assert user.check_password("the-old-one-5566")


def test_sign_in_page_offers_the_reset(client):
    assert reverse("password_reset") in client.get(reverse("login")).content.decode()
