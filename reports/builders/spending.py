"""Spending report for an affiliation office or a province: XLSX (a summary sheet and one sheet
per affiliation office) and PDF, from grants.summaries."""

from django.utils.translation import gettext as _

from grants import summaries
from provinces.models import Province
from reports.builders import common, signing
from reports.models import ReportKind
from sandbox import charts
from sandbox.formatting import format_month
from sandbox.tabular import INTEGER, MONEY, PERCENT, TEXT, Book
from schools.models import Agency


def _scope(job, scope):
    if scope == "agency":
        agency = Agency.objects.select_related("province").get(pk=job.parameters["agency"])
        return {"agency": agency}, agency
    province = Province.objects.get(pk=job.parameters["province"])
    return {"province": province}, province


def summary_columns():
    return [
        (_("Affiliation office"), TEXT, 40), (_("Schools"), INTEGER, 9), (_("Allocated (baht)"), MONEY, 16),
        (_("Received (baht)"), MONEY, 16), (_("Spent (baht)"), MONEY, 16), (_("Balance (baht)"), MONEY, 16),
        (_("Spend rate (%)"), PERCENT, 10), (_("Schools not reported"), INTEGER, 11),
    ]


def school_columns():
    return [
        (_("School code"), TEXT, 12), (_("School"), TEXT, 40), (_("Allocated (baht)"), MONEY, 16),
        (_("Received (baht)"), MONEY, 16), (_("Spent (baht)"), MONEY, 16), (_("Balance (baht)"), MONEY, 16),
        (_("Spend rate (%)"), PERCENT, 10), (_("Reported latest month"), TEXT, 12),
    ]


def category_columns():
    return [(_("Category"), TEXT, 36), (_("Planned (baht)"), MONEY, 16), (_("Spent (baht)"), MONEY, 16),
            (_("Share of spending (%)"), PERCENT, 12)]


def completeness_columns():
    return [(_("Affiliation office"), TEXT, 36), (_("Months expected"), INTEGER, 10), (_("Submitted"), INTEGER, 10),
            (_("Submitted (%)"), PERCENT, 10), (_("On time"), INTEGER, 10), (_("On time (%)"), PERCENT, 10)]


def reported_text(value):
    return {True: _("Yes"), False: _("No"), None: "–"}[value]


def figures(job, progress, scope):
    year = common.fiscal_year(job)
    scope, owner = _scope(job, scope)
    progress(10, _("Adding up spending per affiliation office."))
    by_agency = summaries.spending_summary(year, "agency", **scope)
    progress(30, _("Adding up spending per school."))
    by_school = summaries.spending_summary(year, "school", **scope)
    by_category = summaries.spending_summary(year, "category", **scope)
    schools_of = {}
    for row in by_school.rows:
        schools_of.setdefault(row["agency_id"], []).append(row)
    return {"year": year, "owner": owner, "by_agency": by_agency, "by_category": by_category,
            "schools_of": schools_of, "as_of": by_agency.as_of,
            "completeness": summaries.completeness(year, "agency", **scope),
            "completeness_label": _("Affiliation office")}


class AgencySpending(common.Report):
    kind = ReportKind.AGENCY_SPENDING
    scope = "agency"
    formats = ("xlsx", "pdf")

    def build(self, job, progress):
        data = figures(job, progress, self.scope)
        progress(45, _("Writing the workbook."))
        xlsx_path = progress.work_path(common.filename(job, "xlsx"))
        write_xlsx(job, data, xlsx_path)
        progress(70, _("Drawing the PDF."))
        for row in data["by_agency"].rows:
            row["schools_list"] = [{**s, "reported_text": reported_text(s["reported"])}
                                   for s in data["schools_of"].get(row["key"], [])]
        data["category_chart"] = charts.bar_chart(
            [(r["name"], r["spent"]) for r in data["by_category"].rows], title=_("Spending by category (baht)"),
            empty_text=_("No spending recorded."))
        data.update(signers=signing.office_signers(job), report_date=signing.report_date(),
                    words=signing.in_words(data["by_agency"].totals, "allocated", "received", "spent", "balance"))
        pdf_name, pdf_bytes = common.pdf(job, "reports/pdf/spending.html", data)
        return {"xlsx": (xlsx_path.name, xlsx_path), "pdf": (pdf_name, pdf_bytes)}


class ProvinceSpending(AgencySpending):
    kind = ReportKind.PROVINCE_SPENDING
    scope = "province"


def _summary_row(row):
    return [row["name"], row["schools"], row["allocated"], row["received"], row["spent"], row["balance"],
            row["spend_rate"], row["not_reported"]]


def write_xlsx(job, data, path):
    book = Book(path)
    heading = [job.title, common.produced_line(data["as_of"])]
    if data["by_agency"].due_month:
        heading.append(_("Latest month due: %(month)s") % {"month": format_month(data["by_agency"].due_month)})
    sheet = book.sheet(_("Summary"))
    row = book.heading(sheet, heading)
    totals = data["by_agency"].totals
    row = book.table(sheet, row, summary_columns(), [_summary_row(r) for r in data["by_agency"].rows],
                     totals=[_("Total"), totals.get("schools"), totals.get("allocated"), totals.get("received"),
                             totals.get("spent"), totals.get("balance"), totals.get("spend_rate"),
                             totals.get("not_reported")])
    row += 1
    row = book.table(sheet, row, category_columns(),
                     [[r["name"], r["planned"], r["spent"], r["share"]] for r in data["by_category"].rows])
    row += 1
    completeness = data["completeness"]
    book.table(sheet, row, completeness_columns(), [
        [r["name"], r["expected"], r["submitted"], r["submitted_rate"], r["on_time"], r["on_time_rate"]]
        for r in completeness.rows], totals=[_("Total"), *(completeness.totals[k] for k in (
            "expected", "submitted", "submitted_rate", "on_time", "on_time_rate"))])
    for agency_row in data["by_agency"].rows:
        sheet = book.sheet(f"{agency_row['code']} {agency_row['name']}")
        next_row = book.heading(sheet, [agency_row["name"], job.title])
        schools = data["schools_of"].get(agency_row["key"], [])
        book.table(sheet, next_row, school_columns(), [
            [s["code"], s["name"], s["allocated"], s["received"], s["spent"], s["balance"], s["spend_rate"],
             reported_text(s["reported"])] for s in schools
        ], totals=[_("Total"), "", agency_row["allocated"], agency_row["received"], agency_row["spent"],
                   agency_row["balance"], agency_row["spend_rate"], ""])
    book.close()
