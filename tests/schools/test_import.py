import csv
import io

import openpyxl
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import translation
from pghistory.models import Events

from provinces.models import District
from schools.importer import COLUMNS, import_schools, template_rows
from schools.models import MembershipEvent, PilotSchool
from schools.views import imports
from tests.conftest import api_as

pytestmark = pytest.mark.django_db


def good_rows(world, count):
    district = District.objects.filter(province=world.own.province).order_by("code").first()
    return [{"code": f"1031{n:06d}", "name_th": f"โรงเรียนนำเข้า {n}", "agency": world.own.agency.code,
             "district": district.code, "smis_code": f"31{n:06d}", "obec_code": f"{n:06d}",
             "latitude": "14.99", "longitude": "103.10", "levels": "primary,lower_secondary",
             "students": str(100 + n), "teachers": "8", "email": f"s{n}@school.test"}
            for n in range(1, count + 1)]


def as_csv(rows, name="schools.csv"):
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=COLUMNS)
    writer.writeheader()
    writer.writerows(rows)
    return SimpleUploadedFile(name, buffer.getvalue().encode("utf-8-sig"), content_type="text/csv")


def as_xlsx(rows, name="schools.xlsx"):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(COLUMNS)
    for row in rows:
        sheet.append([row.get(column, "") for column in COLUMNS])
    buffer = io.BytesIO()
    book.save(buffer)
    return SimpleUploadedFile(name, buffer.getvalue())


def spoil(rows):
    """Three bad rows: a 9-digit code (row 12), an unknown office (row 251), a latitude of 95 (row 501)."""
    rows[10]["code"] = "103100001"
    rows[249]["agency"] = "NO-SUCH-OFFICE"
    rows[499]["latitude"] = "95"
    return rows


@pytest.mark.parametrize("make_file", [as_csv, as_xlsx])
def test_500_rows_with_3_bad_report_exactly_those_and_import_nothing_then_all_when_fixed(world, make_file):
    officer = world.users["province_officer"]
    before = PilotSchool.objects.count()
    report = import_schools(officer, make_file(spoil(good_rows(world, 500))), dry_run=False)
    assert report.rows == 500 and report.created == 0
    assert [(e.row, e.column) for e in report.errors] == [(12, "code"), (251, "agency"), (501, "latitude")]
    assert all(e.message for e in report.errors)
    assert PilotSchool.objects.count() == before

    report = import_schools(officer, make_file(good_rows(world, 500)), dry_run=False)
    assert report.ok and report.created == 500
    imported = PilotSchool.objects.filter(code__startswith="1031")
    assert imported.count() == 500
    school = imported.get(code="1031000007")
    assert school.levels == ["primary", "lower_secondary"] and school.students == 107
    events = Events.objects.filter(pgh_obj_model="schools.PilotSchool", pgh_label="insert",
                                   pgh_obj_id__in=[str(pk) for pk in imported.values_list("pk", flat=True)])
    assert events.count() == 500
    assert {event.pgh_context["user"] for event in events} == {officer.pk}
    assert {event.pgh_context["import_file"] for event in events} == {make_file.__name__ == "as_csv" and
                                                                       "schools.csv" or "schools.xlsx"}


def test_dry_run_of_a_good_file_imports_nothing(world):
    report = import_schools(world.users["sbn_admin"], as_csv(good_rows(world, 3)), dry_run=True)
    assert report.ok and report.rows == 3 and report.created == 0
    assert not PilotSchool.objects.filter(code__startswith="1031").exists()


def test_every_problem_of_a_row_is_reported_with_its_column(world):
    rows = good_rows(world, 3)
    rows[0].update(smis_code="1234", students="many", levels="primary,college", email="not-an-email")
    rows[1]["code"] = rows[2]["code"]  # the same code twice in the file
    rows[2]["district"] = "ไม่มีอำเภอนี้"
    with translation.override("en"):
        report = import_schools(world.users["sbn_admin"], as_csv(rows), dry_run=True)
    found = {(e.row, e.column) for e in report.errors}
    assert found == {(2, "smis_code"), (2, "students"), (2, "levels"), (2, "email"), (4, "code"), (4, "district")}
    message = {(e.row, e.column): e.message for e in report.errors}
    assert message[(4, "code")] == "This school code is already in row 3."
    assert message[(2, "smis_code")] == "A SMIS code has exactly 8 digits."


def test_an_officer_may_not_import_schools_of_another_province(world):
    rows = good_rows(world, 2)
    rows[1]["agency"] = world.other.agency.code
    rows[1]["district"] = ""
    report = import_schools(world.users["province_officer"], as_csv(rows), dry_run=False)
    assert [(e.row, e.column) for e in report.errors] == [(3, "agency")]
    assert not PilotSchool.objects.filter(code__startswith="1031").exists()


def test_existing_codes_unknown_columns_and_wrong_files_are_reported(world):
    rows = good_rows(world, 1)
    rows[0]["code"] = world.own.school.code
    report = import_schools(world.users["sbn_admin"], as_csv(rows), dry_run=True)
    assert [(e.row, e.column) for e in report.errors] == [(2, "code")]
    bad_header = SimpleUploadedFile("x.csv", "code,name_th,colour\n1031000001,ก,แดง\n".encode())
    report = import_schools(world.users["sbn_admin"], bad_header, dry_run=True)
    assert {(e.row, e.column) for e in report.errors} == {(1, "agency"), (1, "colour")}
    report = import_schools(world.users["sbn_admin"], SimpleUploadedFile("x.pdf", b"%PDF-"), dry_run=True)
    assert report.errors[0].row == 1 and not report.ok


def test_joined_on_records_the_membership(world):
    rows = good_rows(world, 2)
    rows[0].update(joined_on="25/07/2567", approved_by="กขน.บุรีรัมย์")
    report = import_schools(world.users["sbn_admin"], as_csv(rows), dry_run=False)
    assert report.ok, report.errors
    event = MembershipEvent.objects.get(school__code=rows[0]["code"])
    assert event.date.isoformat() == "2024-07-25" and event.approved_by == "กขน.บุรีรัมย์"


def test_import_page_checks_then_imports_and_the_audit_names_the_user(client, world):
    officer = world.users["province_officer"]
    client.force_login(officer)
    url = reverse("schools:import")
    assert client.get(url).status_code == 200
    response = client.post(url, {"file": as_csv(spoil(good_rows(world, 500))), "action": "import"})
    assert response.status_code == 400
    html = response.content.decode()
    assert "NO-SUCH-OFFICE" in html and html.count("<tr><td class=\"num\">") == 3
    response = client.post(url, {"file": as_csv(good_rows(world, 5)), "action": "check"})
    assert response.status_code == 200 and not PilotSchool.objects.filter(code__startswith="1031").exists()
    response = client.post(url, {"file": as_csv(good_rows(world, 5)), "action": "import"})
    assert response.status_code == 200
    school = PilotSchool.objects.get(code="1031000001")
    history = client.get(reverse("schools:history", args=[school.pk])).content.decode()
    assert officer.username in history


def test_import_page_and_api_refuse_users_who_may_not_add_schools(client, world):
    client.force_login(world.users["school_director"])
    assert client.get(reverse("schools:import")).status_code == 403
    response = api_as(world.users["agency_supervisor"]).post(
        "/api/v1/schools/import/", {"file": as_csv(good_rows(world, 1))}, format="multipart")
    assert response.status_code == 403


def test_api_import_reports_rows_and_imports(world):
    api = api_as(world.users["sbn_admin"])
    response = api.post("/api/v1/schools/import/", {"file": as_csv(spoil(good_rows(world, 500)))},
                        format="multipart", HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 400
    body = response.json()
    assert body["code"] == "invalid" and body["message"] == "3 problems found; nothing was imported."
    assert body["dry_run"] is True and [e["row"] for e in body["errors"]] == [12, 251, 501]
    missing = api.post("/api/v1/schools/import/", {}, format="multipart")
    assert missing.status_code == 400 and "file" in missing.json()["errors"]
    response = api.post("/api/v1/schools/import/", {"file": as_xlsx(good_rows(world, 10)), "dry_run": "false"},
                        format="multipart")
    assert response.status_code == 200 and response.json()["created"] == 10


def test_template_downloads_have_the_import_columns(client, world):
    client.force_login(world.users["sbn_viewer"])
    response = client.get(reverse("schools:import-template"))
    assert response.content.decode("utf-8-sig").splitlines()[0] == ",".join(COLUMNS)
    response = client.get(reverse("schools:import-template"), {"format": "xlsx"})
    sheet = openpyxl.load_workbook(io.BytesIO(response.content)).active
    assert [c.value for c in sheet[1]] == COLUMNS
    assert sheet["A2"].value == "1031000001" and sheet["A2"].number_format == "@"  # codes stay text


def test_template_cells_never_run_as_formulas(client, world, monkeypatch):
    """The template goes through the shared writers: a cell starting with = is text in CSV and XLSX."""
    formula = '=HYPERLINK("http://x.example","click")'
    header, example = template_rows()
    example = [formula if name == "name_th" else value for name, value in zip(header, example, strict=True)]
    monkeypatch.setattr(imports, "template_rows", lambda: (header, example))
    client.force_login(world.users["sbn_viewer"])
    text = client.get(reverse("schools:import-template")).content.decode("utf-8-sig")
    row = next(csv.DictReader(io.StringIO(text)))
    assert row["name_th"] == "'" + formula and row["code"] == "1031000001"
    response = client.get(reverse("schools:import-template"), {"format": "xlsx"})
    cell = openpyxl.load_workbook(io.BytesIO(response.content)).active.cell(2, COLUMNS.index("name_th") + 1)
    assert cell.value == formula and cell.data_type == "s"
