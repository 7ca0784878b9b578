"""The national expenditure listing writes its data rows as sheet XML itself (reports.builders.listing
.SheetRows) for speed at national scale: what a spreadsheet reads must be what xlsxwriter would have
written: text as text (a formula-looking description is never a formula), escaped characters intact,
amounts as numbers in the money format, every row in its place."""

import datetime
import io
from decimal import Decimal

import openpyxl
import pytest

from grants.models import Expenditure
from reports import services
from reports.models import JobStatus
from sandbox.tabular import Book

pytestmark = pytest.mark.django_db

HOSTILE = ["=HYPERLINK(\"http://evil\",\"x\")", "<b>&amp; 'quoted' \"double\"</b>", " padded ", "_x0041_ kept",
           "bell\x07 tab\t line\nbreak\ufffe"]


def as_xlsxwriter_writes(text, path):
    """What openpyxl reads from a cell that xlsxwriter's write_string wrote (to a file: constant_memory,
    inline strings, as the listing was written before)."""
    book = Book(path)
    book.sheet("s").write_string(0, 0, text)
    book.close()
    return openpyxl.load_workbook(path).active["A1"].value


def test_each_cell_reads_back_as_written(world, grants, tmp_path):
    allocation = grants.allocations[world.own.school.pk]
    for index, text in enumerate(HOSTILE):
        Expenditure.objects.create(allocation=allocation, school=world.own.school,
                                   province_id=world.own.school.province_id, fiscal_year=grants.year,
                                   date=datetime.date(2024, 3, 1 + index), amount=Decimal("10.05") + index,
                                   category=grants.categories[0], description=text, payee=text,
                                   receipt_number=f"R-{index}")
    job = services.request_report(world.users["sbn_admin"], "national_expenditures", {"fiscal_year": 2567})
    assert services.run_job(job.pk) == JobStatus.DONE
    job.refresh_from_db()
    with job.xlsx.open("rb") as handle:
        book = openpyxl.load_workbook(io.BytesIO(handle.read()))
    sheet = book.active
    rows = [row for row in sheet.iter_rows(min_row=5) if row[0].value is not None]
    assert len(rows) == Expenditure.objects.count() == 5 + 7
    by_receipt = {row[8].value: row for row in rows if row[8].value}
    for index, text in enumerate(HOSTILE):
        row = by_receipt[f"R-{index}"]
        expected = as_xlsxwriter_writes(text, tmp_path / f"{index}.xlsx")
        assert row[6].value == expected and row[7].value == expected
        assert row[6].data_type == "s"  # text, not a formula
        assert row[9].value == pytest.approx(float(Decimal("10.05") + index))
        assert row[9].number_format == "#,##0.00"
        assert row[3].value == world.own.school.code and row[0].value  # code and the B.E. date as text
    assert sheet.max_row == rows[-1][0].row  # the sheet's dimension covers the last row
