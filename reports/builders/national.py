"""The national SBN summary for the policy committee (PDF with charts)."""

from django.utils.translation import gettext as _

from grants import summaries
from provinces.group_choice import group_provinces
from reports import figures
from reports.builders import common, signing
from reports.models import ReportKind
from sandbox import charts


class NationalSummary(common.Report):
    kind = ReportKind.NATIONAL_SUMMARY
    takes_group = True

    def build(self, job, progress):
        year = common.fiscal_year(job)
        group = common.province_group(job)
        within = group_provinces(group)
        progress(10, _("Adding up spending per province."))
        provinces = summaries.spending_summary(year, "province", provinces=within)
        progress(30, _("Adding up spending per category."))
        categories = summaries.spending_summary(year, "category", provinces=within)
        progress(45, _("Finding the schools that have not reported."))
        schools = summaries.spending_summary(year, "school", provinces=within)
        not_reported = [r for r in schools.rows if r.get("reported") is False]
        labels, actual, plan = figures.spend_curve(year, provinces.totals.get("allocated"),
                                                   summaries.monthly_spending(year, provinces=within))
        expected = figures.expected_rate(year)
        completeness = summaries.completeness(year, "province", provinces=within)
        progress(60, _("Drawing the charts."))
        context = {
            "year": year, "group": group, "provinces": provinces, "categories": categories, "not_reported": not_reported,
            "completeness": completeness, "completeness_label": _("Province"),
            "expected": expected, "as_of": provinces.as_of,
            "due_month": figures.month_label(provinces.due_month) if provinces.due_month else "",
            "curve_chart": charts.line_chart(labels, [charts.Series(_("Actual"), actual)], plan=(0, 100),
                                             max_value=100, plan_label=_("Straight line"),
                                             title=_("Spend rate over the fiscal year"), width=680, height=240),
            "rate_chart": charts.bar_chart(
                [charts.Bar(r["name"], r["spend_rate"] or 0, target=expected) for r in provinces.rows],
                title=_("Spend rate by province (%)"), max_value=100, value_format=charts.percent, width=680,
                empty_text=_("No allocations.")),
            "category_chart": charts.bar_chart([(r["name"], r["spent"]) for r in categories.rows], width=680,
                                               title=_("Spending by category (baht)"),
                                               empty_text=_("No spending recorded.")),
            "not_reported_chart": charts.bar_chart(
                [(r["name"], r["not_reported"]) for r in provinces.rows if r["not_reported"]], width=680,
                title=_("Schools not reported by province"), colour="#c0392b",
                empty_text=_("Every school has reported.")),
        }
        context.update(signers=signing.office_signers(job), report_date=signing.report_date(),
                       words=signing.in_words(provinces.totals, "allocated", "spent", "balance"))
        progress(75, _("Drawing the PDF."))
        return {"pdf": common.pdf(job, "reports/pdf/national.html", context)}
