"""Issue 17 item 6 for files: an import finds likely duplicates (the same school, receipt number, amount
and date as a recorded row, or as an earlier row of the same file) by grants.services' rule, lists them
in its report, dry run or not, and writes nothing while they are not confirmed; with the confirmation
(the page's tick box, the API's confirm_duplicate, as on the one-row paths) they go in with the rest."""

import datetime

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import translation

from grants import bulk
from grants.models import Expenditure
from tests.contract.conftest import token_client
from tests.grants.conftest import spend

pytestmark = pytest.mark.django_db

ROW = {"date": "2024-02-03", "amount": "1250.00", "category": "materials", "description": "Paper",
       "payee": "Shop", "receipt_number": "RC-77"}
COLUMNS = ("date", "amount", "category", "description", "payee", "receipt_number")


@pytest.fixture
def recorded(grants):
    return spend(grants.own, "1250.00", day=datetime.date(2024, 2, 3), receipt_number="RC-77")


def csv_file(rows):
    lines = [",".join(COLUMNS)] + [",".join(row[c] for c in COLUMNS) for row in rows]
    return SimpleUploadedFile("spending.csv", "\n".join(lines).encode())


def rows_with_duplicates():
    """Row 1 repeats the recorded receipt ( rc-77 , any case, padded); row 3 repeats row 2; row 4 differs."""
    return [{**ROW, "receipt_number": " rc-77 "}, {**ROW, "receipt_number": "RC-80"},
            {**ROW, "receipt_number": "RC-80"}, {**ROW, "receipt_number": "RC-80", "amount": "1250.01"}]


def import_own(world, grants, rows, **options):
    with translation.override("en"):
        return bulk.import_expenditures(world.users["school_staff"], rows, school=world.own.school,
                                        fiscal_year=grants.year, **options)


def test_a_dry_run_lists_duplicates_of_saved_rows_and_within_the_file(world, grants, recorded):
    result = import_own(world, grants, rows_with_duplicates(), dry_run=True)
    assert [(row, column) for row, column, _m in result.duplicates] == [(1, "receipt_number"), (3, "receipt_number")]
    assert result.errors == result.duplicates  # refused while not confirmed
    assert f"(entry {recorded.pk})" in result.duplicates[0][2] and "RC-77" in result.duplicates[0][2]
    assert "also in row 2 of this file" in result.duplicates[1][2]


def test_unconfirmed_duplicates_stop_the_real_import_and_confirmed_ones_go_in(world, grants, recorded):
    refused = import_own(world, grants, rows_with_duplicates(), dry_run=False)
    assert not refused.ok and refused.imported == 0 and Expenditure.objects.count() == 1
    confirmed = import_own(world, grants, rows_with_duplicates(), dry_run=False, confirm_duplicate=True)
    assert confirmed.ok and confirmed.imported == 4 and len(confirmed.duplicates) == 2
    assert Expenditure.objects.count() == 5


def test_a_row_without_receipt_number_or_of_another_school_is_no_duplicate(world, grants, recorded):
    rows = [{**ROW, "receipt_number": ""}, {**ROW, "receipt_number": ""}]
    assert import_own(world, grants, rows, dry_run=False).imported == 2
    other = bulk.import_expenditures(world.users["sbn_admin"], [ROW], dry_run=False, school=world.other.school,
                                     fiscal_year=grants.year)
    assert other.ok and not other.duplicates


def test_the_upload_page_refuses_until_the_box_is_ticked(client, world, grants, recorded):
    client.force_login(world.users["school_staff"])
    url = reverse("grants:expenditure-import", args=[world.own.school.pk, 2567])
    page = client.get(url, HTTP_ACCEPT_LANGUAGE="en")
    assert 'name="confirm_duplicate"' in page.content.decode()
    response = client.post(url, {"file": csv_file([ROW])}, HTTP_ACCEPT_LANGUAGE="en")
    assert "already recorded" in response.content.decode() and Expenditure.objects.count() == 1
    response = client.post(url, {"file": csv_file([ROW]), "confirm_duplicate": "on"}, HTTP_ACCEPT_LANGUAGE="en")
    assert "1 row imported" in response.content.decode() and Expenditure.objects.count() == 2
    events = Expenditure.pgh_event_model.objects.filter(pgh_label="insert", pgh_context__isnull=False)
    assert events.count() == 1  # the audit recorded the imported row with the page request's context


def test_the_api_reports_refuses_and_accepts_with_confirm_duplicate(world, grants, recorded):
    api = token_client(world.users["school_staff"])
    url = f"/api/v1/expenditures/import/?school={world.own.school.pk}&fiscal_year=2567"
    dry = api.post(url, {"file": csv_file(rows_with_duplicates()), "dry_run": "true"}, format="multipart")
    assert dry.status_code == 400 and dry.json()["code"] == "invalid_rows"
    assert [d["row"] for d in dry.json()["duplicates"]] == [2, 4]  # spreadsheet rows: the header is row 1
    refused = api.post(url, {"file": csv_file(rows_with_duplicates())}, format="multipart")
    assert refused.status_code == 400 and Expenditure.objects.count() == 1
    accepted = api.post(url + "&confirm_duplicate=true", {"file": csv_file(rows_with_duplicates())},
                        format="multipart")
    assert accepted.status_code == 200, accepted.json()
    assert accepted.json()["imported"] == 4 and len(accepted.json()["duplicates"]) == 2
    assert Expenditure.objects.count() == 5
    events = Expenditure.pgh_event_model.objects.filter(pgh_label="insert", pgh_context__isnull=False)
    assert events.count() == 4  # the audit recorded each imported row, with the request's context


def test_confirming_gives_no_one_else_access(client, world, grants, recorded):
    other = token_client(world.users["school_staff"]).post(
        f"/api/v1/expenditures/import/?school={world.other.school.pk}&fiscal_year=2567&confirm_duplicate=true",
        [ROW], format="json")
    assert other.status_code == 400 and Expenditure.objects.count() == 1
    anonymous = client.post("/api/v1/expenditures/import/?confirm_duplicate=true", [ROW],
                            content_type="application/json")
    assert anonymous.status_code in (401, 403) and Expenditure.objects.count() == 1
