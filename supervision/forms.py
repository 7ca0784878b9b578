from django import forms
from django.utils.translation import gettext_lazy as _

from provinces.forms import DATE_INPUT, LinesField, ProvinceScopedForm
from sandbox.forms import ModelForm
from schools.forms import ScopedSchoolMixin
from schools.models import Agency, ReadinessSection
from schools.models.situation import ASPECTS
from supervision.models import (
    CompetencyAssessment,
    CompetencyComponent,
    CompetencyCriterion,
    CompetencyRound,
    Cooperation,
    Event,
    EventStation,
    FollowUpAction,
    FollowUpVisit,
    Partner,
    SupportRecord,
)

TEXT = forms.Textarea(attrs={"rows": 3})


class AspectsField(forms.MultipleChoiceField):
    widget = forms.CheckboxSelectMultiple

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("required", False)
        super().__init__(*args, choices=ASPECTS, **kwargs)


class FollowUpVisitForm(ScopedSchoolMixin, ModelForm):
    focus_aspects = AspectsField(label=_("Situation-analysis aspects"))

    class Meta:
        model = FollowUpVisit
        fields = ["school", "date", "status", "visitors", "focus", "focus_aspects", "readiness_gaps",
                  "situation_analysis", "findings"]
        widgets = {"date": DATE_INPUT, "visitors": TEXT, "focus": TEXT, "findings": forms.Textarea(attrs={"rows": 5})}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.limit_school("add" if self.instance.pk is None else "change")
        self.fields["readiness_gaps"].queryset = ReadinessSection.objects.select_related("questionnaire")
        self.fields["readiness_gaps"].widget.attrs["size"] = 6
        self.fields["focus_aspects"].widget.attrs["class"] = "list-unstyled mb-0"


class FollowUpActionForm(ModelForm):
    class Meta:
        model = FollowUpAction
        fields = ["visit", "description", "owner", "owner_user", "due_date", "status", "completed_on", "note"]
        widgets = {"due_date": DATE_INPUT, "completed_on": DATE_INPUT, "description": TEXT, "note": TEXT}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Any visit validates, so a visit outside the user's scope is refused with 403 by the save, as in the API.
        offered = FollowUpVisit.objects.restrict(self.user, "change").select_related("school")[:500]
        self.fields["visit"].choices = [("", self.fields["visit"].empty_label)] + [(v.pk, str(v)) for v in offered]


class CompetencyRoundForm(ModelForm):
    class Meta:
        model = CompetencyRound
        fields = ["name_th", "name_en", "year", "description", "is_open"]
        widgets = {"description": TEXT}


class CompetencyCriterionForm(ModelForm):
    class Meta:
        model = CompetencyCriterion
        fields = ["round", "order", "title"]


class CompetencyComponentForm(ModelForm):
    levels = LinesField(label=_("Level descriptions"), help_text=_("One level per line, level 1 first."))

    class Meta:
        model = CompetencyComponent
        fields = ["criterion", "order", "title", "levels"]


class CompetencyAssessmentForm(ScopedSchoolMixin, ModelForm):
    class Meta:
        model = CompetencyAssessment
        fields = ["round", "school", "director_name", "kind", "comment"]
        widgets = {"comment": TEXT}

    def __init__(self, *args, round_components=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.limit_school("add" if self.instance.pk is None else "change")
        chosen = self.instance.levels or {}
        for component in round_components:
            self.fields[f"level_{component.pk}"] = forms.TypedChoiceField(
                label=str(component), coerce=int, required=False, widget=forms.RadioSelect,
                choices=[(i, f"{i} — {text}") for i, text in enumerate(component.levels, start=1)],
                initial=chosen.get(str(component.pk)))
        self.component_fields = [self[f"level_{c.pk}"] for c in round_components]

    def save(self, commit=True):
        levels = {name.removeprefix("level_"): value for name, value in self.cleaned_data.items()
                  if name.startswith("level_") and value not in (None, "")}
        if levels or self.component_fields:
            self.instance.levels = levels
        return super().save(commit)


class SupportRecordForm(ScopedSchoolMixin, ModelForm):
    class Meta:
        model = SupportRecord
        fields = ["agency", "school", "kind", "date", "description", "quantity", "amount", "aspect"]
        widgets = {"date": DATE_INPUT, "description": TEXT}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.limit_school("view")
        self.fields["agency"].queryset = Agency.objects.select_related("province")


class EventForm(ProvinceScopedForm):
    participant_groups = LinesField(label=_("Participant groups"))

    class Meta:
        model = Event
        fields = ["title", "kind", "mode", "start_date", "end_date", "province", "venue", "organisers",
                  "description", "participants", "participant_groups", "participant_names", "attachment"]
        widgets = {"start_date": DATE_INPUT, "end_date": DATE_INPUT, "organisers": TEXT, "description": TEXT,
                   "participant_names": TEXT}


class EventStationForm(ModelForm):
    class Meta:
        model = EventStation
        fields = ["event", "province", "participants", "note"]


class PartnerForm(ProvinceScopedForm):
    class Meta:
        model = Partner
        fields = ["name", "sector", "province", "website", "contact", "description"]
        widgets = {"description": TEXT}


class CooperationForm(ProvinceScopedForm):
    class Meta:
        model = Cooperation
        fields = ["partner", "province", "school", "title", "description", "start_date", "end_date", "attachment"]
        widgets = {"start_date": DATE_INPUT, "end_date": DATE_INPUT, "description": TEXT}
