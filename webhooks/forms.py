from django import forms
from django.utils.translation import gettext_lazy as _

from sandbox.access import NATION, assignments
from sandbox.collation import ThaiOrder
from sandbox.forms import ModelForm
from webhooks.models import Event, Scope, Subscription


class SubscriptionForm(ModelForm):
    events = forms.MultipleChoiceField(label=_("Events"), choices=Event.choices, widget=forms.CheckboxSelectMultiple)

    class Meta:
        model = Subscription
        fields = ["name", "url", "events", "scope", "province", "agency", "school", "is_active"]
        help_texts = {"province": _("For the scope “a province”."), "agency": _("For the scope “an affiliation office”."),
                      "school": _("For the scope “a school”.")}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["events"].widget.attrs.pop("class", None)
        self.fields["scope"].choices = Scope.choices
        self.fields["province"].queryset = self.fields["province"].queryset.order_by(ThaiOrder("name_th"))
        self.fields["agency"].queryset = self.fields["agency"].queryset.order_by("code")
        self.fields["school"].queryset = self.fields["school"].queryset.order_by("code")
        if self.instance.pk is None and not self.is_bound:
            # Start from the person's own scope when they have exactly one role.
            own = assignments(self.user)
            if len(own) == 1:
                level = own[0].level
                self.initial.setdefault("scope", level)
                if level != NATION:
                    self.initial.setdefault(level, own[0].scope_id)
