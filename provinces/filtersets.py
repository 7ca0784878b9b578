import django_filters
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from provinces.models import Cohort, District, Province


class ProvinceFilterSet(django_filters.FilterSet):
    q = django_filters.CharFilter(method="search", label=_("Search"))
    is_sandbox = django_filters.BooleanFilter(label=_("Sandbox area"))
    cohort = django_filters.ChoiceFilter(choices=Cohort.choices, label=_("Cohort"))

    class Meta:
        model = Province
        fields = ["q", "is_sandbox", "cohort"]

    def search(self, queryset, name, value):
        return queryset.filter(Q(name_th__icontains=value) | Q(name_en__icontains=value) | Q(code=value))


class DistrictFilterSet(django_filters.FilterSet):
    province = django_filters.ModelChoiceFilter(queryset=Province.objects.all(), label=_("Province"))

    class Meta:
        model = District
        fields = ["province"]
