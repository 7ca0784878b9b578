from django import forms
from django.utils.translation import gettext_lazy as _

from notifications.models import LINE_KIND_CHOICES, Email, LineGroup
from sandbox.access import AGENCY, PROVINCE, SUPERVISORS, assignments
from sandbox.collation import ThaiOrder
from sandbox.forms import ModelForm


class PreferencesForm(forms.Form):
    """One choice per kind: email at once, in a daily digest, or none (the inbox always has it)."""

    def __init__(self, *args, preferences=(), **kwargs):
        super().__init__(*args, **kwargs)
        for kind, label, email in preferences:
            self.fields[kind] = forms.ChoiceField(label=label, choices=Email.choices, initial=email,
                                                  widget=forms.Select(attrs={"class": "form-select"}))


class LineGroupForm(ModelForm):
    kinds = forms.MultipleChoiceField(label=_("Events pushed"), choices=LINE_KIND_CHOICES, required=False,
                                      widget=forms.CheckboxSelectMultiple, help_text=LineGroup._meta.get_field(
                                          "kinds").help_text)

    class Meta:
        model = LineGroup
        fields = ["province", "agency", "name", "group_id", "kinds", "is_active"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["kinds"].widget.attrs.pop("class", None)
        self.fields["province"].queryset = self.fields["province"].queryset.order_by(ThaiOrder("name_th"))
        self.fields["agency"].queryset = self.fields["agency"].queryset.select_related("province").order_by("code")
        if self.instance.pk is None and not self.initial.get("province") and not self.initial.get("agency"):
            # Start from the person's own office when they have exactly one.
            offices = [a for a in assignments(self.user) if a.role in SUPERVISORS and a.level in (PROVINCE, AGENCY)]
            if len(offices) == 1:
                office = offices[0]
                self.initial["province" if office.level == PROVINCE else "agency"] = office.scope_id
