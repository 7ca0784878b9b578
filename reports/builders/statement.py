"""A school's fiscal-year statement, PDF to sign and XLSX to work with: allocation, transfers, plan,
every expenditure, monthly reports, and the director's and verifying supervisor's signatures."""

from django.utils.translation import gettext as _
from django.utils.translation import pgettext

from grants import summaries
from reports.builders import common, signing
from reports.models import ReportKind
from sandbox.formatting import baht_text, format_date, format_month
from sandbox.tabular import MONEY, TEXT, Book
from schools.models import PilotSchool


class SchoolStatement(common.Report):
    kind = ReportKind.SCHOOL_STATEMENT
    scope = "school"
    formats = ("pdf", "xlsx")

    def build(self, job, progress):
        year = common.fiscal_year(job)
        school = PilotSchool.objects.select_related("province", "agency").get(pk=job.parameters["school"])
        progress(20, _("Reading the school's figures."))
        data = {"school": school, "year": year, "figures": summaries.school_year_figures(school, year),
                **summaries.school_year_records(school, year),
                "signers": signing.school_signers(school, year), "report_date": signing.report_date()}
        progress(45, _("Writing the workbook."))
        xlsx_path = progress.work_path(common.filename(job, "xlsx"))
        write_xlsx(job, data, xlsx_path)
        progress(60, _("Drawing the PDF."))
        return {"pdf": common.pdf(job, "reports/pdf/statement.html", data), "xlsx": (xlsx_path.name, xlsx_path)}


def _summary_rows(figures):
    return [[label, figures[name], baht_text(figures[name])] for label, name in (
        (_("Allocated (baht)"), "allocated"), (_("Received (baht)"), "received"), (_("Planned (baht)"), "planned"),
        (_("Spent (baht)"), "spent"), (_("Balance (baht)"), "balance"))]


def write_xlsx(job, data, path):
    school, figures = data["school"], data["figures"]
    book = Book(path)
    sheet = book.sheet(_("Summary"))
    row = book.heading(sheet, [job.title, f"{school.code} · {school.agency.name} · {school.province.name}",
                               common.produced_line(figures["as_of"])])
    row = book.table(sheet, row, [(pgettext("statement summary", "Item"), TEXT, 28), (_("Amount (baht)"), MONEY, 18),
                                  (_("In words"), TEXT, 60)], _summary_rows(figures))
    row += 1
    book.table(sheet, row, [(_("Category"), TEXT, 28), (_("Planned (baht)"), MONEY, 18), (_("Spent (baht)"), MONEY, 18)],
               [[r["name"], r["planned"], r["spent"]] for r in figures["by_category"]],
               totals=[_("Total"), figures["planned"], figures["spent"]])
    sheet = book.sheet(_("Expenditures"))
    row = book.heading(sheet, [school.name, job.title])
    row = book.table(sheet, row, [(_("Date"), TEXT, 14), (_("Description"), TEXT, 48), (_("Category"), TEXT, 24),
                                  (_("Payee"), TEXT, 28), (_("Receipt number"), TEXT, 16),
                                  (_("Amount (baht)"), MONEY, 16)],
                     [[format_date(e.date), e.description, e.category.name, e.payee, e.receipt_number, e.amount]
                      for e in data["expenditures"]],
                     totals=[_("Total"), "", "", "", "", figures["spent"]])
    sheet.write_string(row, 0, f"({baht_text(figures['spent'])})")
    sheet = book.sheet(_("Transfers received"))
    row = book.heading(sheet, [school.name])
    book.table(sheet, row, [(_("Installment"), TEXT, 12), (_("Date"), TEXT, 14), (_("Amount (baht)"), MONEY, 16)],
               [[t.installment, format_date(t.date), t.amount] for t in data["transfers"]],
               totals=[_("Total"), "", figures["received"]])
    sheet = book.sheet(_("Monthly reports"))
    row = book.heading(sheet, [school.name])
    book.table(sheet, row, [(_("Month"), TEXT, 18), (_("Status"), TEXT, 36), (_("Submitted"), TEXT, 18)],
               [[format_month(p.month, long=True), p.get_status_display(), format_date(p.submitted_at)]
                for p in data["periods"]])
    book.close()
