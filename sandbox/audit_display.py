"""The audit trail as people read it on pages: Thai field names, baht with separators, Buddhist Era local
times, choice labels, related rows by name and the person's name and role.

The triggers store rows as PostgreSQL holds them (columns, numbers, ISO text); the API keeps that machine
shape (sandbox.audit_values). This module is for pages only, and never shows what the portal keeps for
its own use: where a file is stored, file and API tokens, row versions, password and request hashes.
"""

import json
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

from django.contrib.auth import get_user_model
from django.db import models
from django.utils.translation import gettext as _

from sandbox.access import Role
from sandbox.audit_values import model_for
from sandbox.formatting import format_baht, format_date, format_value

HIDDEN_NAMES = frozenset({"password", "key_hash", "receipt_token", "request_hash", "row_version", "token",
                          "updated", "created"})
HIDDEN_SUFFIXES = ("_hash", "_token", "_path")
EMPTY = "–"


def event_label(label):
    return {"insert": _("created"), "update": _("changed"), "delete": _("deleted")}.get(label, label)


@dataclass
class Change:
    label: str
    before: str
    after: str


@dataclass
class Entry:
    """One recorded event, ready for a template."""

    event: object
    when: str
    action: str
    who: str
    role: str
    record_type: str
    record: str
    changes: list = field(default_factory=list)
    url: str = ""  # where the record, or its history once deleted, can be read


def is_hidden(model_field):
    name = model_field.name
    # A field with no label of its own (receipt_type, approved_event_id) is bookkeeping, not for readers.
    unlabelled = str(model_field.verbose_name) == name.replace("_", " ") and not model_field.primary_key
    return (name in HIDDEN_NAMES or name.endswith(HIDDEN_SUFFIXES) or isinstance(model_field, models.FileField)
            or unlabelled or model_field.primary_key)


def visible_columns(model):
    """{column: field} of the fields a reader may see, in the model's field order."""
    if model is None:
        return {}
    return {f.column: f for f in model._meta.concrete_fields if not is_hidden(f)}


def field_label(model_field):
    return str(model_field.verbose_name).capitalize()


class _Names:
    """Related rows by name, one query per related model for a whole page of events."""

    def __init__(self):
        self.wanted = {}
        self.found = {}

    def want(self, model_field, value):
        if value not in (None, "") and isinstance(model_field, models.ForeignKey):
            self.wanted.setdefault(model_field.related_model, set()).add(value)

    def load(self):
        for model, keys in self.wanted.items():
            rows = model._base_manager.in_bulk(list(keys))
            self.found[model] = {str(key): person_name(row) if model is get_user_model() else str(row)
                                 for key, row in rows.items()}

    def name(self, model_field, value):
        return self.found.get(model_field.related_model, {}).get(str(value)) or f"#{value}"


def person_name(user):
    return (user.get_full_name() or user.get_username()).strip()


def display_value(model_field, value, names):
    """One recorded value as a reader sees it."""
    if value is None or value == "":
        return EMPTY
    if model_field is None:
        return str(format_value(value))
    if model_field.choices:
        return str(dict(model_field.flatchoices).get(value, value))
    if isinstance(model_field, models.BooleanField):
        return _("Yes") if value else _("No")
    if isinstance(model_field, models.ForeignKey):
        return names.name(model_field, value)
    if isinstance(model_field, models.DecimalField):
        return _decimal(model_field, value)
    if isinstance(value, dict | list):
        return json.dumps(value, ensure_ascii=False)
    return str(format_value(value))


def _decimal(model_field, value):
    try:
        number = Decimal(str(value))
    except InvalidOperation:
        return str(value)
    if model_field.decimal_places == 2:
        return format_baht(number)  # money is the portal's only two-place decimal
    return f"{number:,}"


def _people(events):
    """{user id: (full name, role labels)} for the events' users, two queries for the page."""
    ids = {(e.pgh_context or {}).get("user") for e in events} - {None}
    users = get_user_model().objects.prefetch_related("role_assignments").in_bulk(ids) if ids else {}
    return {
        key: (person_name(user), ", ".join(sorted({str(Role(a.role).label) for a in user.role_assignments.all()})))
        for key, user in users.items()
    }


def _raw_changes(event):
    """[(column, before, after)]: an update's differences, a new row's values, a deleted row's last values."""
    if event.pgh_label == "update" or event.pgh_diff:
        return [(column, pair[0], pair[1]) for column, pair in (event.pgh_diff or {}).items()]
    values = event.pgh_data or {}
    if event.pgh_label == "delete":
        return [(column, value, None) for column, value in values.items()]
    return [(column, None, value) for column, value in values.items()]


def present(events):
    """Entries for a page of pghistory events, with a fixed number of queries whatever the page holds."""
    events = list(events)
    people = _people(events)
    names = _Names()
    prepared = []
    for event in events:
        model = model_for(getattr(event, "pgh_obj_model", ""))
        columns = visible_columns(model)
        order = {column: index for index, column in enumerate(columns)}
        changes = [(columns[c], before, after) for c, before, after in
                   sorted(_raw_changes(event), key=lambda change: order.get(change[0], 0)) if c in columns]
        if event.pgh_label != "update":
            changes = [c for c in changes if c[1] not in (None, "") or c[2] not in (None, "")]
        for model_field, before, after in changes:
            names.want(model_field, before)
            names.want(model_field, after)
        prepared.append((event, model, changes))
    names.load()
    entries = []
    for event, model, changes in prepared:
        who, role = people.get((event.pgh_context or {}).get("user"), (_("system"), ""))
        entries.append(Entry(
            event=event, when=format_date(event.pgh_created_at), action=event_label(event.pgh_label),
            who=who, role=role,
            record_type=str(model._meta.verbose_name).capitalize() if model else event.pgh_obj_model,
            record=_record_name(event, model),
            changes=[Change(field_label(f), display_value(f, before, names), display_value(f, after, names))
                     for f, before, after in changes],
        ))
    return entries


def _record_name(event, model):
    """The row's own name from its recorded values, without a query (the row may be gone)."""
    data = event.pgh_data or {}
    if data.get("first_name_th"):  # a person, named as people are
        return " ".join(filter(None, [data.get("title", "") + data["first_name_th"], data.get("last_name_th")]))
    for name in ("name_th", "name", "title", "description", "code"):
        if data.get(name):
            return str(data[name])
    return f"#{event.pgh_obj_id}"
