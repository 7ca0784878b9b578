import django_filters
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from committees.models import (
    AgendaItem,
    Attendance,
    Committee,
    Level,
    Meeting,
    MeetingMode,
    Membership,
    Nomination,
    NominationStatus,
    Person,
    Position,
    Resolution,
    ResolutionStatus,
    Sector,
)
from committees.models.choices import OPEN_RESOLUTION_STATUSES
from provinces.filtersets import ProvinceGroupFilterMixin
from provinces.models import Province
from sandbox.filters import IsoDateTimeFilter
from schools.models import Agency


class FilterSet(django_filters.FilterSet):
    """Bootstrap classes on the filter widgets, so the list pages' filter bar is styled."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for field in self.form.fields.values():
            is_select = getattr(field.widget, "input_type", "") == "select"
            field.widget.attrs.setdefault("class", "form-select form-select-sm" if is_select
                                          else "form-control form-control-sm")


class CommitteeFilterSet(ProvinceGroupFilterMixin, FilterSet):
    group_path = "province"
    q = django_filters.CharFilter(method="search", label=_("Search"))
    level = django_filters.ChoiceFilter(choices=Level.choices, label=_("Level"))
    province = django_filters.ModelChoiceFilter(queryset=Province.objects.filter(is_sandbox=True),
                                                label=_("Province"))
    agency = django_filters.ModelChoiceFilter(queryset=Agency.objects.all(), label=_("Affiliation office"),
                                              widget=django_filters.widgets.forms.TextInput)
    current = django_filters.BooleanFilter(method="filter_current", label=_("In office"))

    class Meta:
        model = Committee
        fields = ["q", "level", "group", "province", "agency", "current"]

    def search(self, queryset, name, value):
        return queryset.filter(Q(name_th__icontains=value) | Q(name_en__icontains=value)
                               | Q(short_name__icontains=value) | Q(order_number__icontains=value))

    def filter_current(self, queryset, name, value):
        today = timezone.localdate()
        in_office = Q(term_start__lte=today) & (Q(term_end__isnull=True) | Q(term_end__gte=today))
        return queryset.filter(in_office) if value else queryset.exclude(in_office)


class PersonFilterSet(ProvinceGroupFilterMixin, FilterSet):
    group_path = "province"
    q = django_filters.CharFilter(method="search", label=_("Search"))
    sector = django_filters.ChoiceFilter(choices=Sector.choices, label=_("Sector"))
    province = django_filters.ModelChoiceFilter(queryset=Province.objects.filter(is_sandbox=True),
                                                label=_("Province"))

    class Meta:
        model = Person
        fields = ["q", "sector", "group", "province"]

    def search(self, queryset, name, value):
        return queryset.filter(Q(first_name_th__icontains=value) | Q(last_name_th__icontains=value)
                               | Q(first_name_en__icontains=value) | Q(last_name_en__icontains=value)
                               | Q(office_title__icontains=value) | Q(organization__icontains=value))


class MembershipFilterSet(ProvinceGroupFilterMixin, FilterSet):
    group_path = "committee__province"
    committee = django_filters.NumberFilter(field_name="committee_id", label=_("Committee"))
    person = django_filters.NumberFilter(field_name="person_id", label=_("Person"))
    province = django_filters.ModelChoiceFilter(field_name="committee__province",
                                                queryset=Province.objects.filter(is_sandbox=True),
                                                label=_("Province"))
    position = django_filters.ChoiceFilter(choices=Position.choices, label=_("Position"))
    current = django_filters.BooleanFilter(method="filter_current", label=_("In office today"))
    expiring = django_filters.BooleanFilter(method="filter_expiring", label=_("Term ends within 60 days"))

    class Meta:
        model = Membership
        fields = ["committee", "person", "group", "province", "position", "current", "expiring"]

    def filter_current(self, queryset, name, value):
        current = queryset.current()
        return current if value else queryset.exclude(pk__in=current.values("pk"))

    def filter_expiring(self, queryset, name, value):
        expiring = queryset.expiring()
        return expiring if value else queryset.exclude(pk__in=expiring.values("pk"))


class MeetingFilterSet(ProvinceGroupFilterMixin, FilterSet):
    group_path = "committee__province"
    committee = django_filters.NumberFilter(field_name="committee_id", label=_("Committee"))
    province = django_filters.ModelChoiceFilter(field_name="committee__province",
                                                queryset=Province.objects.filter(is_sandbox=True),
                                                label=_("Province"))
    mode = django_filters.ChoiceFilter(choices=MeetingMode.choices, label=_("Mode"))
    upcoming = django_filters.BooleanFilter(method="filter_upcoming", label=_("Upcoming"))
    starts_after = IsoDateTimeFilter(field_name="starts_at", lookup_expr="gte", label=_("Starts on or after"))
    starts_before = IsoDateTimeFilter(field_name="starts_at", lookup_expr="lt", label=_("Starts before"))

    class Meta:
        model = Meeting
        fields = ["committee", "group", "province", "mode", "upcoming", "starts_after", "starts_before"]

    def filter_upcoming(self, queryset, name, value):
        now = timezone.now()
        return queryset.filter(starts_at__gte=now) if value else queryset.filter(starts_at__lt=now)


class AgendaItemFilterSet(FilterSet):
    meeting = django_filters.NumberFilter(field_name="meeting_id", label=_("Meeting"))

    class Meta:
        model = AgendaItem
        fields = ["meeting"]


class AttendanceFilterSet(FilterSet):
    meeting = django_filters.NumberFilter(field_name="meeting_id", label=_("Meeting"))
    membership = django_filters.NumberFilter(field_name="membership_id", label=_("Member"))

    class Meta:
        model = Attendance
        fields = ["meeting", "membership", "status"]


class ResolutionFilterSet(ProvinceGroupFilterMixin, FilterSet):
    group_path = "meeting__committee__province"
    meeting = django_filters.NumberFilter(field_name="meeting_id", label=_("Meeting"))
    committee = django_filters.NumberFilter(field_name="meeting__committee_id", label=_("Committee"))
    province = django_filters.ModelChoiceFilter(field_name="meeting__committee__province",
                                                queryset=Province.objects.filter(is_sandbox=True),
                                                label=_("Province"))
    status = django_filters.ChoiceFilter(choices=ResolutionStatus.choices, label=_("Follow-up status"))
    open = django_filters.BooleanFilter(method="filter_open", label=_("Open"))

    class Meta:
        model = Resolution
        fields = ["meeting", "committee", "group", "province", "status", "open"]

    def filter_open(self, queryset, name, value):
        condition = Q(status__in=OPEN_RESOLUTION_STATUSES)
        return queryset.filter(condition) if value else queryset.exclude(condition)


class NominationFilterSet(ProvinceGroupFilterMixin, FilterSet):
    group_path = "committee__province"
    committee = django_filters.NumberFilter(field_name="committee_id", label=_("Committee"))
    province = django_filters.ModelChoiceFilter(field_name="committee__province",
                                                queryset=Province.objects.filter(is_sandbox=True),
                                                label=_("Province"))
    status = django_filters.ChoiceFilter(choices=NominationStatus.choices, label=_("Status"))

    class Meta:
        model = Nomination
        fields = ["committee", "group", "province", "status"]
