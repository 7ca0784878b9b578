from django.db.models import Count, OuterRef, Prefetch, Subquery
from django.db.models.functions import Coalesce
from django.urls import reverse_lazy
from django.utils.translation import gettext_lazy as _

from provinces import filtersets, forms, values
from provinces.filtersets import ProvinceFilterSet
from provinces.models import (
    STAGES,
    Action,
    DesiredOutcome,
    Indicator,
    IndicatorTarget,
    IndicatorValue,
    KeyResultArea,
    Milestone,
    OutcomeSummary,
    Province,
    Strategy,
)
from provinces.models.designation import STAGE_RANK
from sandbox import charts, views
from sandbox.access import allows
from sandbox.collation import ThaiOrder
from schools.models import Agency, PilotSchool, SchoolStatus


def with_school_counts(queryset):
    # Each count in a subquery of its own: counted over one join of schools and offices, every province's
    # schools were paired with each of its offices (72 ms for 3,000 schools, the home page's whole time).
    schools = (PilotSchool.objects.filter(province=OuterRef("pk"), status=SchoolStatus.ACTIVE).order_by()
               .values("province").annotate(n=Count("pk")).values("n"))
    agencies = Agency.objects.filter(province=OuterRef("pk")).order_by().values("province").annotate(
        n=Count("pk")).values("n")
    return queryset.annotate(school_count=Coalesce(Subquery(schools), 0), agency_count=Coalesce(Subquery(agencies), 0))


class HomeView(views.ObjectListView):
    """The sandbox areas at a glance, filterable by cohort and by the designation stage reached."""

    model = Province
    filterset_class = ProvinceFilterSet
    template_name = "provinces/home.html"
    paginate_by = None

    def get_queryset(self):
        queryset = super().get_queryset().filter(is_sandbox=True).with_stage()
        return with_school_counts(queryset).order_by("cohort", ThaiOrder("name_th"))

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["stage_count"] = len(STAGES)
        return context


class ProvinceListView(views.ObjectListView):
    model = Province
    filterset_class = ProvinceFilterSet
    columns = (("name", _("Province")), ("code", _("DOPA code")), ("is_sandbox", _("Sandbox area")),
               ("cohort", _("Cohort")))
    paginate_by = 100


class ProvinceDetailView(views.ObjectDetailView):
    model = Province
    template_name = "provinces/province_detail.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        province, user = self.object, self.request.user
        context["agencies"] = province.agencies.annotate(school_count=Count("schools")).order_by("code")
        context["school_count"] = province.schools.filter(status=SchoolStatus.ACTIVE).count()
        context.update(timeline_context(province))
        context.update(strategy_context(province, self.request.GET.get("strategy_year")))
        context["outcomes"] = results_framework(province)
        context["summaries"] = list(province.outcome_summaries.all())
        probe = {model: model(province=province) for model in (Milestone, Strategy, DesiredOutcome, OutcomeSummary)}
        context["may_edit"] = {model._meta.model_name: allows(user, "add", obj) for model, obj in probe.items()}
        return context


def timeline_context(province):
    milestones = list(province.milestones.all())
    done_ranks = [m.stage_rank for m in milestones if m.status == "done" and m.stage_rank]
    reached = max(done_ranks, default=0)
    return {
        "milestones": milestones,
        "stage": STAGES[reached - 1] if reached else None,
        "stage_rank": reached,
        "stage_steps": [(kind, STAGE_RANK[kind] <= reached) for kind in STAGES],
    }


def strategy_context(province, wanted_year):
    versions = list(province.strategies.all())  # newest first
    chosen = next((s for s in versions if str(s.year) == str(wanted_year)), versions[0] if versions else None)
    return {"strategy": chosen, "strategy_years": [s.year for s in versions]}


def results_framework(province):
    """DOE → KRA → KPI (with targets, values and actions) in a fixed number of queries."""
    indicators = Indicator.objects.prefetch_related("targets", "values", "actions")
    kras = KeyResultArea.objects.prefetch_related(Prefetch("indicators", queryset=indicators))
    outcomes = list(province.desired_outcomes.prefetch_related(Prefetch("key_result_areas", queryset=kras)))
    for outcome in outcomes:
        for kra in outcome.key_result_areas.all():
            for indicator in kra.indicators.all():
                with_progress(indicator)
    return outcomes


def with_progress(indicator, **chart_size):
    """Attach the yearly rows, the chart and the on/off-track state the templates show."""
    indicator.rows = indicator.yearly()
    rows = indicator.rows
    indicator.chart = charts.target_chart(
        [r.fiscal_year for r in rows], [r.target for r in rows], [r.actual for r in rows],
        [r.on_track is False for r in rows], baseline=indicator.baseline, **chart_size,
        title=_("%(indicator)s: target and actual per fiscal year") % {"indicator": indicator})
    indicator.is_off_track = indicator.off_track(indicator.rows)
    indicator.has_measure = any(row.actual is not None for row in indicator.rows)
    return indicator


class ProvinceHistoryView(views.ObjectHistoryView):
    model = Province


# --- the rows of a province's designation, strategy and results framework --------------------------------------


PROVINCE = ("province", _("Province"))


# Milestones
class MilestoneListView(views.ObjectListView):
    model = Milestone
    filterset_class = filtersets.MilestoneFilterSet
    related = ("province",)
    columns = (("kind", _("Step")), PROVINCE, ("date", _("Date")), ("status", _("Status")))
    add_url = reverse_lazy("provinces:milestone-add")
    export_name = "milestones"


class MilestoneDetailView(views.ObjectDetailView):
    model = Milestone
    parent = "province"
    related = ("province",)
    fields = (PROVINCE, ("kind", _("Step")), ("status", _("Status")), ("date", _("Date")), ("note", _("Note")),
              ("document", _("Document")), ("link", _("Link")))


class MilestoneEditView(views.ObjectEditView):
    model = Milestone
    parent = "province"
    anchor = "timeline"
    form_class = forms.MilestoneForm


class MilestoneDeleteView(views.ObjectDeleteView):
    model = Milestone
    parent = "province"
    anchor = "timeline"


class MilestoneHistoryView(views.ObjectHistoryView):
    model = Milestone


# Strategies
class StrategyListView(views.ObjectListView):
    model = Strategy
    filterset_class = filtersets.StrategyFilterSet
    related = ("province",)
    columns = (("__str__", _("Strategy")), PROVINCE, ("year", _("Year")), ("vision", _("Vision")))
    add_url = reverse_lazy("provinces:strategy-add")
    export_name = "strategies"


class StrategyDetailView(views.ObjectDetailView):
    model = Strategy
    parent = "province"
    related = ("province",)
    template_name = "provinces/strategy_detail.html"


class StrategyEditView(views.ObjectEditView):
    model = Strategy
    parent = "province"
    anchor = "strategy"
    form_class = forms.StrategyForm

    def get_success_url(self):
        page = self.object.province.get_absolute_url()
        return self.return_url() or f"{page}?strategy_year={self.object.year}#strategy"


class StrategyDeleteView(views.ObjectDeleteView):
    model = Strategy
    parent = "province"
    anchor = "strategy"


class StrategyHistoryView(views.ObjectHistoryView):
    model = Strategy


# Outcome summaries
class OutcomeSummaryListView(views.ObjectListView):
    model = OutcomeSummary
    filterset_class = filtersets.OutcomeSummaryFilterSet
    related = ("province",)
    columns = (("__str__", _("Summary")), PROVINCE, ("year", _("Year")))
    add_url = reverse_lazy("provinces:summary-add")
    export_name = "outcome-summaries"


class OutcomeSummaryDetailView(views.ObjectDetailView):
    model = OutcomeSummary
    parent = "province"
    related = ("province",)
    route_prefix = "provinces:summary"
    fields = (PROVINCE, ("year", _("Year")), ("what_worked", _("What worked")), ("innovations", _("Innovations")),
              ("strengths", _("Strengths")), ("weaknesses", _("Weaknesses")))


class OutcomeSummaryEditView(views.ObjectEditView):
    model = OutcomeSummary
    parent = "province"
    anchor = "summaries"
    form_class = forms.OutcomeSummaryForm


class OutcomeSummaryDeleteView(views.ObjectDeleteView):
    model = OutcomeSummary
    parent = "province"
    anchor = "summaries"


class OutcomeSummaryHistoryView(views.ObjectHistoryView):
    model = OutcomeSummary


# Desired outcomes (DOE)
class DesiredOutcomeListView(views.ObjectListView):
    model = DesiredOutcome
    filterset_class = filtersets.DesiredOutcomeFilterSet
    related = ("province",)
    columns = (("__str__", _("Desired outcome")), PROVINCE)
    add_url = reverse_lazy("provinces:outcome-add")
    export_name = "desired-outcomes"


class DesiredOutcomeDetailView(views.ObjectDetailView):
    model = DesiredOutcome
    parent = "province"
    related = ("province",)
    route_prefix = "provinces:outcome"
    fields = (PROVINCE, ("code", _("Code")), ("title", _("Title")), ("description", _("Description")))


class DesiredOutcomeEditView(views.ObjectEditView):
    model = DesiredOutcome
    parent = "province"
    anchor = "results"
    form_class = forms.DesiredOutcomeForm


class DesiredOutcomeDeleteView(views.ObjectDeleteView):
    model = DesiredOutcome
    parent = "province"
    anchor = "results"


class DesiredOutcomeHistoryView(views.ObjectHistoryView):
    model = DesiredOutcome


# Key result areas (KRA)
class KeyResultAreaListView(views.ObjectListView):
    model = KeyResultArea
    filterset_class = filtersets.KeyResultAreaFilterSet
    related = ("outcome__province",)
    columns = (("__str__", _("Key result area")), ("outcome", _("Desired outcome")),
               ("outcome.province", _("Province")))
    add_url = reverse_lazy("provinces:kra-add")
    export_name = "key-result-areas"


class KeyResultAreaDetailView(views.ObjectDetailView):
    model = KeyResultArea
    parent = "outcome.province"
    related = ("outcome__province",)
    route_prefix = "provinces:kra"
    fields = (("outcome.province", _("Province")), ("outcome", _("Desired outcome")), ("code", _("Code")),
              ("title", _("Title")))


class KeyResultAreaEditView(views.ObjectEditView):
    model = KeyResultArea
    parent = "outcome.province"
    anchor = "results"
    form_class = forms.KeyResultAreaForm


class KeyResultAreaDeleteView(views.ObjectDeleteView):
    model = KeyResultArea
    parent = "outcome.province"
    anchor = "results"


class KeyResultAreaHistoryView(views.ObjectHistoryView):
    model = KeyResultArea


# Indicators (KPI)
INDICATOR_PROVINCE = ("kra.outcome.province", _("Province"))


class IndicatorListView(views.ObjectListView):
    model = Indicator
    filterset_class = filtersets.IndicatorFilterSet
    related = ("kra__outcome__province",)
    columns = (("__str__", _("Indicator")), ("unit", _("Unit")), ("kra", _("Key result area")), INDICATOR_PROVINCE)
    add_url = reverse_lazy("provinces:indicator-add")
    export_name = "indicators"


class IndicatorDetailView(views.ObjectDetailView):
    model = Indicator
    parent = "kra.outcome.province"
    related = ("kra__outcome__province",)
    template_name = "provinces/indicator_detail.html"

    def get_queryset(self):
        return super().get_queryset().prefetch_related("targets", "values", "actions")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        indicator = with_progress(self.object, width=480, height=200)
        context.update(rows=indicator.rows, chart=indicator.chart,
                       values={v.fiscal_year: v for v in indicator.values.all()})
        return context


class IndicatorEditView(views.ObjectEditView):
    model = Indicator
    parent = "kra.outcome.province"
    anchor = "results"
    form_class = forms.IndicatorForm


class IndicatorDeleteView(views.ObjectDeleteView):
    model = Indicator
    parent = "kra.outcome.province"
    anchor = "results"


class IndicatorHistoryView(views.ObjectHistoryView):
    model = Indicator


# Targets, values and actions of an indicator: saving and deleting return to the indicator's page
INDICATOR_COLUMNS = (("indicator", _("Indicator")), ("indicator.kra.outcome.province", _("Province")))
RELATED_INDICATOR = ("indicator__kra__outcome__province",)


class IndicatorTargetListView(views.ObjectListView):
    model = IndicatorTarget
    filterset_class = filtersets.IndicatorTargetFilterSet
    related = RELATED_INDICATOR
    columns = (("__str__", _("Target")), *INDICATOR_COLUMNS, ("fiscal_year", _("Fiscal year")),
               ("target", _("Target")))
    add_url = reverse_lazy("provinces:target-add")
    export_name = "indicator-targets"


class IndicatorTargetDetailView(views.ObjectDetailView):
    model = IndicatorTarget
    parent = "indicator"
    related = RELATED_INDICATOR
    route_prefix = "provinces:target"
    fields = (*INDICATOR_COLUMNS, ("fiscal_year", _("Fiscal year")), ("target", _("Target")))


class IndicatorTargetEditView(views.ObjectEditView):
    model = IndicatorTarget
    parent = "indicator"
    form_class = forms.IndicatorTargetForm


class IndicatorTargetDeleteView(views.ObjectDeleteView):
    model = IndicatorTarget
    parent = "indicator"


class IndicatorTargetHistoryView(views.ObjectHistoryView):
    model = IndicatorTarget


class IndicatorValueListView(views.ObjectListView):
    model = IndicatorValue
    filterset_class = filtersets.IndicatorValueFilterSet
    related = RELATED_INDICATOR
    columns = (("__str__", _("Value")), *INDICATOR_COLUMNS, ("fiscal_year", _("Fiscal year")),
               ("value", _("Measured value")), ("status", _("Status")))
    add_url = reverse_lazy("provinces:value-add")
    export_name = "indicator-values"


class IndicatorValueDetailView(views.ObjectDetailView):
    model = IndicatorValue
    parent = "indicator"
    related = RELATED_INDICATOR
    route_prefix = "provinces:value"
    fields = (*INDICATOR_COLUMNS, ("fiscal_year", _("Fiscal year")), ("value", _("Measured value")),
              ("measured_on", _("Measured on")), ("note", _("Note")), ("evidence_file", _("Evidence (file)")),
              ("evidence_link", _("Evidence (link)")), ("get_status_display", _("Status")),
              ("submitted_by", _("Submitted by")), ("reviewed_by", _("Reviewed by")),
              ("return_reason", _("Reason for return")))
    template_name = "provinces/value_detail.html"

    def get_context_data(self, **kwargs):
        from sandbox.access import allows as may

        context = super().get_context_data(**kwargs)
        value, user = self.object, self.request.user
        context["can_change"] = context["can_change"] and value.is_editable
        context["can_submit"] = value.is_editable and may(user, "submit", value)
        context["can_review"] = (value.status == "submitted" and may(user, "review", value)
                                 and value.submitted_by_id != user.pk)
        return context


class IndicatorValueEditView(views.ObjectEditView):
    model = IndicatorValue
    parent = "indicator"
    form_class = forms.IndicatorValueForm
    save_with = staticmethod(values.save_value)


class IndicatorValueDeleteView(views.ObjectDeleteView):
    model = IndicatorValue
    parent = "indicator"


class IndicatorValueHistoryView(views.ObjectHistoryView):
    model = IndicatorValue


class ActionListView(views.ObjectListView):
    model = Action
    filterset_class = filtersets.ActionFilterSet
    related = RELATED_INDICATOR
    columns = (("title", _("Action")), *INDICATOR_COLUMNS, ("fiscal_year", _("Fiscal year")),
               ("status", _("Status")))
    add_url = reverse_lazy("provinces:action-add")
    export_name = "actions"


class ActionDetailView(views.ObjectDetailView):
    model = Action
    parent = "indicator"
    related = RELATED_INDICATOR
    fields = (*INDICATOR_COLUMNS, ("title", _("Title")), ("description", _("Description")),
              ("responsible", _("Responsible")), ("fiscal_year", _("Fiscal year")), ("status", _("Status")))


class ActionEditView(views.ObjectEditView):
    model = Action
    parent = "indicator"
    form_class = forms.ActionForm


class ActionDeleteView(views.ObjectDeleteView):
    model = Action
    parent = "indicator"


class ActionHistoryView(views.ObjectHistoryView):
    model = Action
