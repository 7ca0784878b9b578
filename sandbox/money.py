"""Money as people and programs write it, read one strict way everywhere: API fields, page forms and
importers.

An amount is ASCII digits, an optional leading minus, and at most two decimals after a point, with at
most `max_digits - 2` digits before it (12 for the grant tables). Exponents ("1e3"), a leading "+",
surrounding spaces and digits of other scripts ("๕", "٣") are refused rather than guessed at: a
figure that reaches the ledger must be the one that was meant. People type thousands separators, so
page forms and the cells of imported files accept "3,500"; a JSON body is written by a program and
does not.
"""

import re
from decimal import Decimal

from django import forms
from django.core.exceptions import ValidationError
from django.core.validators import DecimalValidator
from django.utils.translation import gettext_lazy as _
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

DECIMAL_PLACES = 2
MAX_DIGITS = 14
PLAIN = re.compile(r"-?(?P<whole>[0-9]+)(?:\.(?P<fraction>[0-9]+))?", re.ASCII)
GROUPED = re.compile(r"-?(?P<whole>[0-9]{1,3}(?:,[0-9]{3})+)(?:\.(?P<fraction>[0-9]+))?", re.ASCII)

MESSAGES = {
    "invalid": _("Enter an amount in baht with the digits 0-9 and a decimal point, like 1500.50."),
    "invalid_grouped": _("Enter an amount in baht with the digits 0-9 and a decimal point, like 1,500.50."),
    # The same rules for 2-decimal figures that are not baht (a KPI's target, a weight): no talk of money.
    "number": _("Enter a number with the digits 0-9 and a decimal point, like 75.50."),
    "number_grouped": _("Enter a number with the digits 0-9 and a decimal point, like 1,275.50."),
}


def is_plain_number(model_field):
    """True for a 2-decimal model field that holds a figure other than baht: it is read by the same strict
    rules and told of in words without money (see plain_number)."""
    return getattr(model_field, "plain_number", False)


def plain_number(model_field):
    """Mark a 2-decimal model field as a figure other than baht (an attribute, so no migration)."""
    model_field.plain_number = True
    return model_field


def parse_money(value, *, grouping=False, max_digits=MAX_DIGITS, number=False):
    """The Decimal that `value` writes, or ValidationError.

    `value` is text, or a number as a JSON parser gives it (int, float, Decimal); `grouping` accepts
    thousands separators in text, as people type them on pages and in spreadsheets; `number` words the
    refusal for a figure that is not baht.
    """
    if isinstance(value, bool):
        text = None
    elif isinstance(value, int | Decimal):
        text = str(value)
    elif isinstance(value, float):
        text = repr(value)  # 1e+16 and 0.1000000001 stay what they are and are refused below
    elif isinstance(value, str):
        text = value
    else:
        text = None
    match = None if text is None else PLAIN.fullmatch(text) or (grouping and GROUPED.fullmatch(text)) or None
    if match is None:
        code = ("number" if number else "invalid") + ("_grouped" if grouping else "")
        raise ValidationError(MESSAGES[code], code="invalid")
    amount = Decimal(text.replace(",", ""))
    # Django's own check and messages, so the API, the pages, the files and the models word it alike.
    DecimalValidator(max_digits, DECIMAL_PLACES)(amount)
    return amount


def is_money(decimal_places):
    return decimal_places == DECIMAL_PLACES


def schema_for(max_digits=MAX_DIGITS):
    whole = max_digits - DECIMAL_PLACES
    return {
        "oneOf": [
            {"type": "string", "format": "decimal", "pattern": rf"^-?[0-9]{{1,{whole}}}(\.[0-9]{{1,2}})?$"},
            {"type": "integer", "minimum": -(10 ** whole) + 1, "maximum": 10 ** whole - 1},
        ],
        "description": "Baht: a string (or a JSON number) with at most "
                       f"{whole} digits before the point and 2 after, e.g. \"1500.50\".",
    }


@extend_schema_field(schema_for())
class MoneyField(serializers.DecimalField):
    """The API's money: strict input (see parse_money, no thousands separators), a 2-decimal string out."""

    def __init__(self, max_digits=MAX_DIGITS, decimal_places=DECIMAL_PLACES, number=False, **kwargs):
        kwargs.setdefault("coerce_to_string", True)
        self.number = number
        super().__init__(max_digits=max_digits, decimal_places=decimal_places, **kwargs)

    def to_internal_value(self, data):
        try:
            value = parse_money(data, max_digits=self.max_digits, number=self.number)
        except ValidationError as exc:
            raise serializers.ValidationError(exc.messages[0], code=exc.code) from exc
        return value


class MoneyFormField(forms.DecimalField):
    """The pages' money: the same rules as the API, and "3,500" as people type it; a text box (a number
    box would refuse the comma) that asks phones for their decimal keypad."""

    widget = forms.TextInput

    def __init__(self, *, max_digits=MAX_DIGITS, decimal_places=DECIMAL_PLACES, number=False, **kwargs):
        kwargs.pop("localize", None)
        self.number = number
        super().__init__(max_digits=max_digits, decimal_places=decimal_places, **kwargs)

    def to_python(self, value):
        if value in self.empty_values:
            return None
        return parse_money(str(value), grouping=True, max_digits=self.max_digits, number=self.number)

    def widget_attrs(self, widget):
        attrs = super().widget_attrs(widget)
        for number_only in ("step", "min", "max"):
            attrs.pop(number_only, None)
        return {**attrs, "inputmode": "decimal", "autocomplete": "off"}


def as_form_field(field, number=False):
    """A model form's 2-decimal field read as money: the same field (label, validators, widget attrs the
    form chose) with MoneyFormField's parsing, in a text box. `number`: a figure other than baht."""
    if type(field) is not forms.DecimalField or not is_money(field.decimal_places):
        return field
    money = MoneyFormField(max_digits=field.max_digits, number=number, required=field.required, label=field.label,
                           initial=field.initial, help_text=field.help_text, disabled=field.disabled,
                           validators=[v for v in field.validators if not isinstance(v, DecimalValidator)],
                           error_messages=field.error_messages)
    if not isinstance(field.widget, forms.NumberInput):
        money.widget = field.widget
        money.widget.attrs.update({"inputmode": "decimal", "autocomplete": "off"})
    return money


def parse_cell(text):
    """A money cell of an imported CSV or XLSX file (thousands separators allowed): Decimal or
    ValidationError."""
    return parse_money(text, grouping=True)
