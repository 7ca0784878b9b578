"""Every expenditure of a fiscal year in one XLSX sheet, streamed so memory stays flat.

Rows come from the database in chunks (.iterator) as plain tuples and go straight into
xlsxwriter in constant_memory mode, which flushes each row to disk once the next begins.
"""

from django.utils.translation import gettext as _

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


def _row_writer(book, sheet):
    """Writes one listing row as Book.write_row would, without asking each cell its type: the columns
    are known (a date, eight texts, the amount), and a year has only a few hundred distinct dates, so
    each is formatted once. At a million cells the generic path's checks were most of the time."""
    write_string, write_number, money = sheet.write_string, sheet.write_number, book.formats[MONEY]
    dates = {}

    def write(row, values):
        day, *texts, amount = values
        label = dates.get(day)
        if label is None:
            label = dates[day] = format_date(day)
        write_string(row, 0, label)
        for col, text in enumerate(texts, start=1):
            if text:
                write_string(row, col, text)
        write_number(row, 9, float(amount), money)

    return write


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
        row = book.table(sheet, start, cols, [])
        write = _row_writer(book, sheet)
        for index, values in enumerate(rows, start=1):
            write(row, values)
            row += 1
            if index % PROGRESS_EVERY == 0:
                progress(5 + 90 * index / max(total, 1), _("%(done)s of %(total)s rows written.") % {
                    "done": f"{index:,}", "total": f"{total:,}"})
        progress(96, _("Closing the workbook."))
        book.close()
        return {"xlsx": (path.name, path)}
