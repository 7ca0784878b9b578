"""One filterset per model: the list page and the API list endpoint take the same parameters."""

import django_filters
from django.db.models import Q
from django.forms import Select
from django.http import QueryDict
from django.utils.translation import gettext_lazy as _
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema_field

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
    ProvinceGroup,
    Strategy,
    ValueStatus,
    default_group,
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


class ProvinceGroupFilterMixin(django_filters.FilterSet):
    """?group=<id>: only rows of the group's provinces. A page opens with the user's default group; a
    request that names group (even empty, "all provinces") wins, and the API applies no default."""

    group_path = "province"  # the lookup from the model to its province
    group_path_is_many = False
    group = django_filters.ModelChoiceFilter(queryset=ProvinceGroup.objects.all(), method="filter_group",
                                             label=_("Province group"))

    def __init__(self, data=None, *args, request=None, **kwargs):
        if request is not None and "group" not in (data or {}) and not request.path.startswith("/api/"):
            default = default_group(getattr(request, "user", None))
            if default is not None:
                data = data.copy() if data is not None else QueryDict(mutable=True)
                data["group"] = str(default.pk)
        super().__init__(data, *args, request=request, **kwargs)

    @extend_schema_field(OpenApiTypes.INT)
    def filter_group(self, queryset, name, value):
        if value is None:
            return queryset
        provinces = value.provinces.values("code")
        queryset = queryset.filter(**{f"{self.group_path}__in": provinces})
        # Only a path through a to-many relation can return a row twice; DISTINCT elsewhere would make a
        # national list sort every row.
        return queryset.distinct() if self.group_path_is_many else queryset


NO_STAGE = "none"
STAGE_CHOICES = [(NO_STAGE, _("No step recorded"))] + [(kind.value, kind.label) for kind in STAGES]


class ProvinceFilterSet(ProvinceGroupFilterMixin, StyledFilterSet):
    group_path = "code"
    q = django_filters.CharFilter(method="search", label=_("Search"))
    is_sandbox = django_filters.BooleanFilter(label=_("Sandbox area"))
    cohort = django_filters.ChoiceFilter(choices=Cohort.choices, label=_("Cohort"))
    stage = django_filters.ChoiceFilter(choices=STAGE_CHOICES, method="filter_stage", label=_("Stage reached"))

    class Meta:
        model = Province
        fields = ["q", "group", "is_sandbox", "cohort", "stage"]

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


class MilestoneFilterSet(ProvinceGroupFilterMixin, StyledFilterSet):
    group_path = "province"
    province = province_filter()
    kind = django_filters.ChoiceFilter(choices=MilestoneKind.choices, label=_("Step"))
    status = django_filters.ChoiceFilter(choices=MilestoneStatus.choices, label=_("Status"))
    date_from = django_filters.DateFilter(field_name="date", lookup_expr="gte", label=_("From"))
    date_to = django_filters.DateFilter(field_name="date", lookup_expr="lte", label=_("To"))

    class Meta:
        model = Milestone
        fields = ["group", "province", "kind", "status", "date_from", "date_to"]


class StrategyFilterSet(ProvinceGroupFilterMixin, StyledFilterSet):
    group_path = "province"
    province = province_filter()
    year = django_filters.NumberFilter(label=_("Year"))

    class Meta:
        model = Strategy
        fields = ["group", "province", "year"]


class OutcomeSummaryFilterSet(ProvinceGroupFilterMixin, StyledFilterSet):
    group_path = "province"
    province = province_filter()
    year = django_filters.NumberFilter(label=_("Year"))

    class Meta:
        model = OutcomeSummary
        fields = ["group", "province", "year"]


class ChainSearchMixin:
    def search(self, queryset, name, value):
        return queryset.filter(Q(code__icontains=value) | Q(title__icontains=value))


class DesiredOutcomeFilterSet(ChainSearchMixin, ProvinceGroupFilterMixin, StyledFilterSet):
    q = django_filters.CharFilter(method="search", label=_("Search"))
    province = province_filter()

    class Meta:
        model = DesiredOutcome
        fields = ["q", "group", "province"]


class KeyResultAreaFilterSet(ChainSearchMixin, ProvinceGroupFilterMixin, StyledFilterSet):
    group_path = "outcome__province"
    q = django_filters.CharFilter(method="search", label=_("Search"))
    province = province_filter("outcome__province")
    outcome = django_filters.NumberFilter(label=_("Desired outcome"))

    class Meta:
        model = KeyResultArea
        fields = ["q", "group", "province", "outcome", "strategy"]


class IndicatorFilterSet(ChainSearchMixin, ProvinceGroupFilterMixin, StyledFilterSet):
    group_path = "kra__outcome__province"
    q = django_filters.CharFilter(method="search", label=_("Search"))
    province = province_filter("kra__outcome__province")
    kra = django_filters.NumberFilter(label=_("Key result area"))

    class Meta:
        model = Indicator
        fields = ["q", "group", "province", "kra"]


class IndicatorTargetFilterSet(ProvinceGroupFilterMixin, StyledFilterSet):
    group_path = "indicator__kra__outcome__province"
    province = province_filter("indicator__kra__outcome__province")
    indicator = django_filters.NumberFilter(label=_("Indicator"))
    fiscal_year = fiscal_year_filter()

    class Meta:
        model = IndicatorTarget
        fields = ["group", "province", "indicator", "fiscal_year"]


class IndicatorValueFilterSet(IndicatorTargetFilterSet):
    status = django_filters.ChoiceFilter(choices=ValueStatus.choices, label=_("Status"))

    class Meta:
        model = IndicatorValue
        fields = ["group", "province", "indicator", "fiscal_year", "status"]


class ActionFilterSet(ProvinceGroupFilterMixin, StyledFilterSet):
    group_path = "indicator__kra__outcome__province"
    province = province_filter("indicator__kra__outcome__province")
    indicator = django_filters.NumberFilter(label=_("Indicator"))
    fiscal_year = fiscal_year_filter()
    status = django_filters.ChoiceFilter(choices=ActionStatus.choices, label=_("Status"))

    class Meta:
        model = Action
        fields = ["group", "province", "indicator", "fiscal_year", "status"]


class ProvinceGroupFilterSet(StyledFilterSet):
    q = django_filters.CharFilter(field_name="name", lookup_expr="icontains", label=_("Search"))
    province = django_filters.CharFilter(field_name="provinces", label=_("Province (code)"))

    class Meta:
        model = ProvinceGroup
        fields = ["q", "province"]
