"""One filterset per model: the list page and the API list take the same parameters.

Every province-level list also takes ?group= (a province group), as the provinces lists do.
"""

import django_filters
from django import forms
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from provinces.filtersets import ProvinceGroupFilterMixin, StyledFilterSet, province_filter
from schools.models import Agency
from schools.models.situation import ASPECTS
from supervision.models import (
    ActionStatus,
    AssessmentKind,
    CompetencyAssessment,
    CompetencyComponent,
    CompetencyCriterion,
    CompetencyRound,
    Cooperation,
    Event,
    EventKind,
    EventStation,
    FollowUpAction,
    FollowUpVisit,
    Partner,
    PartnerSector,
    SupportKind,
    SupportRecord,
    VisitStatus,
)

DATE = forms.DateInput(attrs={"type": "date"})


def agency_filter(path):
    return django_filters.ModelChoiceFilter(field_name=path, queryset=Agency.objects.all(),
                                            label=_("Affiliation office"))


def school_filter(path):
    return django_filters.NumberFilter(field_name=path, label=_("School (id)"), widget=forms.HiddenInput)


def date_filters(path):
    return (django_filters.DateFilter(field_name=path, lookup_expr="gte", label=_("From"), widget=DATE),
            django_filters.DateFilter(field_name=path, lookup_expr="lte", label=_("To"), widget=DATE))


class FollowUpVisitFilterSet(ProvinceGroupFilterMixin, StyledFilterSet):
    group_path = "school__province"
    province = province_filter("school__province")
    agency = agency_filter("school__agency")
    school = school_filter("school")
    status = django_filters.ChoiceFilter(choices=VisitStatus.choices, label=_("Follow-up status"))
    aspect = django_filters.ChoiceFilter(choices=ASPECTS, method="filter_aspect", label=_("Aspect"))
    date_from, date_to = date_filters("date")

    class Meta:
        model = FollowUpVisit
        fields = ["group", "province", "agency", "school", "status", "aspect", "date_from", "date_to"]

    def filter_aspect(self, queryset, name, value):
        return queryset.filter(focus_aspects__contains=[value])


class FollowUpActionFilterSet(ProvinceGroupFilterMixin, StyledFilterSet):
    group_path = "visit__school__province"
    province = province_filter("visit__school__province")
    agency = agency_filter("visit__school__agency")
    school = school_filter("visit__school")
    visit = django_filters.NumberFilter(label=_("Visit"), widget=forms.HiddenInput)
    status = django_filters.ChoiceFilter(choices=ActionStatus.choices, label=_("Status"))
    overdue = django_filters.BooleanFilter(method="filter_overdue", label=_("Overdue"))

    class Meta:
        model = FollowUpAction
        fields = ["group", "province", "agency", "school", "visit", "status", "overdue"]

    def filter_overdue(self, queryset, name, value):
        overdue = queryset.overdue()
        return overdue if value else queryset.exclude(pk__in=overdue.values("pk"))


class CompetencyRoundFilterSet(StyledFilterSet):
    year = django_filters.NumberFilter(label=_("Year (BE)"))
    is_open = django_filters.BooleanFilter(label=_("Open for assessment"))

    class Meta:
        model = CompetencyRound
        fields = ["year", "is_open"]


class CompetencyCriterionFilterSet(StyledFilterSet):
    class Meta:
        model = CompetencyCriterion
        fields = ["round"]


class CompetencyComponentFilterSet(StyledFilterSet):
    round = django_filters.NumberFilter(field_name="criterion__round", label=_("Round"))

    class Meta:
        model = CompetencyComponent
        fields = ["criterion", "round"]


class CompetencyAssessmentFilterSet(ProvinceGroupFilterMixin, StyledFilterSet):
    group_path = "school__province"
    round = django_filters.ModelChoiceFilter(queryset=CompetencyRound.objects.all(), label=_("Round"))
    province = province_filter("school__province")
    agency = agency_filter("school__agency")
    school = school_filter("school")
    kind = django_filters.ChoiceFilter(choices=AssessmentKind.choices, label=_("Assessment"))

    class Meta:
        model = CompetencyAssessment
        fields = ["round", "group", "province", "agency", "school", "kind"]


class SupportRecordFilterSet(ProvinceGroupFilterMixin, StyledFilterSet):
    group_path = "school__province"
    province = province_filter("school__province")
    agency = agency_filter("agency")
    school = school_filter("school")
    kind = django_filters.ChoiceFilter(choices=SupportKind.choices, label=_("Kind of support"))
    aspect = django_filters.ChoiceFilter(choices=ASPECTS, label=_("Aspect"))
    date_from, date_to = date_filters("date")

    class Meta:
        model = SupportRecord
        fields = ["group", "province", "agency", "school", "kind", "aspect", "date_from", "date_to"]


class EventFilterSet(ProvinceGroupFilterMixin, StyledFilterSet):
    group_path = "province"
    q = django_filters.CharFilter(method="search", label=_("Search"))
    province = django_filters.CharFilter(method="filter_province", label=_("Province (code)"))
    kind = django_filters.ChoiceFilter(choices=EventKind.choices, label=_("Kind"))
    date_from, date_to = date_filters("start_date")

    class Meta:
        model = Event
        fields = ["q", "group", "province", "kind", "date_from", "date_to"]

    def search(self, queryset, name, value):
        return queryset.filter(Q(title__icontains=value) | Q(description__icontains=value))

    def filter_province(self, queryset, name, value):
        """Hosted in the province, or with a station there."""
        return queryset.filter(Q(province=value) | Q(stations__province=value)).distinct()


class EventStationFilterSet(StyledFilterSet):
    province = province_filter("province")

    class Meta:
        model = EventStation
        fields = ["event", "province"]


class PartnerFilterSet(ProvinceGroupFilterMixin, StyledFilterSet):
    group_path = "cooperations__province"
    group_path_is_many = True
    q = django_filters.CharFilter(method="search", label=_("Search"))
    sector = django_filters.ChoiceFilter(choices=PartnerSector.choices, label=_("Sector"))
    province = django_filters.CharFilter(method="filter_province", label=_("Province (code)"))

    class Meta:
        model = Partner
        fields = ["q", "sector", "group", "province"]

    def search(self, queryset, name, value):
        return queryset.filter(name__icontains=value)

    def filter_province(self, queryset, name, value):
        """Based in the province, or cooperating with it."""
        return queryset.filter(Q(province=value) | Q(cooperations__province=value)).distinct()


class CooperationFilterSet(ProvinceGroupFilterMixin, StyledFilterSet):
    group_path = "province"
    partner = django_filters.NumberFilter(label=_("Partner"), widget=forms.HiddenInput)
    province = province_filter("province")
    school = school_filter("school")
    sector = django_filters.ChoiceFilter(field_name="partner__sector", choices=PartnerSector.choices,
                                         label=_("Sector"))

    class Meta:
        model = Cooperation
        fields = ["partner", "group", "province", "school", "sector"]
