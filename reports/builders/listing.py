"""Every expenditure of a fiscal year in one XLSX sheet, streamed so memory stays flat.

Rows come from the database in chunks (.iterator) as plain tuples and go straight into
xlsxwriter in constant_memory mode, which flushes each row to disk once the next begins.
"""

from django.utils.translation import gettext as _

from reports.builders import common
from sandbox.tabular import MONEY, TEXT, Book

CHUNK = 5000
PROGRESS_EVERY = 20000


def columns():
    return [(_("Date"), TEXT, 12), (_("Province"), TEXT, 16), (_("Affiliation office"), TEXT, 30),
            (_("School code"), TEXT, 12), (_("School"), TEXT, 32), (_("Category"), TEXT, 18),
            (_("Description"), TEXT, 40), (_("Payee"), TEXT, 24), (_("Receipt number"), TEXT, 14),
            (_("Amount (baht)"), MONEY, 14)]


def build(job, progress):
    from grants.models import Expenditure

    year = common.fiscal_year(job)
    rows = (Expenditure.objects.filter(fiscal_year=year).order_by("school__province__name_th", "school__code",
                                                                 "date", "pk")
            .values_list("date", "school__province__name_th", "school__agency__name_th", "school__code",
                         "school__name_th", "category__name_th", "description", "payee", "receipt_number",
                         "amount"))
    total = Expenditure.objects.filter(fiscal_year=year).count()
    path = progress.work_path(common.filename(job, "xlsx"))
    book = Book(path)
    sheet = book.sheet(_("Expenditures"))
    start = book.heading(sheet, [job.title, common.produced_line()])
    cols = columns()
    row = book.table(sheet, start, cols, [])
    for index, values in enumerate(rows.iterator(chunk_size=CHUNK), start=1):
        book.write_row(sheet, row, cols, values)
        row += 1
        if index % PROGRESS_EVERY == 0:
            progress(5 + 90 * index / max(total, 1), _("%(done)s of %(total)s rows written.") % {
                "done": f"{index:,}", "total": f"{total:,}"})
    progress(96, _("Closing the workbook."))
    book.close()
    return {"xlsx": (path.name, path)}
