from django import forms
from django.utils.translation import gettext_lazy as _

from accounts.models import ApiToken
from accounts.scope import manageable_users, managed_provinces
from provinces.models import Province
from sandbox import search_select
from sandbox.access import Role
from sandbox.forms import ModelForm
from sandbox.models import RoleAssignment
from schools.models import Agency, PilotSchool


def _style(form):
    for field in form.fields.values():
        css = "form-select" if isinstance(field.widget, forms.Select) else "form-control"
        if isinstance(field.widget, forms.CheckboxInput):
            css = "form-check-input"
        field.widget.attrs.setdefault("class", css)


class TokenForm(ModelForm):
    class Meta:
        model = ApiToken
        fields = ["name", "read_only", "expires"]
        widgets = {"expires": forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M")}
        help_texts = {
            "read_only": _("A read-only token can read but never change anything."),
            "expires": _("Leave empty for a token that lasts until you revoke it."),
        }


class RoleAssignmentForm(ModelForm):
    class Meta:
        model = RoleAssignment
        fields = ["user", "role", "province", "agency", "school"]
        help_texts = {"role": _("SBN roles need no scope; the others need the province, office or school.")}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["user"].queryset = manageable_users(self.user)
        self.fields["province"].queryset = self.fields["province"].queryset.filter(is_sandbox=True)
        self.fields["agency"].queryset = Agency.objects.select_related("province")
        self.fields["school"].queryset = PilotSchool.objects.select_related("province")
        offer_managed_scopes(self)


def offer_managed_scopes(form):
    """A province officer is offered the provinces, offices and schools of their own provinces only; a
    scope outside them is still refused by the service (403), whatever is posted."""
    provinces = managed_provinces(form.user)
    if provinces is None:
        return
    fields = form.fields
    search_select.offer_only(fields["province"], fields["province"].queryset.filter(pk__in=provinces))
    search_select.offer_only(fields["agency"], fields["agency"].queryset.filter(province__in=provinces))
    search_select.offer_only(fields["school"], fields["school"].queryset.filter(province__in=provinces))


class UserCreateForm(search_select.SearchableChoices, forms.Form):
    """A new account with its first role; the password goes through the password validators."""

    username = forms.CharField(label=_("Username"), max_length=150)
    first_name = forms.CharField(label=_("First name"), max_length=150, required=False)
    last_name = forms.CharField(label=_("Last name"), max_length=150, required=False)
    email = forms.EmailField(label=_("Email"), required=False)
    password = forms.CharField(label=_("Initial password"), widget=forms.PasswordInput(render_value=False),
                               strip=False)
    password_again = forms.CharField(label=_("Initial password (again)"),
                                     widget=forms.PasswordInput(render_value=False), strip=False)
    role = forms.ChoiceField(label=_("Role"), choices=Role.choices)
    province = forms.ModelChoiceField(queryset=Province.objects.filter(is_sandbox=True), required=False,
                                      label=_("Province"))
    agency = forms.ModelChoiceField(queryset=Agency.objects.select_related("province"), required=False,
                                    label=_("Affiliation office"))
    school = forms.ModelChoiceField(queryset=PilotSchool.objects.select_related("province"), required=False,
                                    label=_("School"))

    def __init__(self, *args, user=None, **kwargs):
        self.user = user
        super().__init__(*args, **kwargs)
        _style(self)
        search_select.use_search_widgets(self)
        offer_managed_scopes(self)

    def clean(self):
        data = super().clean()
        if data.get("password") and data.get("password") != data.get("password_again"):
            self.add_error("password_again", _("The two passwords differ."))
        return data

