"""A province's readiness synthesis (PDF), from schools.readiness.province_synthesis."""

from django.utils.translation import gettext as _

from provinces.models import Province
from reports.builders import common
from reports.models import ReportKind
from sandbox import charts
from schools.models import ReadinessQuestionnaire
from schools.readiness import province_synthesis


class ProvinceReadiness(common.Report):
    kind = ReportKind.PROVINCE_READINESS
    scope = "province"
    needs_year = False

    def build(self, job, progress):
        province = Province.objects.get(pk=job.parameters["province"])
        questionnaire = ReadinessQuestionnaire.objects.order_by("-year", "-pk").first()
        if questionnaire is None:
            raise common.ReportError(_("No readiness questionnaire exists yet, so there is nothing to synthesise."))
        progress(30, _("Averaging the readiness answers."))
        synthesis = province_synthesis(questionnaire, province)
        sections_chart = charts.bar_chart(
            [(s.section.name, s.average or 0) for s in synthesis.sections], title=_("Average score by section"),
            max_value=100, value_format=charts.number, width=680, empty_text=_("No answers yet."))
        agencies_chart = charts.bar_chart(
            [(agency.name, average or 0) for agency, average, _n in synthesis.agencies],
            title=_("Average score by affiliation office"), max_value=100, width=680, empty_text=_("No answers yet."))
        progress(60, _("Drawing the PDF."))
        return {"pdf": common.pdf(job, "reports/pdf/readiness.html", {
            "province": province, "synthesis": synthesis, "questionnaire": questionnaire,
            "sections_chart": sections_chart, "agencies_chart": agencies_chart})}
