"""Issue 17 item 5: imports refuse an oversized file, an XLSX that unpacks too far (one huge shared
string, a zip bomb) or declares too many rows, before the file is parsed, with a clear Thai message.
Each refusal is measured: the Python memory it takes and its time stay small (the figures for real
files are in `make bench`)."""

import io
import time
import tracemalloc
import zipfile

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from grants.models import Expenditure
from sandbox import tabular
from tests.conftest import api_as

CONTENT_TYPES = (b'<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                 b'<Default Extension="xml" ContentType="application/xml"/></Types>')


def xlsx(parts):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", CONTENT_TYPES)
        for name, data in parts.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def huge_shared_string(megabytes=300):
    """A ~300 KB file whose one shared string is `megabytes` MB of text."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", CONTENT_TYPES)
        with archive.open("xl/sharedStrings.xml", "w", force_zip64=True) as part:
            part.write(b'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>')
            chunk = b"a" * (1024 * 1024)
            for _ in range(megabytes):
                part.write(chunk)
            part.write(b"</t></si></sst>")
        archive.writestr("xl/worksheets/sheet1.xml", b'<worksheet><sheetData><row r="1"><c r="A1" t="s"><v>0</v>'
                                                     b'</c></row></sheetData></worksheet>')
    return buffer.getvalue()


def million_rows():
    rows = b"".join(b'<row r="%d"><c r="A%d"><v>1</v></c></row>' % (n, n) for n in range(1, 1_000_002))
    return xlsx({"xl/worksheets/sheet1.xml": b'<worksheet><dimension ref="A1:A1000001"/><sheetData>' + rows
                 + b"</sheetData></worksheet>"})


def refused(upload, max_rows=100_000):
    """Read the upload; return the refusal, the Python memory peak (MB) and the seconds it took."""
    tracemalloc.start()
    started = time.monotonic()
    try:
        with pytest.raises(tabular.UnreadableFile) as refusal:
            header, rows = tabular.iter_table(upload, max_rows)
            list(rows)
        return str(refusal.value.messages[0]), tracemalloc.get_traced_memory()[1] / 2**20, time.monotonic() - started
    finally:
        tracemalloc.stop()


def test_an_oversized_file_is_refused_before_reading(settings):
    settings.TABULAR_MAX_BYTES = 1024 * 1024
    upload = SimpleUploadedFile("big.csv", b"date,amount\n" + b"2024-01-01,1\n" * 200_000)
    message, peak, seconds = refused(upload)
    assert "1.0" in message and peak < 1 and seconds < 0.5


def test_one_huge_shared_string_is_refused_before_parsing():
    upload = SimpleUploadedFile("one-cell.xlsx", huge_shared_string())
    assert len(upload.read()) < 2 * 1024 * 1024
    message, peak, seconds = refused(upload)
    assert peak < 5 and seconds < 1, (peak, seconds)


def test_a_zip_bomb_is_refused_before_parsing():
    upload = SimpleUploadedFile("bomb.xlsx", xlsx({"xl/worksheets/sheet1.xml": b"<worksheet>" + b" " * (50 * 2**20)
                                                   + b"</worksheet>"}))
    message, peak, seconds = refused(upload)
    assert peak < 5 and seconds < 1, (peak, seconds)


def test_a_million_row_sheet_is_refused_before_its_rows_are_parsed():
    upload = SimpleUploadedFile("million.xlsx", million_rows())
    message, peak, seconds = refused(upload)
    assert "1,000,000" in message and "100,000" in message
    assert peak < 5 and seconds < 1, (peak, seconds)


def test_the_refusal_is_in_thai_on_the_page_and_in_the_api(client, world, grants):
    director = world.users["school_director"]
    client.force_login(director)
    url = reverse("grants:expenditure-import", args=[world.own.school.pk, 2567])
    response = client.post(url, {"file": SimpleUploadedFile("one-cell.xlsx", huge_shared_string(40)),
                                 "dry_run": ""}, HTTP_ACCEPT_LANGUAGE="th")
    assert response.status_code == 200
    errors = response.context["form"].errors["file"]
    assert errors and any("XLSX" in e for e in errors)
    api = api_as(director, "th")
    response = api.post(f"/api/v1/expenditures/import/?school={world.own.school.pk}&fiscal_year=2567",
                        {"file": SimpleUploadedFile("one-cell.xlsx", huge_shared_string(40))}, format="multipart")
    assert response.status_code == 400, response.content
    assert "XLSX" in response.json()["message"]
    assert not Expenditure.objects.exists()


def test_an_ordinary_xlsx_still_imports(client, world, grants):
    from sandbox.tabular import Book

    buffer = io.BytesIO()
    book = Book(buffer)
    sheet = book.sheet("x")
    book.table(sheet, 0, [(name, "text", 10) for name in ("date", "amount", "category", "description", "payee")],
               [("2024-01-15", "120.00", "materials", "Paper", "Shop")])
    book.close()
    header, rows = tabular.read_table(SimpleUploadedFile("ok.xlsx", buffer.getvalue()), 100_000)
    assert header[:2] == ["date", "amount"] and len(rows) == 1


pytestmark = pytest.mark.django_db
