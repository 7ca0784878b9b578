import django_filters
from django import forms
from django.contrib.postgres.search import TrigramWordSimilarity
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from provinces.filtersets import ProvinceGroupFilterMixin
from provinces.models import District, Province
from schools.models import (
    Agency,
    AgencyKind,
    Innovation,
    InnovationKind,
    MembershipEvent,
    MembershipKind,
    PilotSchool,
    ReadinessQuestion,
    ReadinessQuestionnaire,
    ReadinessResponse,
    ReadinessSection,
    RespondentRole,
    SchoolLevel,
    SchoolStatus,
    SituationAnalysis,
)


class StyledFilterSet(django_filters.FilterSet):
    """Bootstrap classes on the filter widgets of the list pages."""

    @property
    def form(self):
        form = super().form
        for field in form.fields.values():
            if isinstance(field.widget, forms.HiddenInput):
                continue
            css = "form-select" if isinstance(field.widget, forms.Select) else "form-control"
            field.widget.attrs.setdefault("class", css + " form-control-sm" if css == "form-control"
                                          else css + " form-select-sm")
        return form


class AgencyFilterSet(ProvinceGroupFilterMixin):
    group_path = "province"
    q = django_filters.CharFilter(method="search", label=_("Search"))
    province = django_filters.ModelChoiceFilter(queryset=Province.objects.filter(is_sandbox=True),
                                                label=_("Province"))
    kind = django_filters.ChoiceFilter(choices=AgencyKind.choices, label=_("Kind"))

    class Meta:
        model = Agency
        fields = ["q", "group", "province", "kind"]

    def search(self, queryset, name, value):
        return queryset.filter(Q(name_th__icontains=value) | Q(name_en__icontains=value) | Q(code__icontains=value))


class PilotSchoolFilterSet(ProvinceGroupFilterMixin, StyledFilterSet):
    group_path = "province"
    q = django_filters.CharFilter(method="search", label=_("Search"))
    province = django_filters.ModelChoiceFilter(queryset=Province.objects.filter(is_sandbox=True),
                                                label=_("Province"))
    agency = django_filters.ModelChoiceFilter(queryset=Agency.objects.all(), label=_("Affiliation office"))
    district = django_filters.ModelChoiceFilter(queryset=District.objects.all(), label=_("District"),
                                                widget=django_filters.widgets.forms.TextInput)
    status = django_filters.ChoiceFilter(choices=SchoolStatus.choices, label=_("Status"))
    level = django_filters.ChoiceFilter(choices=SchoolLevel.choices, method="filter_level", label=_("Level"))

    class Meta:
        model = PilotSchool
        fields = ["q", "group", "province", "agency", "district", "status", "level"]

    def filter_level(self, queryset, name, value):
        return queryset.filter(levels__contains=[value])

    def search(self, queryset, name, value):
        return queryset.filter(Q(name_th__icontains=value) | Q(name_en__icontains=value) | Q(code__startswith=value))


class MembershipEventFilterSet(ProvinceGroupFilterMixin, StyledFilterSet):
    group_path = "school__province"
    school = django_filters.NumberFilter(field_name="school", label=_("School (id)"), widget=forms.HiddenInput)
    province = django_filters.ModelChoiceFilter(field_name="school__province", label=_("Province"),
                                                queryset=Province.objects.filter(is_sandbox=True))
    agency = django_filters.ModelChoiceFilter(field_name="school__agency", queryset=Agency.objects.all(),
                                              label=_("Affiliation office"))
    kind = django_filters.ChoiceFilter(choices=MembershipKind.choices, label=_("Event"))
    date_from = django_filters.DateFilter(field_name="date", lookup_expr="gte", label=_("From"),
                                          widget=forms.DateInput(attrs={"type": "date"}))
    date_to = django_filters.DateFilter(field_name="date", lookup_expr="lte", label=_("To"),
                                        widget=forms.DateInput(attrs={"type": "date"}))

    class Meta:
        model = MembershipEvent
        fields = ["school", "group", "province", "agency", "kind", "date_from", "date_to"]


class QuestionnaireFilterSet(StyledFilterSet):
    year = django_filters.NumberFilter(label=_("Year (BE)"))
    is_open = django_filters.BooleanFilter(label=_("Open for answers"))

    class Meta:
        model = ReadinessQuestionnaire
        fields = ["year", "is_open"]


class SectionFilterSet(django_filters.FilterSet):
    class Meta:
        model = ReadinessSection
        fields = ["questionnaire"]


class QuestionFilterSet(django_filters.FilterSet):
    questionnaire = django_filters.NumberFilter(field_name="section__questionnaire", label=_("Questionnaire"))

    class Meta:
        model = ReadinessQuestion
        fields = ["section", "questionnaire"]


class ResponseFilterSet(ProvinceGroupFilterMixin, StyledFilterSet):
    group_path = "school__province"
    questionnaire = django_filters.ModelChoiceFilter(queryset=ReadinessQuestionnaire.objects.all(),
                                                     label=_("Questionnaire"))
    province = django_filters.ModelChoiceFilter(field_name="school__province", label=_("Province"),
                                                queryset=Province.objects.filter(is_sandbox=True))
    agency = django_filters.ModelChoiceFilter(field_name="school__agency", queryset=Agency.objects.all(),
                                              label=_("Affiliation office"))
    school = django_filters.NumberFilter(field_name="school", label=_("School (id)"), widget=forms.HiddenInput)
    respondent_role = django_filters.ChoiceFilter(choices=RespondentRole.choices, label=_("Respondent"))

    class Meta:
        model = ReadinessResponse
        fields = ["questionnaire", "group", "province", "agency", "school", "respondent_role"]


class SituationAnalysisFilterSet(ProvinceGroupFilterMixin, StyledFilterSet):
    group_path = "school__province"
    q = django_filters.CharFilter(method="search", label=_("Search"))
    province = django_filters.ModelChoiceFilter(field_name="school__province", label=_("Province"),
                                                queryset=Province.objects.filter(is_sandbox=True))
    agency = django_filters.ModelChoiceFilter(field_name="school__agency", queryset=Agency.objects.all(),
                                              label=_("Affiliation office"))
    school = django_filters.NumberFilter(field_name="school", label=_("School (id)"), widget=forms.HiddenInput)
    year = django_filters.NumberFilter(label=_("Year (BE)"))

    class Meta:
        model = SituationAnalysis
        fields = ["q", "group", "province", "agency", "school", "year"]

    def search(self, queryset, name, value):
        return queryset.filter(Q(school__name_th__icontains=value) | Q(school__code__startswith=value))


class InnovationFilterSet(ProvinceGroupFilterMixin, StyledFilterSet):
    group_path = "school__province"
    q = django_filters.CharFilter(method="search", label=_("Search"),
                                  help_text=_("Finds words inside Thai text, in titles, abstracts, benefits, "
                                              "makers and keywords."))
    kind = django_filters.ChoiceFilter(choices=InnovationKind.choices, label=_("Type"))
    level = django_filters.ChoiceFilter(choices=SchoolLevel.choices, method="filter_level", label=_("Target level"))
    province = django_filters.ModelChoiceFilter(field_name="school__province", label=_("Province"),
                                                queryset=Province.objects.filter(is_sandbox=True))
    agency = django_filters.ModelChoiceFilter(field_name="school__agency", queryset=Agency.objects.all(),
                                              label=_("Affiliation office"))
    school = django_filters.NumberFilter(field_name="school", label=_("School (id)"), widget=forms.HiddenInput)
    year = django_filters.NumberFilter(label=_("Year (BE)"))

    class Meta:
        model = Innovation
        fields = ["q", "kind", "level", "group", "province", "agency", "school", "year"]

    def search(self, queryset, name, value):
        return search_innovations(queryset, value)

    def filter_level(self, queryset, name, value):
        return queryset.filter(levels__contains=[value])


def search_innovations(queryset, text):
    """Every word of the query must occur somewhere in the innovation's text, also inside unspaced Thai.

    Substring matching (ILIKE '%word%') finds a Thai word inside a run of text without spaces,
    which word-based full-text search cannot split; the GIN trigram index on search_text lets
    PostgreSQL answer it without reading every row. Results with the closest trigram match come first.
    """
    words = [word for word in text.split() if word]
    if not words:
        return queryset
    for word in words:
        # contains (LIKE) rather than icontains: Django writes icontains as UPPER(column) LIKE UPPER(%s),
        # which no index on the column can serve. search_text is stored lower-cased instead.
        queryset = queryset.filter(search_text__contains=word.lower())
    return queryset.annotate(relevance=TrigramWordSimilarity(text.lower(), "search_text")).order_by("-relevance", "-created")
