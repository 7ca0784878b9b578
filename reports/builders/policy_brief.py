"""The policy brief for the national policy committee: one page per fiscal year with each sandbox
province's designation stage, pilot schools, readiness, KPIs on and off track, situation-analysis
coverage (and the schools still missing), spending rate and completeness, and the committee terms
ending soon. The page /reports/policy-brief/ and the PDF show the same PolicyBrief."""

import datetime
from dataclasses import dataclass, field
from decimal import Decimal

from django.db.models import Avg, Count
from django.utils import timezone
from django.utils.translation import gettext as _

from committees.models import Committee
from grants import summaries
from provinces.models import IndicatorTarget, IndicatorValue, Province
from provinces.models.designation import stage_for_rank, stage_rank_subquery
from provinces.models.results import Direction
from reports import figures
from reports.builders import common
from reports.models import ReportKind
from sandbox import charts
from sandbox.collation import thai_key
from schools.models import (
    PilotSchool,
    ReadinessQuestionnaire,
    ReadinessResponse,
    SchoolStatus,
    SituationAnalysis,
)

TERM_WINDOW_DAYS = 180  # a committee needs about half a year to select and appoint its next members
MISSING_SHOWN = 6  # names of schools without a situation analysis listed per province on the one page


@dataclass
class ProvinceLine:
    province: Province
    stage: str = ""
    schools: int = 0
    readiness: Decimal | None = None
    readiness_schools: int = 0
    kpis_on: int = 0
    kpis_off: int = 0
    kpis_unmeasured: int = 0
    analysed: int = 0
    missing: list = field(default_factory=list)  # names of pilot schools without a situation analysis
    allocated: Decimal | None = None
    spent: Decimal | None = None
    spend_rate: Decimal | None = None
    submitted_rate: Decimal | None = None
    terms_ending: list = field(default_factory=list)  # (committee name, term end)

    @property
    def coverage(self):
        """Situation analyses as "analysed/pilot schools", e.g. 6/40."""
        return f"{self.analysed}/{self.schools}"

    @property
    def coverage_rate(self):
        return round(Decimal(self.analysed * 100) / self.schools, 1) if self.schools else None

    @property
    def missing_shown(self):
        return self.missing[:MISSING_SHOWN]

    @property
    def missing_more(self):
        return max(len(self.missing) - MISSING_SHOWN, 0)


@dataclass
class PolicyBrief:
    year: object
    group: object = None
    lines: list = field(default_factory=list)
    questionnaire: object = None
    expected_rate: Decimal | None = None
    as_of: datetime.datetime | None = None
    term_until: datetime.date | None = None

    @property
    def schools(self):
        return sum(line.schools for line in self.lines)

    @property
    def analysed(self):
        return sum(line.analysed for line in self.lines)

    @property
    def kpis_off(self):
        return sum(line.kpis_off for line in self.lines)

    @property
    def terms_ending(self):
        return sum(len(line.terms_ending) for line in self.lines)


def policy_brief(year, group=None, today=None):
    """The brief for a FiscalYear, limited to a ProvinceGroup when one is given; a fixed number of
    queries however many provinces and schools there are."""
    today = today or timezone.localdate()
    provinces = Province.objects.filter(is_sandbox=True).annotate(stage_rank=stage_rank_subquery())
    if group is not None:
        provinces = provinces.filter(groups=group)
    lines = {p.pk: ProvinceLine(p, stage=_stage_label(p.stage_rank)) for p in provinces}
    brief = PolicyBrief(year=year, group=group, lines=list(lines.values()),
                        expected_rate=figures.expected_rate(year),
                        term_until=today + datetime.timedelta(days=TERM_WINDOW_DAYS))
    if not lines:
        return brief
    _add_schools(lines, year)
    brief.questionnaire = _add_readiness(lines)
    _add_indicators(lines, year)
    brief.as_of = _add_spending(lines, year, today)
    _add_terms(lines, today, brief.term_until)
    return brief


def _stage_label(rank):
    stage = stage_for_rank(rank)
    return str(stage.label) if stage else ""


def _name(th, en):
    return summaries._name(th, en)


def _add_schools(lines, year):
    """Pilot schools now, and which of them have a situation analysis of the year or before."""
    schools = (PilotSchool.objects.filter(province__in=lines, status=SchoolStatus.ACTIVE).order_by()
               .values_list("pk", "province_id", "name_th", "name_en"))
    analysed = set(SituationAnalysis.objects.filter(school__province__in=lines, year__lte=year.year)
                   .values_list("school_id", flat=True).distinct())
    for pk, province_id, th, en in schools:
        line = lines[province_id]
        line.schools += 1
        if pk in analysed:
            line.analysed += 1
        else:
            line.missing.append(_name(th, en))
    for line in lines.values():
        line.missing.sort(key=thai_key)


def _add_readiness(lines):
    """The latest readiness round's average score per province."""
    questionnaire = ReadinessQuestionnaire.objects.order_by("-year", "-pk").first()
    if questionnaire is None:
        return None
    rows = (ReadinessResponse.objects.filter(questionnaire=questionnaire, score__isnull=False,
                                             school__province__in=lines)
            .order_by().values("school__province").annotate(average=Avg("score"),
                                                            schools=Count("school", distinct=True)))
    for row in rows:
        line = lines[row["school__province"]]
        line.readiness = round(row["average"], 1)
        line.readiness_schools = row["schools"]
    return questionnaire


def _add_indicators(lines, year):
    """KPIs with a target in the year: on track (met), off track (missed) or not measured yet."""
    province = "indicator__kra__outcome__province"
    targets = (IndicatorTarget.objects.filter(fiscal_year=year.year, **{f"{province}__in": lines}).order_by()
               .values_list("indicator_id", province, "indicator__direction", "target"))
    actuals = dict(IndicatorValue.objects.filter(fiscal_year=year.year, **{f"{province}__in": lines}).order_by()
                   .values_list("indicator_id", "value"))
    for indicator_id, province_id, direction, target in targets:
        line = lines[province_id]
        actual = actuals.get(indicator_id)
        if actual is None:
            line.kpis_unmeasured += 1
        elif (actual >= target) if direction == Direction.UP else (actual <= target):
            line.kpis_on += 1
        else:
            line.kpis_off += 1


def _add_spending(lines, year, today):
    spending = summaries.spending_summary(year, "province", today=today)
    for row in spending.rows:
        if row["key"] in lines:
            line = lines[row["key"]]
            line.allocated, line.spent, line.spend_rate = row["allocated"], row["spent"], row["spend_rate"]
    for row in summaries.completeness(year, "province", today=today).rows:
        if row["key"] in lines:
            lines[row["key"]].submitted_rate = row["submitted_rate"]
    return spending.as_of


def _add_terms(lines, today, until):
    committees = (Committee.objects.filter(province__in=lines, term_end__gte=today, term_end__lte=until)
                  .order_by("term_end", "pk").values_list("province_id", "short_name", "name_th", "term_end"))
    for province_id, short_name, name_th, term_end in committees:
        lines[province_id].terms_ending.append((short_name or name_th, term_end))


def coverage_chart(brief, width=1000, height=230):
    """Situation-analysis coverage and spending rate per province, in percent, against the straight line."""
    return charts.grouped_bar_chart(
        [line.province.name for line in brief.lines],
        [charts.Series(_("Situation-analysis coverage"), [line.coverage_rate for line in brief.lines]),
         charts.Series(_("Spend rate"), [line.spend_rate for line in brief.lines])],
        title=_("Situation-analysis coverage and spend rate by province (%)"), width=width, height=height,
        max_value=100, value_format=charts.number,
        reference=(_("Straight line today"), brief.expected_rate) if brief.expected_rate is not None else None)


class PolicyBriefReport(common.Report):
    kind = ReportKind.POLICY_BRIEF
    takes_group = True

    def build(self, job, progress):
        year = common.fiscal_year(job)
        group = common.province_group(job)
        progress(20, _("Gathering each province's figures."))
        brief = policy_brief(year, group)
        progress(60, _("Drawing the PDF."))
        return {"pdf": common.pdf(job, "reports/pdf/policy_brief.html",
                                  {"brief": brief, "chart": coverage_chart(brief, width=1100, height=150)})}
