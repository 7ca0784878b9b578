"""A choice among many rows, found by typing instead of scrolling.

A select of every allocation SBN may pick (30,000 in a national year) made a 3 MB page that took
seconds to draw and could not be used on a phone. SearchSelect draws a plain select while the
field's choices are few (settings.CHOICES_SEARCH_FROM) and, past that, a search box whose matches
(htmx, from the `choices` page) come back as radio buttons carrying the field's own name, so the
form posts the same value either way and checks it against the same queryset.

The matches are those of the form itself: the page builds the named form for the user asking and
searches the rows its field offers (its queryset, or the narrower set a form offers while leaving the
refusal of the rest to a service), so nobody finds a row their form would not offer.
"""

import operator
from functools import reduce

from django import forms
from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.db.models import Q
from django.http import Http404
from django.shortcuts import render
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.http import urlencode
from django.utils.safestring import mark_safe

MATCHES_SHOWN = 20

# Per model, the fields a typed word may match; a word of digits may also be a Buddhist Era year.
SEARCH_FIELDS = {
    "schools.pilotschool": ("code", "name_th", "name_en"),
    "schools.agency": ("code", "name_th", "name_en"),
    "grants.allocation": ("school__code", "school__name_th", "school__name_en", "programme__code"),
    "grants.planline": ("activity", "allocation__school__code", "allocation__school__name_th",
                        "allocation__school__name_en"),
    "auth.user": ("username", "first_name", "last_name", "email"),
}
YEAR_FIELDS = {"grants.allocation": "fiscal_year__year", "grants.planline": "fiscal_year__year"}

FORMS = {}  # "module.Class" -> form class, filled as the form classes are defined


def form_key(form_class):
    return f"{form_class.__module__}.{form_class.__qualname__}"


class SearchableChoices:
    """A form the `choices` page may build by name, to search the long choices it offers."""

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        FORMS[form_key(cls)] = cls


def searchable(queryset):
    return queryset is not None and queryset.model._meta.label_lower in SEARCH_FIELDS


def use_search_widgets(form):
    """Give each single-row choice of a searchable model the search-or-select widget; it decides when drawn,
    once the form has narrowed the field's queryset."""
    for name, field in form.fields.items():
        if (isinstance(field, forms.ModelChoiceField) and not isinstance(field, forms.ModelMultipleChoiceField)
                and type(field.widget) is forms.Select and searchable(field.queryset)):
            widget = SearchSelect(attrs=field.widget.attrs, source=(form_key(type(form)), name))
            widget.choices = field.choices
            field.widget = widget


def offer_only(field, offered):
    """Show only the `offered` rows while the field still accepts its whole queryset: a row outside them is
    refused by the service (403, as the API answers), not passed off as a mistyped choice."""
    if isinstance(field.widget, SearchSelect):
        field.widget.offer(offered)
        if field.widget.is_long():
            return
    field.choices = [("", field.empty_label)] + [(field.prepare_value(row), field.label_from_instance(row))
                                                 for row in offered]


def search(queryset, text):
    """Rows of queryset matching every word of text, each word in one of the model's search fields."""
    label = queryset.model._meta.label_lower
    for word in text.split():
        matches = [Q(**{f"{field}__icontains": word}) for field in SEARCH_FIELDS[label]]
        if word.isdigit() and label in YEAR_FIELDS:
            matches.append(Q(**{YEAR_FIELDS[label]: int(word)}))
        queryset = queryset.filter(reduce(operator.or_, matches))
    return queryset


class SearchSelect(forms.Select):
    search_template_name = "sandbox/widgets/search_select.html"

    def __init__(self, attrs=None, choices=(), source=None):
        super().__init__(attrs, choices)
        self.source = source
        self.offered = None  # rows offered, when fewer than the field accepts (a form may leave refusal to a service)

    def __deepcopy__(self, memo):
        copy = super().__deepcopy__(memo)
        copy.source, copy.offered = self.source, self.offered
        return copy

    def offer(self, queryset):
        """Search these rows only; the field still accepts what its queryset holds."""
        self.offered = queryset

    def is_long(self):
        queryset = self.rows()
        return queryset is not None and queryset.count() >= settings.CHOICES_SEARCH_FROM

    def rows(self):
        return self.offered if self.offered is not None else getattr(self.choices, "queryset", None)

    def render(self, name, value, attrs=None, renderer=None):
        if self.source is None or not self.is_long():
            return super().render(name, value, attrs, renderer)
        # The project's templates, not the form renderer's (which sees Django's own widget templates only).
        return mark_safe(render_to_string(self.search_template_name, self._search_context(name, value, attrs)))

    def _search_context(self, name, value, attrs):
        # Widget's own context, not Select's: that one would build an option for every row.
        context = forms.Widget.get_context(self, name, value, attrs)
        widget = context["widget"]
        css = widget["attrs"].get("class", "").replace("form-select", "form-control")
        widget["attrs"] = {**widget["attrs"], "class": css or "form-control"}
        form, field = self.source
        widget["search_url"] = f"{reverse('choices')}?{urlencode({'form': form, 'field': field})}"
        widget["search_name"] = f"{name}__search"
        widget["selected"] = self._selected(value)
        return context

    def _selected(self, value):
        values = [v for v in (value if isinstance(value, (list, tuple)) else [value]) if v not in (None, "")]
        if not values:
            return None
        field = self.choices.field
        try:
            # The row already chosen is shown even when the form no longer offers it (an edited record).
            row = field.queryset.filter(**{field.to_field_name or "pk": values[0]}).first()
        except (ValueError, TypeError, ValidationError):
            return None
        return None if row is None else {"value": field.prepare_value(row), "label": field.label_from_instance(row)}


@login_required
def choices(request):
    """The rows of one form's field matching the typed words, as radio buttons for that field."""
    form_class = FORMS.get(request.GET.get("form", ""))
    name = request.GET.get("field", "")
    if form_class is None:
        raise Http404
    try:
        form = form_class(user=request.user)
    except (TypeError, ValueError):  # needs more than its user to be built (or is a base without a model)
        raise Http404 from None
    field = form.fields.get(name)
    if not isinstance(getattr(field, "widget", None), SearchSelect):
        raise Http404
    text = request.GET.get(f"{name}__search", "").strip()
    rows = list(search(field.widget.rows(), text)[:MATCHES_SHOWN + 1]) if text else []
    return render(request, "sandbox/partials/search_choices.html", {
        "name": name, "text": text, "more": len(rows) > MATCHES_SHOWN,
        "rows": [{"value": field.prepare_value(row), "label": field.label_from_instance(row)} for row in rows[:MATCHES_SHOWN]],
    })
