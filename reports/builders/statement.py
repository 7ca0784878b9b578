"""A school's fiscal-year statement (PDF): allocation, transfers, plan, every expenditure, periods."""

from django.utils.translation import gettext as _

from grants import summaries
from reports.builders import common


def build(job, progress):
    from grants.models import Expenditure, Period, Transfer
    from schools.models import PilotSchool

    year = common.fiscal_year(job)
    school = PilotSchool.objects.select_related("province", "agency").get(pk=job.parameters["school"])
    progress(20, _("Reading the school's figures."))
    figures = summaries.school_year_figures(school, year)
    expenditures = list(Expenditure.objects.filter(school=school, fiscal_year=year)
                        .select_related("category").order_by("date", "pk"))
    transfers = list(Transfer.objects.filter(allocation__school=school, allocation__fiscal_year=year)
                     .order_by("date", "installment"))
    periods = list(Period.objects.filter(school=school, fiscal_year=year).order_by("month"))
    progress(60, _("Drawing the PDF."))
    return {"pdf": common.pdf(job, "reports/pdf/statement.html", {
        "school": school, "year": year, "figures": figures, "expenditures": expenditures,
        "transfers": transfers, "periods": periods})}
