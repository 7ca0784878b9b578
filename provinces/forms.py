from django import forms
from django.utils.translation import gettext_lazy as _

from provinces.models import (
    Action,
    DesiredOutcome,
    Indicator,
    IndicatorTarget,
    IndicatorValue,
    KeyResultArea,
    Milestone,
    OutcomeSummary,
    Province,
    ProvinceGroup,
    Strategy,
    SummaryCall,
)
from sandbox.collation import ThaiOrder
from sandbox.forms import ModelForm

DATE_INPUT = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")


class LinesField(forms.CharField):
    """An ordered list edited as a text box, one item per line."""

    widget = forms.Textarea(attrs={"rows": 4})

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("required", False)
        kwargs.setdefault("help_text", _("One item per line, in order."))
        super().__init__(*args, **kwargs)

    def prepare_value(self, value):
        return "\n".join(value) if isinstance(value, list | tuple) else value

    def to_python(self, value):
        text = super().to_python(value) or ""
        return [line.strip() for line in text.splitlines() if line.strip()]


class ProvinceScopedForm(ModelForm):
    """Offers the sandbox provinces and pre-selects the one named in ?province= (from a province page)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "province" in self.fields:
            self.fields["province"].queryset = Province.objects.filter(is_sandbox=True).order_by(ThaiOrder("name_th"))


class MilestoneForm(ProvinceScopedForm):
    class Meta:
        model = Milestone
        fields = ["province", "kind", "status", "date", "note", "document", "link"]
        widgets = {"date": DATE_INPUT, "note": forms.Textarea(attrs={"rows": 3}),
                   "document": forms.ClearableFileInput(attrs={"accept": "application/pdf,.pdf"})}


class StrategyForm(ProvinceScopedForm):
    missions = LinesField(label=_("Missions"))
    goals = LinesField(label=_("Goals"))
    strategies = LinesField(label=_("Strategies"))
    approaches = LinesField(label=_("Approaches under section 5 of the Act"))

    class Meta:
        model = Strategy
        fields = ["province", "year", "vision", "missions", "goals", "strategies", "approaches"]
        widgets = {"vision": forms.Textarea(attrs={"rows": 3})}


class OutcomeSummaryForm(ProvinceScopedForm):
    class Meta:
        model = OutcomeSummary
        fields = ["province", "year", "what_worked", "experience", "innovations", "strengths", "weaknesses",
                  "shortcomings"]
        widgets = {name: forms.Textarea(attrs={"rows": 4})
                   for name in ("what_worked", "experience", "innovations", "strengths", "weaknesses", "shortcomings")}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["province"].queryset = self.fields["province"].queryset.filter(cohort=1)


class DesiredOutcomeForm(ProvinceScopedForm):
    class Meta:
        model = DesiredOutcome
        fields = ["province", "code", "title", "description", "position"]
        widgets = {"description": forms.Textarea(attrs={"rows": 3})}


class KeyResultAreaForm(ModelForm):
    class Meta:
        model = KeyResultArea
        fields = ["outcome", "code", "title", "position", "strategy", "strategy_number"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["outcome"].queryset = DesiredOutcome.objects.select_related("province")
        self.fields["outcome"].label_from_instance = lambda o: f"{o.province} · {o}"
        self.fields["strategy"].queryset = Strategy.objects.select_related("province")
        self.fields["strategy"].label_from_instance = lambda s: f"{s.province} · {s}"


class IndicatorForm(ModelForm):
    class Meta:
        model = Indicator
        fields = ["kra", "code", "title", "unit", "baseline", "baseline_year", "direction", "position"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["kra"].queryset = KeyResultArea.objects.select_related("outcome__province")
        self.fields["kra"].label_from_instance = lambda k: f"{k.outcome.province} · {k}"


class IndicatorChoiceMixin:
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["indicator"].queryset = Indicator.objects.select_related("kra__outcome__province")
        self.fields["indicator"].label_from_instance = lambda i: f"{i.kra.outcome.province} · {i}"


class IndicatorTargetForm(IndicatorChoiceMixin, ModelForm):
    class Meta:
        model = IndicatorTarget
        fields = ["indicator", "fiscal_year", "target"]


class IndicatorValueForm(IndicatorChoiceMixin, ModelForm):
    class Meta:
        model = IndicatorValue
        fields = ["indicator", "fiscal_year", "value", "measured_on", "note", "evidence_file", "evidence_link"]
        widgets = {"measured_on": DATE_INPUT, "note": forms.Textarea(attrs={"rows": 2})}


class ActionForm(IndicatorChoiceMixin, ModelForm):
    class Meta:
        model = Action
        fields = ["indicator", "title", "description", "responsible", "fiscal_year", "status"]
        widgets = {"description": forms.Textarea(attrs={"rows": 3})}


class ProvinceGroupForm(ModelForm):
    class Meta:
        model = ProvinceGroup
        fields = ["name", "overseer", "description", "provinces"]
        widgets = {"description": forms.Textarea(attrs={"rows": 3}), "provinces": forms.CheckboxSelectMultiple}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["provinces"].queryset = Province.objects.filter(is_sandbox=True).order_by(ThaiOrder("name_th"))
        self.fields["provinces"].widget.attrs["class"] = "list-unstyled mb-0 columns-3"


class SummaryCallForm(ModelForm):
    class Meta:
        model = SummaryCall
        fields = ["year", "due_date", "note"]
        widgets = {"due_date": DATE_INPUT, "note": forms.Textarea(attrs={"rows": 2})}
