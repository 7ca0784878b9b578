"""One filterset per model: the list page and the API list endpoint take the same parameters."""

import django_filters
from django.db.models import Q
from django.forms import Select
from django.utils.translation import gettext_lazy as _

from provinces.models import (
    STAGES,
    Action,
    ActionStatus,
    Cohort,
    DesiredOutcome,
    District,
    Indicator,
    IndicatorTarget,
    IndicatorValue,
    KeyResultArea,
    Milestone,
    MilestoneKind,
    MilestoneStatus,
    OutcomeSummary,
    Province,
    Strategy,
)
from provinces.models.designation import STAGE_RANK


class StyledFilterSet(django_filters.FilterSet):
    """Filter forms drawn with Bootstrap's classes (the API ignores widgets)."""

    @property
    def form(self):
        form = super().form
        for field in form.fields.values():
            css = "form-select" if isinstance(field.widget, Select) else "form-control"
            field.widget.attrs.setdefault("class", css)
        return form


NO_STAGE = "none"
STAGE_CHOICES = [(NO_STAGE, _("No step recorded"))] + [(kind.value, kind.label) for kind in STAGES]


class ProvinceFilterSet(StyledFilterSet):
    q = django_filters.CharFilter(method="search", label=_("Search"))
    is_sandbox = django_filters.BooleanFilter(label=_("Sandbox area"))
    cohort = django_filters.ChoiceFilter(choices=Cohort.choices, label=_("Cohort"))
    stage = django_filters.ChoiceFilter(choices=STAGE_CHOICES, method="filter_stage", label=_("Stage reached"))

    class Meta:
        model = Province
        fields = ["q", "is_sandbox", "cohort", "stage"]

    def search(self, queryset, name, value):
        return queryset.filter(Q(name_th__icontains=value) | Q(name_en__icontains=value) | Q(code=value))

    def filter_stage(self, queryset, name, value):
        if "stage_rank" not in queryset.query.annotations:
            queryset = queryset.with_stage()
        return queryset.filter(stage_rank=0 if value == NO_STAGE else STAGE_RANK[value])


class DistrictFilterSet(StyledFilterSet):
    province = django_filters.ModelChoiceFilter(queryset=Province.objects.all(), label=_("Province"))

    class Meta:
        model = District
        fields = ["province"]


def province_filter(path="province"):
    return django_filters.ModelChoiceFilter(field_name=path, queryset=Province.objects.filter(is_sandbox=True),
                                            label=_("Province"))


def fiscal_year_filter():
    return django_filters.NumberFilter(field_name="fiscal_year", label=_("Fiscal year"))


class MilestoneFilterSet(StyledFilterSet):
    province = province_filter()
    kind = django_filters.ChoiceFilter(choices=MilestoneKind.choices, label=_("Step"))
    status = django_filters.ChoiceFilter(choices=MilestoneStatus.choices, label=_("Status"))
    date_from = django_filters.DateFilter(field_name="date", lookup_expr="gte", label=_("From"))
    date_to = django_filters.DateFilter(field_name="date", lookup_expr="lte", label=_("To"))

    class Meta:
        model = Milestone
        fields = ["province", "kind", "status", "date_from", "date_to"]


class StrategyFilterSet(StyledFilterSet):
    province = province_filter()
    year = django_filters.NumberFilter(label=_("Year"))

    class Meta:
        model = Strategy
        fields = ["province", "year"]


class OutcomeSummaryFilterSet(StyledFilterSet):
    province = province_filter()
    year = django_filters.NumberFilter(label=_("Year"))

    class Meta:
        model = OutcomeSummary
        fields = ["province", "year"]


class ChainSearchMixin:
    def search(self, queryset, name, value):
        return queryset.filter(Q(code__icontains=value) | Q(title__icontains=value))


class DesiredOutcomeFilterSet(ChainSearchMixin, StyledFilterSet):
    q = django_filters.CharFilter(method="search", label=_("Search"))
    province = province_filter()

    class Meta:
        model = DesiredOutcome
        fields = ["q", "province"]


class KeyResultAreaFilterSet(ChainSearchMixin, StyledFilterSet):
    q = django_filters.CharFilter(method="search", label=_("Search"))
    province = province_filter("outcome__province")
    outcome = django_filters.NumberFilter(label=_("Desired outcome"))

    class Meta:
        model = KeyResultArea
        fields = ["q", "province", "outcome"]


class IndicatorFilterSet(ChainSearchMixin, StyledFilterSet):
    q = django_filters.CharFilter(method="search", label=_("Search"))
    province = province_filter("kra__outcome__province")
    kra = django_filters.NumberFilter(label=_("Key result area"))

    class Meta:
        model = Indicator
        fields = ["q", "province", "kra"]


class IndicatorTargetFilterSet(StyledFilterSet):
    province = province_filter("indicator__kra__outcome__province")
    indicator = django_filters.NumberFilter(label=_("Indicator"))
    fiscal_year = fiscal_year_filter()

    class Meta:
        model = IndicatorTarget
        fields = ["province", "indicator", "fiscal_year"]


class IndicatorValueFilterSet(IndicatorTargetFilterSet):
    class Meta:
        model = IndicatorValue
        fields = ["province", "indicator", "fiscal_year"]


class ActionFilterSet(StyledFilterSet):
    province = province_filter("indicator__kra__outcome__province")
    indicator = django_filters.NumberFilter(label=_("Indicator"))
    fiscal_year = fiscal_year_filter()
    status = django_filters.ChoiceFilter(choices=ActionStatus.choices, label=_("Status"))

    class Meta:
        model = Action
        fields = ["province", "indicator", "fiscal_year", "status"]
