from django import forms

from sandbox.money import as_form_field


class ModelForm(forms.ModelForm):
    """Model form that knows its user, so a form can offer only choices inside the user's scope."""

    def __init__(self, *args, user=None, **kwargs):
        self.user = user
        super().__init__(*args, **kwargs)
        for name, field in self.fields.items():
            self.fields[name] = as_form_field(field)  # amounts read as baht, "3,500" as people type it
        for field in self.fields.values():
            css = "form-select" if isinstance(field.widget, forms.Select) else "form-control"
            if isinstance(field.widget, forms.CheckboxInput):
                css = "form-check-input"
            field.widget.attrs.setdefault("class", css)

    def limit_to_scope(self, field_name, action="add"):
        """Offer only the related rows this user may act on (e.g. their own province)."""
        field = self.fields[field_name]
        field.queryset = field.queryset.model.objects.restrict(self.user, action)
