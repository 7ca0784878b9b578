"""Every expenditure of a fiscal year in one XLSX sheet, streamed so memory stays flat.

Rows come from the database in chunks (.iterator) as plain tuples. xlsxwriter (constant_memory)
writes the workbook, its heading and the header row; the data rows are written as XML by
SheetRows, straight into the worksheet's row file, each distinct province, office, school,
category and date escaped once. Text cells are inline strings, never formulas.
"""

import re

from django.utils.translation import gettext as _
from xlsxwriter.utility import xl_col_to_name

from grants import summaries
from reports.builders import common
from reports.models import ReportKind
from sandbox.formatting import format_date
from sandbox.tabular import MONEY, TEXT, Book

CHUNK = 5000
PROGRESS_EVERY = 20000


def columns():
    return [(_("Date"), TEXT, 12), (_("Province"), TEXT, 16), (_("Affiliation office"), TEXT, 30),
            (_("School code"), TEXT, 12), (_("School"), TEXT, 32), (_("Category"), TEXT, 18),
            (_("Description"), TEXT, 40), (_("Payee"), TEXT, 24), (_("Receipt number"), TEXT, 14),
            (_("Amount (baht)"), MONEY, 14)]


# xlsxwriter's own rules for text in a cell (xmlwriter, utility): control characters as _xHHHH_ (a
# literal _xHHHH_ is itself escaped first), &, < and > as entities, and leading or trailing space kept.
LITERAL_ESCAPE = re.compile("(_x[0-9a-fA-F]{4}_)")
CONTROL = re.compile(r"([\x00-\x08\x0b-\x1f])")
EDGE_SPACE = re.compile(r"^\s|\s$")
# The columns whose values repeat from row to row (date, province, office, school code, school,
# category): each distinct value is escaped once.
REPEATING = (0, 1, 2, 3, 4, 5)


def inline_string(text):
    """The part of an inline-string cell after its reference: ` t="inlineStr"><is><t>…</t></is></c>`."""
    text = CONTROL.sub(lambda m: f"_x{ord(m.group(1)):04X}_", LITERAL_ESCAPE.sub(r"_x005F\1", text))
    text = text.replace("\ufffe", "_xFFFE_").replace("\uffff", "_xFFFF_")
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    space = ' xml:space="preserve"' if EDGE_SPACE.search(text) else ""
    return f' t="inlineStr"><is><t{space}>{text}</t></is></c>'


class SheetRows:
    """The listing's data rows, written as sheet XML into xlsxwriter's constant_memory row file.

    At a national year (150,000 rows, 1.5 million cells) xlsxwriter's per-cell path (checks, a
    format lookup, escaping) was 80 % of the report's time; a row here is one string. This leans
    on xlsxwriter's constant_memory layout (its row file, _write_single_row, _check_dimensions),
    pinned in requirements; tests/reports read the workbook back with openpyxl."""

    def __init__(self, book, sheet, first_row):
        sheet._write_single_row(first_row)  # the heading and header rows, as xlsxwriter wrote them
        self.sheet, self.row = sheet, first_row
        self.money = book.formats[MONEY]._get_xf_index()
        self.letters = [xl_col_to_name(col) for col in range(len(columns()))]
        self.cache = {col: {} for col in REPEATING}
        self.dates = {}

    def write(self, values):
        day, *texts, amount = values
        number = self.row + 1
        letters = self.letters
        label = self.dates.get(day)
        if label is None:
            label = self.dates[day] = format_date(day)
        cells = [f'<row r="{number}">']
        for col, text in enumerate((label, *texts)):
            if not text:
                continue
            cache = self.cache.get(col)
            if cache is None:
                tail = inline_string(text)
            else:
                tail = cache.get(text)
                if tail is None:
                    tail = cache[text] = inline_string(text)
            cells.append(f'<c r="{letters[col]}{number}"{tail}')
        cells.append(f'<c r="{letters[-1]}{number}" s="{self.money}"><v>{float(amount)!r}</v></c></row>')
        self.sheet.fh.write("".join(cells))
        self.row += 1

    def close(self):
        """Tell the worksheet how far its data goes (its dimension) and that no row is pending."""
        if self.row:
            self.sheet._check_dimensions(self.row - 1, len(self.letters) - 1)
        self.sheet.previous_row = self.row


class NationalExpenditures(common.Report):
    kind = ReportKind.NATIONAL_EXPENDITURES
    formats = ("xlsx",)

    def build(self, job, progress):
        total, rows = summaries.expenditure_listing(common.fiscal_year(job), CHUNK)
        path = progress.work_path(common.filename(job, "xlsx"))
        book = Book(path)
        sheet = book.sheet(_("Expenditures"))
        start = book.heading(sheet, [job.title, common.produced_line()])
        cols = columns()
        data = SheetRows(book, sheet, book.table(sheet, start, cols, []))
        for index, values in enumerate(rows, start=1):
            data.write(values)
            if index % PROGRESS_EVERY == 0:
                progress(5 + 90 * index / max(total, 1), _("%(done)s of %(total)s rows written.") % {
                    "done": f"{index:,}", "total": f"{total:,}"})
        data.close()
        progress(96, _("Closing the workbook."))
        book.close()
        return {"xlsx": (path.name, path)}
