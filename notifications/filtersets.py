"""One filterset per model, shared by the pages and the API with the same parameter names."""

import django_filters
from django.utils.translation import gettext_lazy as _

from notifications.models import Kind, LineGroup, Notification


class NotificationFilterSet(django_filters.FilterSet):
    unread = django_filters.BooleanFilter(field_name="read_at", lookup_expr="isnull", label=_("Unread only"))
    kind = django_filters.ChoiceFilter(choices=Kind.choices, label=_("Kind"))

    class Meta:
        model = Notification
        fields = ["unread", "kind"]


class LineGroupFilterSet(django_filters.FilterSet):
    province = django_filters.CharFilter(field_name="province_id", label=_("Province (code)"))
    agency = django_filters.NumberFilter(field_name="agency_id", label=_("Affiliation office (id)"))
    is_active = django_filters.BooleanFilter(label=_("Active"))

    class Meta:
        model = LineGroup
        fields = ["province", "agency", "is_active"]
