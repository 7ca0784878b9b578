"""One filterset per model, shared by the list pages and the API with the same parameter names."""

import django_filters
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from grants import queues
from grants.models import (
    Allocation,
    Category,
    Expenditure,
    FiscalYear,
    Period,
    PeriodStatus,
    PlanLine,
    Programme,
    Transfer,
)
from provinces.filtersets import ProvinceGroupFilterMixin
from provinces.models import Province
from schools.models import Agency


class ScopeFilters(ProvinceGroupFilterMixin):
    """fiscal_year is the B.E. number; province and agency narrow to a supervision scope, group to a
    province group's provinces (a page opens with the user's default group)."""

    group_path = "school__province"

    fiscal_year = django_filters.NumberFilter(field_name="fiscal_year__year", label=_("Fiscal year"))
    province = django_filters.ModelChoiceFilter(field_name="school__province", label=_("Province"),
                                                queryset=Province.objects.filter(is_sandbox=True))
    agency = django_filters.ModelChoiceFilter(field_name="school__agency", label=_("Affiliation office"),
                                              queryset=Agency.objects.all())
    school = django_filters.NumberFilter(field_name="school_id", label=_("School (id)"))


class AllocationFilterSet(ScopeFilters):
    programme = django_filters.ModelChoiceFilter(queryset=Programme.objects.all(), label=_("Programme"))

    class Meta:
        model = Allocation
        fields = ["fiscal_year", "group", "province", "agency", "school", "programme"]


# An id, not a <select>: a national list would otherwise render every allocation of every year.
ALLOCATION_ID = {"field_name": "allocation_id", "label": _("Allocation (id)")}


class ExpenditureFilterSet(ScopeFilters):
    # The year as its id and the row's own province key: the list indexes (year, date) and (year,
    # province, date) then return a page in date order without sorting the whole year.
    fiscal_year = django_filters.NumberFilter(method="in_year", label=_("Fiscal year"))
    province = django_filters.ModelChoiceFilter(field_name="province", label=_("Province"),
                                                queryset=Province.objects.filter(is_sandbox=True))
    q = django_filters.CharFilter(method="search", label=_("Search"))
    allocation = django_filters.NumberFilter(**ALLOCATION_ID)
    category = django_filters.ModelChoiceFilter(queryset=Category.objects.all(), label=_("Category"))
    date_from = django_filters.DateFilter(field_name="date", lookup_expr="gte", label=_("From"))
    date_to = django_filters.DateFilter(field_name="date", lookup_expr="lte", label=_("To"))
    group_path = "province"

    class Meta:
        model = Expenditure
        fields = ["q", "fiscal_year", "group", "province", "agency", "school", "category", "date_from", "date_to",
                  "allocation"]

    def in_year(self, queryset, name, value):
        year_id = FiscalYear.objects.filter(year=value).values_list("pk", flat=True).first()
        return queryset.filter(fiscal_year_id=year_id) if year_id else queryset.none()

    def search(self, queryset, name, value):
        return queryset.filter(Q(description__icontains=value) | Q(payee__icontains=value)
                               | Q(receipt_number__icontains=value))


class PeriodFilterSet(ScopeFilters):
    status = django_filters.ChoiceFilter(choices=PeriodStatus.choices, label=_("Status"))
    # Any other value is refused (400), so a mistyped filter never passes for the whole list.
    awaiting = django_filters.ChoiceFilter(choices=[("me", _("Me"))], method="awaiting_me",
                                           label=_("Waiting for"))

    class Meta:
        model = Period
        fields = ["fiscal_year", "group", "province", "agency", "school", "status", "month", "awaiting"]

    def awaiting_me(self, queryset, name, value):
        return queues.awaiting(queryset, getattr(self.request, "user", None))


class TransferFilterSet(django_filters.FilterSet):
    fiscal_year = django_filters.NumberFilter(field_name="allocation__fiscal_year__year", label=_("Fiscal year"))
    school = django_filters.NumberFilter(field_name="allocation__school_id", label=_("School"))
    allocation = django_filters.NumberFilter(**ALLOCATION_ID)

    class Meta:
        model = Transfer
        fields = ["fiscal_year", "school", "allocation"]


class PlanLineFilterSet(TransferFilterSet):
    class Meta:
        model = PlanLine
        fields = ["fiscal_year", "school", "allocation", "category"]
