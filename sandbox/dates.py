"""Dates as Thai people type them: dd/mm/yyyy in the Buddhist Era on Thai pages, in the Gregorian
calendar on English ones, stored as ISO dates.

A browser's own date box shows mm/dd/yyyy or dd/mm/yyyy in the Gregorian calendar depending on the
browser and the machine, so the pages use a plain text box with a fixed pattern instead; it works with
JavaScript off. The shared base form (sandbox.forms.ModelForm) turns every date field into this one.

ISO 8601 (2024-05-14) is also read, in both languages, as the unambiguous form links and scripts use.
"""

import datetime
import re

from django import forms
from django.core.exceptions import ValidationError
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _

from sandbox.formatting import BE_OFFSET

# The first BE year a person types for a recent date; anything below it cannot be a BE year here
# (2400 BE is 1857), so it is a Gregorian year typed out of habit.
FIRST_BE_YEAR = 2400
# 14/5/2567, 14.05.2567, 14-05-2567, and 14052567 as a phone's number pad types it (it has no slash).
TYPED = re.compile(r"(?P<day>[0-9]{1,2})([/.\-])(?P<month>[0-9]{1,2})\2(?P<year>[0-9]{4})", re.ASCII)
DIGITS = re.compile(r"(?P<day>[0-9]{2})(?P<month>[0-9]{2})(?P<year>[0-9]{4})", re.ASCII)
ISO = re.compile(r"(?P<year>[0-9]{4})-(?P<month>[0-9]{2})-(?P<day>[0-9]{2})", re.ASCII)
PATTERN = r"[0-9]{1,2}[/.\-][0-9]{1,2}[/.\-][0-9]{4}|[0-9]{8}|[0-9]{4}-[0-9]{2}-[0-9]{2}"

MESSAGES = {
    "invalid": _("Enter the date as day/month/year, like %(example)s."),
    "be_year": _("Enter the year in the Buddhist Era, like %(example)s."),
    "gregorian_year": _("Enter the year in the Gregorian calendar, like %(example)s."),
    "no_such_day": _("There is no such day: %(value)s."),
}


def is_thai():
    return (translation.get_language() or "th").startswith("th")


def to_text(value, thai=None):
    """14/05/2567 on Thai pages, 14/05/2024 on English ones; other values are returned as they are."""
    if not isinstance(value, datetime.date) or isinstance(value, datetime.datetime):
        return value
    thai = is_thai() if thai is None else thai
    return f"{value.day:02d}/{value.month:02d}/{value.year + (BE_OFFSET if thai else 0)}"


def example(thai=None):
    return to_text(timezone.localdate(), thai)


def parse(text, thai=None):
    """The date that `text` writes, or ValidationError with a message in the reader's language."""
    thai = is_thai() if thai is None else thai
    text = (text or "").strip()
    iso = ISO.fullmatch(text)
    typed = None if iso else TYPED.fullmatch(text) or DIGITS.fullmatch(text)
    match = iso or typed
    if match is None:
        raise ValidationError(MESSAGES["invalid"], code="invalid", params={"example": example(thai)})
    year, month, day = (int(match[part]) for part in ("year", "month", "day"))
    if typed and thai:
        if year < FIRST_BE_YEAR:
            raise ValidationError(MESSAGES["be_year"], code="be_year", params={"example": example(True)})
        year -= BE_OFFSET
    elif year >= FIRST_BE_YEAR:
        raise ValidationError(MESSAGES["gregorian_year"], code="gregorian_year",
                              params={"example": example(False)})
    try:
        return datetime.date(year, month, day)
    except ValueError:
        raise ValidationError(MESSAGES["no_such_day"], code="no_such_day", params={"value": text}) from None


class DateInput(forms.TextInput):
    """A text box for a date, with the placeholder and the pattern of the page's language; the
    portal's date picker (static/sandbox/dates.js) attaches to it when JavaScript runs."""

    def __init__(self, attrs=None):
        attrs = {key: value for key, value in (attrs or {}).items() if key not in ("type", "format")}
        super().__init__(attrs)

    def format_value(self, value):
        value = to_text(value)
        return None if value in (None, "") else str(value)

    def get_context(self, name, value, attrs):
        context = super().get_context(name, value, attrs)
        context["widget"]["attrs"].update({
            "placeholder": str(_("dd/mm/yyyy")), "pattern": PATTERN, "inputmode": "numeric",
            "autocomplete": "off", "data-date-input": "be" if is_thai() else "gregorian",
            "title": str(MESSAGES["invalid"] % {"example": example()}),
        })
        context["widget"]["attrs"].setdefault("class", "form-control")
        return context


class DateField(forms.DateField):
    """A date typed as dd/mm/yyyy: Buddhist Era years on Thai pages, Gregorian on English ones.

    Whatever widget a form assigns later (a browser date box included) becomes this field's text box,
    keeping its attributes, so that one form cannot bring the browser's mm/dd/yyyy back.
    """

    @property
    def widget(self):
        return self.__dict__.get("_widget", DateInput)

    @widget.setter
    def widget(self, value):
        if isinstance(value, type):
            value = value()
        if isinstance(value, forms.widgets.Input) and not isinstance(value, DateInput | forms.HiddenInput):
            value = DateInput(attrs=value.attrs)
        self.__dict__["_widget"] = value

    def to_python(self, value):
        if value in self.empty_values:
            return None
        if isinstance(value, datetime.datetime):
            return value.date()
        if isinstance(value, datetime.date):
            return value
        return parse(str(value))

    def prepare_value(self, value):
        return value


def as_form_field(field):
    """A form's plain date field as the portal's DateField (same label, requirement, validators and
    widget attributes); any other field unchanged."""
    if type(field) is not forms.DateField:
        return field
    return DateField(required=field.required, label=field.label, initial=field.initial,
                     help_text=field.help_text, disabled=field.disabled, validators=field.validators,
                     error_messages=field.error_messages, widget=field.widget, show_hidden_initial=False)
