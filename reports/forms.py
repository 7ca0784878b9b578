from django import forms
from django.utils.translation import gettext_lazy as _

from committees.models import Committee
from grants import summaries
from provinces.models import Province, ProvinceGroup, default_group
from reports.kinds import KINDS
from reports.scopes import limit
from sandbox import search_select
from schools.models import Agency, PilotSchool


class ReportRequestForm(search_select.SearchableChoices, forms.Form):
    """Which report, for which scope and year. The choices offered are those the user may ask for;
    services.request_report checks everything again."""

    kind = forms.ChoiceField(label=_("Report"))
    fiscal_year = forms.ModelChoiceField(queryset=None, to_field_name="year", required=False,
                                         label=_("Fiscal year"))
    province = forms.ModelChoiceField(queryset=None, required=False, label=_("Province"))
    agency = forms.ModelChoiceField(queryset=None, required=False, label=_("Affiliation office"))
    school = forms.ModelChoiceField(queryset=None, required=False, label=_("Pilot school"))
    committee = forms.ModelChoiceField(queryset=None, required=False, label=_("Committee"))
    group = forms.ModelChoiceField(queryset=ProvinceGroup.objects.all(), required=False, label=_("Province group"),
                                   empty_label=_("All sandbox provinces"))

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user
        self.fields["kind"].choices = [(k.kind, k.kind.label) for k in KINDS.values()]
        self.fields["kind"].widget.attrs["data-report-kind"] = ""
        self.fields["fiscal_year"].queryset = summaries.fiscal_years()
        self.fields["province"].queryset = limit(Province.objects.filter(is_sandbox=True), user, province="pk")
        self.fields["agency"].queryset = limit(Agency.objects.select_related("province"), user,
                                               province="province", agency="pk")
        self.fields["school"].queryset = limit(PilotSchool.objects.all(), user, province="province",
                                               agency="agency", school="pk")
        self.fields["committee"].queryset = limit(Committee.objects.all(), user, province="province",
                                                  agency="agency")
        needs = {name: [k.kind for k in KINDS.values() if k.scope == name] for name in
                 ("province", "agency", "school", "committee")}
        needs["fiscal_year"] = [k.kind for k in KINDS.values() if k.needs_year]
        needs["group"] = [k.kind for k in KINDS.values() if k.takes_group]
        self.fields["group"].initial = default_group(user)
        for field in self.fields.values():
            field.widget.attrs["class"] = "form-select"
        for name, kind_names in needs.items():
            # request-form.js shows a field only for the kinds that use it
            self.fields[name].widget.attrs["data-for-kinds"] = " ".join(kind_names)
        search_select.use_search_widgets(self)

    def parameters(self):
        data = self.cleaned_data
        kind = KINDS[data["kind"]]
        parameters = {}
        if kind.scope and data.get(kind.scope) is not None:
            parameters[kind.scope] = data[kind.scope].pk
        if kind.needs_year and data.get("fiscal_year") is not None:
            parameters["fiscal_year"] = data["fiscal_year"].year
        if kind.takes_group and data.get("group") is not None:
            parameters["group"] = data["group"].pk
        return parameters

