from django import forms
from django.utils.translation import gettext_lazy as _

from sandbox.forms import ModelForm
from sandbox.search_select import offer_only
from schools.models import (
    Agency,
    Innovation,
    InnovationFile,
    MembershipEvent,
    PilotSchool,
    ReadinessQuestion,
    ReadinessQuestionnaire,
    ReadinessSection,
    SchoolLevel,
    SituationAnalysis,
)


class LevelsField(forms.TypedMultipleChoiceField):
    widget = forms.CheckboxSelectMultiple

    def __init__(self, **kwargs):
        kwargs.setdefault("choices", SchoolLevel.choices)
        kwargs.setdefault("required", False)
        super().__init__(**kwargs)


class ScopedSchoolMixin:
    """Offer only the schools the user may write for.

    Any visible school still validates, so that a school outside the user's scope is refused by the
    service with 403, as the API does, rather than passing as a mere form error.
    """

    def limit_school(self, action="add"):
        from schools.scoping import schools_for

        field = self.fields["school"]
        offered = schools_for(self.user, self._meta.model, action).select_related("province").order_by(
            "province_id", "name_th")
        field.queryset = PilotSchool.objects.all()
        offer_only(field, offered)


class AgencyForm(ModelForm):
    class Meta:
        model = Agency
        fields = ["code", "name_th", "name_en", "kind", "province"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.limit_to_scope("province", "view")


class PilotSchoolForm(ModelForm):
    levels = LevelsField(label=_("Levels taught"))

    class Meta:
        model = PilotSchool
        fields = ["code", "smis_code", "obec_code", "name_th", "name_en", "province", "agency", "district",
                  "address", "latitude", "longitude", "levels", "students", "teachers", "director_name", "phone",
                  "email", "website"]
        widgets = {"address": forms.Textarea(attrs={"rows": 2})}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["agency"].queryset = Agency.objects.select_related("province")
        self.fields["district"].queryset = self.fields["district"].queryset.filter(province__is_sandbox=True)
        self.fields["province"].queryset = self.fields["province"].queryset.filter(is_sandbox=True)
        self.fields["levels"].widget.attrs["class"] = "list-unstyled mb-0"


class MembershipEventForm(ScopedSchoolMixin, ModelForm):
    class Meta:
        model = MembershipEvent
        fields = ["school", "kind", "date", "approved_by", "reference", "reason"]
        widgets = {"date": forms.DateInput(attrs={"type": "date"}), "reason": forms.Textarea(attrs={"rows": 3})}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.limit_school("add" if self.instance.pk is None else "change")


class QuestionnaireForm(ModelForm):
    class Meta:
        model = ReadinessQuestionnaire
        fields = ["name_th", "name_en", "year", "description", "is_open"]
        widgets = {"description": forms.Textarea(attrs={"rows": 3})}


class SectionForm(ModelForm):
    class Meta:
        model = ReadinessSection
        fields = ["questionnaire", "order", "name_th", "name_en", "weight"]


class QuestionForm(ModelForm):
    class Meta:
        model = ReadinessQuestion
        fields = ["section", "order", "text_th", "text_en", "scale_max", "weight"]
        widgets = {"text_th": forms.Textarea(attrs={"rows": 2}), "text_en": forms.Textarea(attrs={"rows": 2})}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["section"].queryset = ReadinessSection.objects.select_related("questionnaire")


class ReadinessAnswerForm(forms.Form):
    """One radio group per question of a questionnaire, built from its sections."""

    comment = forms.CharField(label=_("Comment"), required=False,
                              widget=forms.Textarea(attrs={"rows": 3, "class": "form-control"}))

    def __init__(self, *args, questionnaire, sections, initial_answers=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.questionnaire = questionnaire
        self.sections = []
        initial_answers = initial_answers or {}
        for section in sections:
            names = []
            for question in section.questions.all():
                name = f"q{question.pk}"
                self.fields[name] = forms.TypedChoiceField(
                    label=question.text, coerce=int, widget=forms.RadioSelect(attrs={"class": "form-check-input"}),
                    choices=[(n, str(n)) for n in range(1, question.scale_max + 1)],
                    initial=initial_answers.get(question.pk),
                )
                names.append(name)
            self.sections.append((section, [self[name] for name in names]))
        self.order_fields([*(f for f in self.fields if f != "comment"), "comment"])

    def answers(self):
        return {int(name[1:]): value for name, value in self.cleaned_data.items() if name.startswith("q")}


class SituationAnalysisForm(ScopedSchoolMixin, ModelForm):
    class Meta:
        model = SituationAnalysis
        fields = "__all__"

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for field in self.fields.values():
            if isinstance(field.widget, forms.Textarea):
                field.widget.attrs["rows"] = 3
        self.limit_school("add" if self.instance.pk is None else "change")


class InnovationForm(ScopedSchoolMixin, ModelForm):
    levels = LevelsField(label=_("Target levels"))

    class Meta:
        model = Innovation
        fields = ["title", "kind", "school", "year", "levels", "abstract", "benefit", "creators", "keywords"]
        widgets = {"abstract": forms.Textarea(attrs={"rows": 5}), "benefit": forms.Textarea(attrs={"rows": 3}),
                   "creators": forms.Textarea(attrs={"rows": 3})}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.limit_school("add" if self.instance.pk is None else "change")
        self.fields["levels"].widget.attrs["class"] = "list-unstyled mb-0"


class InnovationFileForm(ModelForm):
    class Meta:
        model = InnovationFile
        fields = ["file", "title"]


class SchoolImportForm(forms.Form):
    file = forms.FileField(label=_("CSV or XLSX file"))

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["file"].widget.attrs["class"] = "form-control"
        self.fields["file"].widget.attrs["accept"] = ".csv,.xlsx"
