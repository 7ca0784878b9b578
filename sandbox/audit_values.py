"""A recorded row as the API speaks: the triggers store what PostgreSQL holds (numeric as a JSON number,
foreign keys by column, every column), the API shows money as 2-decimal strings, related rows by field
name and never what is kept for the portal's own use (stored file paths, file tokens, row versions)."""

from decimal import Decimal, InvalidOperation

from django.apps import apps
from django.db import models

# Kept for the portal's own use, whatever the model: where a file is stored and the secrets around it.
INTERNAL_NAMES = frozenset({"password", "key_hash", "row_version"})


def model_for(label):
    try:
        return apps.get_model(label)
    except (LookupError, ValueError):
        return None


def public_values(model, values):
    """{field name: API value} of one recorded row; None stays None."""
    if not isinstance(values, dict):
        return values
    columns = _columns(model) if model is not None else {}
    shown = {}
    for column, value in values.items():
        field = columns.get(column)
        if model is not None and (field is None or _is_internal(field)):
            continue
        name = field.name if field is not None else column
        shown[name] = _value(field, value)
    return shown


def public_changes(model, changes):
    """pgh_diff ({column: [before, after]}) with the same names and values as public_values."""
    if not isinstance(changes, dict):
        return changes
    befores = public_values(model, {column: pair[0] for column, pair in changes.items()})
    afters = public_values(model, {column: pair[1] for column, pair in changes.items()})
    return {name: [befores[name], afters[name]] for name in afters}


def _columns(model):
    return {field.attname: field for field in model._meta.concrete_fields}


def _is_internal(field):
    if field.name in INTERNAL_NAMES or isinstance(field, models.FileField):
        return True
    # Non-editable fields the portal fills for itself (a file's token or type), except the timestamps.
    return not field.editable and not getattr(field, "auto_now", False) and not getattr(
        field, "auto_now_add", False) and not field.primary_key and not _is_derived_public(field)


def _is_derived_public(field):
    """Non-editable values the API shows all the same (a fiscal year's dates, a row's copied keys)."""
    return isinstance(field, models.DateField | models.ForeignKey)


def _value(field, value):
    if value is None or not isinstance(field, models.DecimalField) or isinstance(value, bool):
        return value
    try:
        return str(Decimal(str(value)).quantize(Decimal(1).scaleb(-field.decimal_places)))
    except InvalidOperation:
        return str(value)
