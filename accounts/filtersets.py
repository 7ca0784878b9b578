import django_filters
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from accounts.scope import in_provinces
from provinces.models import Province
from sandbox.access import Role
from sandbox.models import RoleAssignment


class RoleAssignmentFilterSet(django_filters.FilterSet):
    q = django_filters.CharFilter(method="search", label=_("User"))
    role = django_filters.ChoiceFilter(choices=Role.choices, label=_("Role"))
    province = django_filters.ModelChoiceFilter(queryset=Province.objects.filter(is_sandbox=True),
                                                method="in_province", label=_("Province"))

    class Meta:
        model = RoleAssignment
        fields = ["q", "role", "province"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for field in self.form.fields.values():
            field.widget.attrs.setdefault("class", "form-select" if field.widget.input_type == "select"
                                          else "form-control")

    def search(self, queryset, name, value):
        return queryset.filter(Q(user__username__icontains=value) | Q(user__first_name__icontains=value)
                               | Q(user__last_name__icontains=value))

    def in_province(self, queryset, name, value):
        return queryset.filter(in_provinces([value.pk]))
