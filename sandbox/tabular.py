"""Tabular files, read and written the same way by every importer and exporter.

Reading: a CSV (UTF-8, or TIS-620 from older Thai Excel) or XLSX upload becomes its header and
(row number as the spreadsheet shows it, {column: cell}) pairs, blank rows skipped.

Writing: CSV is streamed row by row; XLSX is written by xlsxwriter in constant_memory mode, so a
sheet of a million rows holds only the current row in memory. Text always stays text: XLSX text
cells are written as strings (never parsed as formulas), and CSV text that a spreadsheet would
run as a formula (leading = + - @, tab or carriage return) is prefixed with an apostrophe, as
OWASP advises against CSV injection.
"""

import codecs
import csv
import datetime
import io
import re
import zipfile
from decimal import Decimal
from pathlib import Path

import openpyxl
import xlsxwriter
from django.conf import settings
from django.core.exceptions import ValidationError
from django.http import HttpResponse, StreamingHttpResponse
from django.template.defaultfilters import filesizeformat
from django.utils.encoding import force_str
from django.utils.translation import gettext as _

from sandbox.formatting import format_date

XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
MONEY, PERCENT, INTEGER, TEXT = "money", "percent", "integer", "text"
INVALID_SHEET_CHARACTERS = re.compile(r"[\[\]:*?/\\]")
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


class UnreadableFile(ValidationError):
    """The upload is not a table the portal can read; the message says why, for the user."""


# --- reading ---------------------------------------------------------------------------------------

def read_table(upload, max_rows=None):
    """(header, [(row number, {column: cell})]); the header is row 1, lower-cased, and cells keep
    their XLSX types (numbers, dates) or are CSV text."""
    header, rows = iter_table(upload, max_rows)
    return header, list(rows)


def iter_table(upload, max_rows=None):
    """(header, iterator of (row number, {column: cell})), read as the rows are asked for: the file is
    never held whole as text or as a table, and a file past `max_rows` is refused on the row that
    passes it, before the rest is read.

    Before anything is parsed, a file larger than settings.TABULAR_MAX_BYTES is refused, and an XLSX
    whose parts unpack past the limits below (a zip bomb, one huge shared string) or whose sheet
    declares more than `max_rows` rows."""
    extension = Path(getattr(upload, "name", "") or "").suffix.lower()
    _check_size(upload)
    upload.seek(0)
    if extension == ".csv":
        encoding = _encoding(upload)
        upload.seek(0)
        table = csv.reader(_lines(upload, encoding))
    elif extension == ".xlsx":
        _check_xlsx(upload, max_rows)
        upload.seek(0)
        try:
            book = openpyxl.load_workbook(upload, read_only=True, data_only=True)
        except Exception as exc:  # openpyxl raises many kinds for a damaged file
            raise UnreadableFile(_("The XLSX file cannot be read.")) from exc
        table = _sheet_rows(book)
    else:
        raise UnreadableFile(_("Upload a .csv or .xlsx file."))
    first = next(iter(table), None)
    if first is None:
        raise UnreadableFile(_("The file is empty."))
    header = [cell_text(cell).lower() for cell in first]
    return header, _numbered_rows(table, header, max_rows)


def _check_size(upload):
    limit = settings.TABULAR_MAX_BYTES
    size = getattr(upload, "size", None)
    if size is None:
        size = upload.seek(0, io.SEEK_END)
    if size > limit:
        raise UnreadableFile(_("The file is %(size)s; a file to import may be at most %(limit)s.") % {
            "size": filesizeformat(size), "limit": filesizeformat(limit)})


# An XLSX is a ZIP of XML parts. These bound what unpacking may cost, judged from the ZIP's own
# directory before any part is read: all parts together, the shared-strings part (where one cell's
# text of any length lives) and how far any part inflates (a zip bomb inflates a thousandfold).
XLSX_MAX_UNPACKED = 160 * 1024 * 1024
XLSX_MAX_SHARED_STRINGS = 32 * 1024 * 1024
XLSX_MAX_RATIO = 500
DIMENSION = re.compile(rb"<(?:\w+:)?dimension\s+ref=\"[A-Z]+\d+(?::[A-Z]+(\d+))?\"")


def _check_xlsx(upload, max_rows):
    upload.seek(0)
    try:
        archive = zipfile.ZipFile(upload)
        parts = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise UnreadableFile(_("The XLSX file cannot be read.")) from exc
    too_big = UnreadableFile(_("The XLSX file unpacks to more than the portal reads (%(limit)s). Save it again "
                               "without images or very long texts, or split it.") % {
        "limit": filesizeformat(XLSX_MAX_UNPACKED)})
    if sum(part.file_size for part in parts) > XLSX_MAX_UNPACKED:
        raise too_big
    for part in parts:
        if part.file_size > XLSX_MAX_RATIO * max(part.compress_size, 1024):
            raise too_big
        if part.filename.lower().endswith("sharedstrings.xml") and part.file_size > XLSX_MAX_SHARED_STRINGS:
            raise UnreadableFile(_("The XLSX file holds more text than the portal reads (%(limit)s); check for "
                                   "a cell with a very long text.") % {"limit": filesizeformat(XLSX_MAX_SHARED_STRINGS)})
    if max_rows is not None:
        sheets = sorted(p.filename for p in parts if re.fullmatch(r"xl/worksheets/sheet\d+\.xml", p.filename))
        if sheets:
            with archive.open(sheets[0]) as sheet:
                found = DIMENSION.search(sheet.read(4096))
            declared = int(found.group(1) or 1) if found else 0
            if declared - 1 > max_rows:  # the first row is the header
                raise UnreadableFile(_("The sheet has %(rows)s rows; a file may hold at most %(max)s rows.") % {
                    "rows": f"{declared - 1:,}", "max": f"{max_rows:,}"})


def _sheet_rows(book):
    try:
        yield from book.worksheets[0].iter_rows(values_only=True)
    finally:
        book.close()


def _numbered_rows(table, header, max_rows):
    count = 0
    for number, cells in enumerate(table, start=2):
        if all(cell_text(cell) == "" for cell in cells):
            continue
        count += 1
        if max_rows is not None and count > max_rows:
            raise UnreadableFile(_("A file may hold at most %(max)s rows.") % {"max": max_rows})
        yield number, {name: cells[i] if i < len(cells) else None for i, name in enumerate(header) if name}


def _encoding(upload):
    """UTF-8 when the whole file decodes as UTF-8, else Thai Windows (cp874), checked chunk by chunk."""
    for encoding in ("utf-8-sig", "cp874"):  # cp874: Thai spreadsheets saved by older Windows Excel
        decoder = codecs.getincrementaldecoder(encoding)()
        upload.seek(0)
        try:
            for chunk in _chunks(upload):
                decoder.decode(chunk)
            decoder.decode(b"", final=True)
            return encoding
        except UnicodeDecodeError:
            continue
    raise UnreadableFile(_("The CSV file is not in UTF-8 or Thai (TIS-620) encoding."))


def _chunks(upload):
    if hasattr(upload, "chunks"):
        return upload.chunks()
    return iter(lambda: upload.read(64 * 1024), b"")


def _lines(upload, encoding):
    """Decoded lines, ends kept (csv joins a quoted cell that spans lines)."""
    pending = ""
    for text in codecs.iterdecode(_chunks(upload), encoding):
        # newline="": split at \n, \r and \r\n only, as csv expects, and keep the ends; a last line
        # ending in \r waits, as the next chunk may start with its \n.
        lines = io.StringIO(pending + text, newline="").readlines()
        pending = lines.pop() if lines and not lines[-1].endswith("\n") else ""
        yield from lines
    if pending:
        yield pending


def cell_text(value):
    """A cell as the text a user typed: XLSX whole numbers without ".0", dates as YYYY-MM-DD."""
    if value is None:
        return ""
    if isinstance(value, datetime.datetime):
        return value.date().isoformat()
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    return str(value).strip()


# --- writing ---------------------------------------------------------------------------------------

def safe_text(value):
    """Text a spreadsheet will show, not run."""
    return "'" + value if value.startswith(FORMULA_STARTS) else value


def _csv_cell(value):
    if value is None:
        return ""
    if isinstance(value, (int, float, Decimal)) and not isinstance(value, bool):
        return value
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return safe_text(force_str(value))


class _Echo:
    def write(self, value):
        return value


def _csv_lines(header, rows):
    writer = csv.writer(_Echo())
    yield "\ufeff"  # a byte-order mark lets spreadsheet programs read the Thai text as UTF-8
    yield writer.writerow([safe_text(force_str(label)) for label in header])
    for row in rows:
        yield writer.writerow([_csv_cell(value) for value in row])


def csv_response(header, rows, filename):
    """A CSV download; a list already in memory goes in one piece, any other iterable is streamed."""
    if isinstance(rows, (list, tuple)):
        response = HttpResponse("".join(_csv_lines(header, rows)), content_type="text/csv; charset=utf-8")
    else:
        response = StreamingHttpResponse(_csv_lines(header, rows), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}.csv"'
    return response


def xlsx_response(columns, rows, filename, sheet_name="", heading=()):
    """An XLSX download of one sheet: optional heading lines, then the table. columns: (label, kind, width)."""
    buffer = io.BytesIO()
    book = Book(buffer)
    sheet = book.sheet(sheet_name)
    book.table(sheet, book.heading(sheet, heading) if heading else 0, columns, rows)
    book.close()
    return attachment(buffer.getvalue(), XLSX_TYPE, f"{filename}.xlsx")


def attachment(content, content_type, filename):
    response = HttpResponse(content, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


class Book:
    """An xlsxwriter workbook with the portal's cell formats and a table writer."""

    def __init__(self, target):
        """target: a file path, or a BytesIO for small in-memory workbooks."""
        options = {"constant_memory": True}
        if hasattr(target, "write"):
            options["in_memory"] = True
        else:
            target = str(target)
        self.workbook = xlsxwriter.Workbook(target, options)
        add = self.workbook.add_format
        self.formats = {
            "title": add({"bold": True, "font_size": 14}),
            "note": add({"italic": True, "font_color": "#555555"}),
            "header": add({"bold": True, "bg_color": "#E8EEF4", "border": 1, "text_wrap": True}),
            MONEY: add({"num_format": "#,##0.00"}),
            PERCENT: add({"num_format": "0.0"}),
            INTEGER: add({"num_format": "#,##0"}),
            TEXT: None,
            "total_money": add({"num_format": "#,##0.00", "bold": True, "top": 1}),
            "total": add({"bold": True, "top": 1}),
        }
        self.names = set()

    def sheet(self, name):
        name = INVALID_SHEET_CHARACTERS.sub(" ", force_str(name)).strip()[:31] or "Sheet"
        base, n = name, 2
        while name.lower() in self.names:
            suffix = f" ({n})"
            name, n = base[: 31 - len(suffix)] + suffix, n + 1
        self.names.add(name.lower())
        return self.workbook.add_worksheet(name)

    def heading(self, sheet, lines):
        """Title lines at the top of a sheet; returns the next free row."""
        for row, line in enumerate(lines):
            sheet.write_string(row, 0, force_str(line), self.formats["title" if row == 0 else "note"])
        return len(lines) + 1

    def table(self, sheet, row, columns, rows, totals=None):
        """columns: (label, kind, width). Rows are sequences in column order. Returns the next free row."""
        for col, (label, _kind, width) in enumerate(columns):
            sheet.set_column(col, col, width)
            sheet.write_string(row, col, force_str(label), self.formats["header"])
        row += 1
        for values in rows:
            self.write_row(sheet, row, columns, values)
            row += 1
        if totals is not None:
            for col, ((_label, kind, _w), value) in enumerate(zip(columns, totals, strict=False)):
                fmt = self.formats["total_money" if kind == MONEY else "total"]
                self._write(sheet, row, col, value, fmt)
            row += 1
        return row

    def write_row(self, sheet, row, columns, values):
        for col, ((_label, kind, _w), value) in enumerate(zip(columns, values, strict=False)):
            self._write(sheet, row, col, value, self.formats[kind])

    def _write(self, sheet, row, col, value, fmt):
        if value is None or value == "":
            return
        if isinstance(value, (int, float, Decimal)) and not isinstance(value, bool):
            sheet.write_number(row, col, float(value), fmt)
        elif hasattr(value, "isoformat"):
            sheet.write_string(row, col, format_date(value), fmt)
        else:
            sheet.write_string(row, col, force_str(value), fmt)

    def close(self):
        self.workbook.close()
