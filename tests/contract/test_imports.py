"""Bulk exchange through the API: the pages' files (or a JSON array), dry run, the row report, all or nothing."""

import io

import openpyxl
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from grants.models import Allocation, Expenditure, SpendingRollup
from tests.contract.conftest import refused, token_client

pytestmark = pytest.mark.django_db

ROW = {"date": "2024-01-05", "amount": "10.00", "category": "materials", "description": "Paper", "payee": "Shop"}


def csv_file(rows, columns=("date", "amount", "category", "description", "payee")):
    lines = [",".join(columns)] + [",".join(f'"{row[c]}"' for c in columns) for row in rows]
    return SimpleUploadedFile("spending.csv", "\n".join(lines).encode())


def test_a_token_client_imports_1000_rows_in_one_request(world, grants):
    api = token_client(world.users["school_staff"])
    rows = [{**ROW, "school_code": world.own.school.code, "fiscal_year": 2567} for _ in range(1000)]
    response = api.post("/api/v1/expenditures/import/", rows, format="json")
    assert response.status_code == 200, response.json()
    assert response.json() == {"rows": 1000, "imported": 1000, "dry_run": False, "errors": []}
    assert Expenditure.objects.count() == 1000
    assert sum(r.total for r in SpendingRollup.objects.all()) == 10000


def test_the_pages_csv_for_one_school_year_with_a_dry_run(world, grants):
    api = token_client(world.users["school_staff"])
    url = f"/api/v1/expenditures/import/?school={world.own.school.pk}&fiscal_year=2567"
    response = api.post(url, {"file": csv_file([{**ROW, "amount": "3,500"}]), "dry_run": "true"},
                        format="multipart")
    assert response.json() == {"rows": 1, "imported": 0, "dry_run": True, "errors": []}
    assert not Expenditure.objects.exists()
    response = api.post(url, {"file": csv_file([{**ROW, "amount": "3,500"}])}, format="multipart")
    assert response.json()["imported"] == 1 and Expenditure.objects.get().amount == 3500


def test_an_xlsx_file(world, grants):
    book = openpyxl.Workbook()
    book.active.append(list(ROW))
    book.active.append(["2024-01-05", 25.5, "materials", "Paper", "Shop"])
    data = io.BytesIO()
    book.save(data)
    api = token_client(world.users["school_staff"])
    response = api.post(f"/api/v1/expenditures/import/?school={world.own.school.pk}&fiscal_year=2567",
                        {"file": SimpleUploadedFile("s.xlsx", data.getvalue())}, format="multipart")
    assert response.status_code == 200, response.json()
    assert str(Expenditure.objects.get().amount) == "25.50"


def test_one_bad_row_refuses_the_whole_file(world, grants):
    api = token_client(world.users["school_staff"])
    rows = [{**ROW, "school_code": world.own.school.code, "fiscal_year": 2567} for _ in range(3)]
    rows[1]["date"] = "2030-01-01"
    body = refused(api.post("/api/v1/expenditures/import/", rows, format="json"), 400, "invalid_rows")
    assert [e["row"] for e in body["errors"]["rows"]] == [2]
    assert body["imported"] == 0 and not Expenditure.objects.exists()


@pytest.mark.parametrize("amount", ["3,500", "1e3", "๕", "+5", 1e16])
def test_json_amounts_follow_the_api_money_rule(world, grants, amount):
    api = token_client(world.users["school_staff"])
    rows = [{**ROW, "amount": amount, "school_code": world.own.school.code, "fiscal_year": 2567}]
    body = refused(api.post("/api/v1/expenditures/import/", rows, format="json"), 400)
    assert "1" in body["errors"]
    assert not Expenditure.objects.exists()


def test_another_schools_rows_are_refused(world, grants):
    api = token_client(world.users["school_staff"])
    rows = [{**ROW, "school_code": world.other.school.code, "fiscal_year": 2567}]
    refused(api.post("/api/v1/expenditures/import/", rows, format="json"), 400, "invalid_rows")
    assert not Expenditure.objects.exists()


def test_a_read_only_token_may_not_import(world, grants):
    from rest_framework.test import APIClient

    from accounts.models import ApiToken

    _, key = ApiToken.issue(world.users["school_staff"], "ro", read_only=True)
    api = APIClient(HTTP_AUTHORIZATION=f"Token {key}")
    rows = [{**ROW, "school_code": world.own.school.code, "fiscal_year": 2567}]
    refused(api.post("/api/v1/expenditures/import/", rows, format="json"), 403, "permission_denied")
    assert not Expenditure.objects.exists()


@pytest.mark.parametrize("body", [[], [1, 2], {"rows": []}])
def test_malformed_bodies(admin_api, grants, body):
    refused(admin_api.post("/api/v1/expenditures/import/", body, format="json"), 400)


def test_allocations_import(admin_api, world, grants):
    rows = [{"school_code": world.own.school.code, "fiscal_year": "2567", "programme": "innovation",
             "amount": "120000.00"}]
    response = admin_api.post("/api/v1/allocations/import/?dry_run=true", rows, format="json")
    assert response.json()["dry_run"] is True and Allocation.objects.get(pk=grants.own.pk).amount == 100000
    response = admin_api.post("/api/v1/allocations/import/", rows, format="json")
    assert response.status_code == 200, response.json()
    assert Allocation.objects.get(pk=grants.own.pk).amount == 120000


def test_allocations_import_refused_for_a_director(world, grants):
    api = token_client(world.users["school_director"])
    rows = [{"school_code": world.own.school.code, "fiscal_year": "2567", "programme": "innovation",
             "amount": "1.00"}]
    refused(api.post("/api/v1/allocations/import/", rows, format="json"), 400, "invalid_rows")
    assert Allocation.objects.get(pk=grants.own.pk).amount == 100000
