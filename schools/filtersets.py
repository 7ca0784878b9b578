import django_filters
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from provinces.models import District, Province
from schools.models import Agency, AgencyKind, PilotSchool, SchoolStatus


class AgencyFilterSet(django_filters.FilterSet):
    q = django_filters.CharFilter(method="search", label=_("Search"))
    province = django_filters.ModelChoiceFilter(queryset=Province.objects.filter(is_sandbox=True),
                                                label=_("Province"))
    kind = django_filters.ChoiceFilter(choices=AgencyKind.choices, label=_("Kind"))

    class Meta:
        model = Agency
        fields = ["q", "province", "kind"]

    def search(self, queryset, name, value):
        return queryset.filter(Q(name_th__icontains=value) | Q(name_en__icontains=value) | Q(code__icontains=value))


class PilotSchoolFilterSet(django_filters.FilterSet):
    q = django_filters.CharFilter(method="search", label=_("Search"))
    province = django_filters.ModelChoiceFilter(queryset=Province.objects.filter(is_sandbox=True),
                                                label=_("Province"))
    agency = django_filters.ModelChoiceFilter(queryset=Agency.objects.all(), label=_("Affiliation office"))
    district = django_filters.ModelChoiceFilter(queryset=District.objects.all(), label=_("District"),
                                                widget=django_filters.widgets.forms.TextInput)
    status = django_filters.ChoiceFilter(choices=SchoolStatus.choices, label=_("Status"))

    class Meta:
        model = PilotSchool
        fields = ["q", "province", "agency", "district", "status"]

    def search(self, queryset, name, value):
        return queryset.filter(Q(name_th__icontains=value) | Q(name_en__icontains=value) | Q(code__startswith=value))
