"""CSV and XLSX downloads of a list exactly as filtered on screen."""

import csv
import io
from decimal import Decimal

import xlsxwriter
from django.http import HttpResponse, StreamingHttpResponse
from django.utils.encoding import force_str

from sandbox.formatting import format_date
from sandbox.templatetags.portal import attr


class _Echo:
    def write(self, value):
        return value


def _rows(queryset, columns):
    yield [force_str(label) for _, label in columns]
    for obj in queryset.iterator(chunk_size=2000):
        yield [_cell(attr(obj, name)) for name, _ in columns]


def _cell(value):
    if value is None:
        return ""
    if hasattr(value, "pk"):
        return str(value)
    return value


def csv_response(queryset, columns, filename):
    writer = csv.writer(_Echo())
    # A byte-order mark lets spreadsheet programs read the Thai text as UTF-8.
    stream = (writer.writerow(row) for row in _rows(queryset, columns))
    response = StreamingHttpResponse(
        _with_bom(stream), content_type="text/csv; charset=utf-8"
    )
    response["Content-Disposition"] = f'attachment; filename="{filename}.csv"'
    return response


def _with_bom(stream):
    yield "\ufeff"
    yield from stream


def xlsx_response(queryset, columns, filename):
    buffer = io.BytesIO()
    book = xlsxwriter.Workbook(buffer, {"constant_memory": True, "in_memory": True})
    sheet = book.add_worksheet()
    bold = book.add_format({"bold": True})
    for row_number, row in enumerate(_rows(queryset, columns)):
        for col, value in enumerate(row):
            if hasattr(value, "isoformat"):  # CSV keeps ISO dates for machines; XLSX is read by people
                value = format_date(value)
            elif not isinstance(value, (int, float, str, Decimal)):
                value = str(value)
            sheet.write(row_number, col, value, bold if row_number == 0 else None)
    book.close()
    response = HttpResponse(
        buffer.getvalue(), content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    )
    response["Content-Disposition"] = f'attachment; filename="{filename}.xlsx"'
    return response
