"""Hostile input never reaches a 500: each is a 400 (or the 403 of who may not write at all), nothing written."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from grants.models import Expenditure, FiscalYear
from sandbox.models import IdempotencyKey
from tests.contract.conftest import refused, token_client

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("path", ["/api/v1/provinces/%00/", "/api/v1/schools/?code=%00",
                                  "/api/v1/expenditures/?description=a%00b", "/api/v1/fiscal-years/%00/history/"])
def test_nul_bytes_in_api_paths_and_filters(admin_api, path):
    refused(admin_api.get(path), 400, "bad_request")


def test_nul_bytes_in_a_header(admin_api):
    refused(admin_api.get("/api/v1/provinces/", HTTP_X_CLIENT="a\x00b"), 400, "bad_request")


def test_nul_bytes_on_pages(client, world):
    client.force_login(world.users["sbn_admin"])
    assert client.get("/provinces/%00/").status_code == 400
    assert client.get("/grants/expenditures/?q=%00").status_code == 400


@pytest.mark.parametrize("year", [10543, 2701, 99999, -1, "1e3"])
def test_out_of_range_fiscal_years(admin_api, year):
    body = refused(admin_api.post("/api/v1/fiscal-years/", {"year": year}, format="json"), 400)
    assert "year" in body["errors"]
    assert not FiscalYear.objects.exists()


def test_who_may_not_add_years_is_refused_before_the_payload_is_read(world):
    api = token_client(world.users["school_director"])
    refused(api.post("/api/v1/fiscal-years/", {"year": 10543}, format="json"), 403, "permission_denied")
    assert not FiscalYear.objects.exists()


def test_out_of_range_fiscal_year_on_the_page(client, world):
    client.force_login(world.users["sbn_admin"])
    response = client.post("/grants/fiscal-years/add/", {"year": 10543, "is_open": "on"})
    assert response.status_code == 200 and "year" in response.context["form"].errors
    assert not FiscalYear.objects.exists()


# Past the offsets real time zones use (±14:00) an offset is refused (sandbox.filters); tests.api has the rest.
@pytest.mark.parametrize("offset", ["+99:00", "-23:59", "+16:00", "-16:30"])
def test_time_zone_offsets_beyond_14_hours(admin_api, offset):
    from urllib.parse import quote

    response = admin_api.get(f"/api/v1/committee-meetings/?starts_after={quote('2024-01-01T00:00:00' + offset)}")
    refused(response, 400)


@pytest.mark.parametrize("moment", ["0001-01-01T00:00:00+14:00", "9999-12-31T23:59:59-14:00",
                                    "0001-01-01T00:00:00"])
def test_datetimes_at_the_ends_of_the_calendar(admin_api, moment):
    from urllib.parse import quote

    response = admin_api.get(f"/api/v1/committee-meetings/?starts_after={quote(moment)}")
    assert response.status_code in (200, 400), response.content


def test_a_5000_deep_json_body(admin_api, world, grants):
    body = '{"description": ' + "[" * 5000 + "]" * 5000 + "}"
    response = admin_api.post("/api/v1/expenditures/", body, content_type="application/json")
    refused(response, 400, "parse_error")
    assert not Expenditure.objects.exists()


@pytest.mark.parametrize("key", ["abc\x01def", "tab\there", "bell\x07", "del\x7f"])
def test_control_characters_in_idempotency_key(world, grants, key):
    api = token_client(world.users["school_staff"])
    response = api.post("/api/v1/expenditures/", {
        "allocation": grants.own.pk, "date": "2024-01-05", "amount": "10.00", "category": "materials",
        "description": "Paper", "payee": "Shop"}, format="json", HTTP_IDEMPOTENCY_KEY=key)
    refused(response, 400)
    assert not Expenditure.objects.exists() and not IdempotencyKey.objects.exists()


def test_unknown_group_by_on_the_summary_export(client, world, grants):
    client.force_login(world.users["sbn_admin"])
    response = client.get("/grants/?export=csv&group_by=nonsense&fiscal_year=2567")
    assert response.status_code == 400


@pytest.mark.parametrize("query, field", [("page_size=0", "page_size"), ("page_size=abc", "page_size"),
                                          ("page_size=501", "page_size"), ("page_size=๕", "page_size"),
                                          ("ordering=nonsense", "ordering"), ("ordering=-amount,payee", "ordering")])
def test_invalid_page_size_or_ordering_is_a_400(admin_api, query, field):
    body = refused(admin_api.get(f"/api/v1/expenditures/?{query}"), 400)
    assert field in body["errors"]


def test_valid_ordering_and_page_size_still_work(admin_api):
    assert admin_api.get("/api/v1/expenditures/?ordering=-amount,date&page_size=500").status_code == 200


def test_an_unstorable_number_in_a_form_upload_is_a_400(world, grants):
    api = token_client(world.users["school_staff"])
    response = api.post("/api/v1/expenditures/import/?school=99999999999999999999&fiscal_year=2567",
                        {"file": SimpleUploadedFile("x.csv", b"date,amount\n")}, format="multipart")
    refused(response, 400)
