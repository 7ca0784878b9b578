"""A school's fiscal-year statement (PDF): allocation, transfers, plan, every expenditure, periods."""

from django.utils.translation import gettext as _

from grants import summaries
from reports.builders import common
from reports.models import ReportKind
from schools.models import PilotSchool


class SchoolStatement(common.Report):
    kind = ReportKind.SCHOOL_STATEMENT
    scope = "school"

    def build(self, job, progress):
        year = common.fiscal_year(job)
        school = PilotSchool.objects.select_related("province", "agency").get(pk=job.parameters["school"])
        progress(20, _("Reading the school's figures."))
        figures = summaries.school_year_figures(school, year)
        records = summaries.school_year_records(school, year)
        progress(60, _("Drawing the PDF."))
        return {"pdf": common.pdf(job, "reports/pdf/statement.html", {
            "school": school, "year": year, "figures": figures, **records})}
