"""Reading the audit trail that PostgreSQL triggers (django-pghistory) write."""

from django.contrib.auth import get_user_model
from pghistory.models import Events


def history_for(obj):
    return Events.objects.tracks(obj).order_by("-pgh_created_at", "-pgh_id")


def with_users(events):
    """Attach `.user` (or None) to each event with one query for the page."""
    events = list(events)
    ids = {e.pgh_context.get("user") for e in events if e.pgh_context and e.pgh_context.get("user")}
    users = get_user_model().objects.in_bulk(ids) if ids else {}
    for event in events:
        context = event.pgh_context or {}
        event.user = users.get(context.get("user"))
        event.request_id = context.get("request_id", "")
        event.client_request_id = context.get("client_request_id", "")
        event.url = context.get("url", "")
    return events


def as_recorded(model, values):
    """An unsaved instance carrying a row's recorded values (of a row since deleted), so that access is
    checked against the scope the row last had: its school, agency or province."""
    columns = {f.column: f for f in model._meta.concrete_fields}
    return model(**{columns[column].attname: value for column, value in (values or {}).items() if column in columns})
