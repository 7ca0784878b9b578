"""A client holding only a token: who it is, its receipts, its history in the API's language."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from grants.models import Expenditure
from sandbox.access import Role
from tests.contract.conftest import refused, token_client
from tests.factories import user_with_role

pytestmark = pytest.mark.django_db

PDF = b"%PDF-1.4\n%%EOF\n"


def test_a_director_learns_its_own_school(world):
    body = token_client(world.users["school_director"]).get("/api/v1/me/").json()
    assert body["username"] == "school_director"
    assert body["token_read_only"] is False
    assert [r["role"] for r in body["roles"]] == ["school_director"]
    assert body["roles"][0]["scope"] == "school" and body["roles"][0]["scope_id"] == str(world.own.school.pk)
    school = body["schools"][0]
    assert (school["id"], school["code"]) == (world.own.school.pk, world.own.school.code)
    assert school["province"] == world.own.province.pk and school["agency"] == world.own.agency.pk


def test_a_province_officer_and_an_account_without_a_role(world):
    body = token_client(world.users["province_officer"]).get("/api/v1/me/").json()
    assert [p["id"] for p in body["provinces"]] == [world.own.province.pk] and body["schools"] == []
    body = token_client(world.users["no_role"]).get("/api/v1/me/").json()
    assert body["roles"] == [] and body["schools"] == []


def test_me_needs_a_token_or_a_session(api):
    refused(api.get("/api/v1/me/"), 401, "not_authenticated")


@pytest.fixture
def with_receipt(world, grants):
    api = token_client(world.users["school_staff"])
    response = api.post("/api/v1/expenditures/", {
        "allocation": grants.own.pk, "date": "2024-01-05", "amount": "1000.00", "category": "materials",
        "description": "Paper", "payee": "Shop", "receipt": SimpleUploadedFile("r.pdf", PDF)}, format="multipart")
    assert response.status_code == 201, response.json()
    return response.json()


def test_a_token_holder_downloads_its_receipt_from_the_absolute_url(world, with_receipt):
    url = with_receipt["receipt_url"]
    assert url.startswith("http://testserver/api/v1/expenditures/")
    response = token_client(world.users["school_director"]).get(url, HTTP_ACCEPT="application/pdf")
    assert response.status_code == 200 and response["Content-Type"] == "application/pdf"
    assert b"".join(response.streaming_content) == PDF


def test_the_same_url_works_for_a_browser_session(client, world, with_receipt):
    client.force_login(world.users["agency_supervisor"])
    response = client.get(with_receipt["receipt_url"], HTTP_ACCEPT="text/html,*/*")
    assert response.status_code == 200 and b"".join(response.streaming_content) == PDF


def test_a_receipt_outside_the_scope_is_a_404(world, with_receipt):
    other = user_with_role(Role.SCHOOL_DIRECTOR, world.other.school, username="other_director")
    refused(token_client(other).get(with_receipt["receipt_url"]), 404, "not_found")


def test_no_receipt_file_is_a_404(admin_api, world, grants):
    from tests.grants.conftest import spend

    row = spend(grants.own)
    refused(admin_api.get(f"/api/v1/expenditures/{row.pk}/receipt/"), 404, "not_found")


def test_history_speaks_the_api_language(admin_api, world, with_receipt):
    row = Expenditure.objects.get(pk=with_receipt["id"])
    assert row.receipt_token
    events = admin_api.get(f"/api/v1/expenditures/{row.pk}/history/").json()["results"]
    values = events[-1]["values"]
    assert values["amount"] == "1000.00"
    assert values["date"] == "2024-01-05"
    assert values["school"] == world.own.school.pk and "school_id" not in values
    for internal in ("receipt", "receipt_token", "row_version"):
        assert internal not in values
    audit = admin_api.get(f"/api/v1/audit/?model=grants.Expenditure&object_id={row.pk}").json()["results"]
    assert audit[-1]["values"]["amount"] == "1000.00" and "receipt_token" not in audit[-1]["values"]


def test_history_changes_are_strings_too(world, with_receipt):
    api = token_client(world.users["school_staff"])
    assert api.patch(f"/api/v1/expenditures/{with_receipt['id']}/", {"amount": "1500.5"},
                     format="json").status_code == 200
    latest = api.get(f"/api/v1/expenditures/{with_receipt['id']}/history/").json()["results"][0]
    assert latest["changes"]["amount"] == ["1000.00", "1500.50"]
