from django import forms
from django.core.exceptions import FieldDoesNotExist
from django.utils.translation import gettext_lazy as _

from sandbox import dates, search_select
from sandbox.money import as_form_field as as_money_field
from sandbox.money import is_plain_number

# The empty choice of every select, in forms and in list filters: Django 6.1 writes "- Select an
# option -" and django-filter "---------", neither of them in the portal's language.
BLANK_LABEL = _("— Choose —")


def use_portal_blank_label():
    """Called once from SandboxConfig.ready(), before any form or filterset class is built."""
    import django_filters.conf
    from django.db.models import fields

    fields.BLANK_CHOICE_LABEL = BLANK_LABEL
    django_filters.conf.settings.EMPTY_CHOICE_LABEL = BLANK_LABEL


def _model_field(model, name):
    try:
        return model._meta.get_field(name) if model else None
    except FieldDoesNotExist:
        return None


class ModelForm(search_select.SearchableChoices, forms.ModelForm):
    """Model form that knows its user, so a form can offer only choices inside the user's scope; a choice
    among many rows is found by typing (sandbox.search_select)."""

    def __init__(self, *args, user=None, **kwargs):
        self.user = user
        super().__init__(*args, **kwargs)
        for name, field in self.fields.items():
            # Amounts read as baht ("3,500" as people type it); dates as dd/mm/yyyy, BE on Thai pages.
            number = is_plain_number(_model_field(self._meta.model, name))
            self.fields[name] = dates.as_form_field(as_money_field(field, number=number))
        for field in self.fields.values():
            css = "form-select" if isinstance(field.widget, forms.Select) else "form-control"
            if isinstance(field.widget, forms.CheckboxInput):
                css = "form-check-input"
            field.widget.attrs.setdefault("class", css)
        search_select.use_search_widgets(self)

    def limit_to_scope(self, field_name, action="add"):
        """Offer only the related rows this user may act on (e.g. their own province)."""
        field = self.fields[field_name]
        field.queryset = field.queryset.model.objects.restrict(self.user, action)
