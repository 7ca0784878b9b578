"""Domain events: what happened, to which row, by whom and in which scope.

A service publishes an event inside its write transaction; subscribers (the notification inbox,
mail and LINE, webhooks) receive it only once that transaction has committed, so nobody is ever
told of a change that was rolled back. A subscriber should only enqueue work (a Celery task):
it runs in the request that made the change.
"""

import logging
from dataclasses import dataclass, field

from django.db import transaction
from django.utils import timezone

logger = logging.getLogger(__name__)

_subscribers = []


@dataclass(frozen=True)
class Event:
    name: str  # "<resource>.<what happened>", e.g. "period.submitted", "expenditure.created"
    model: str  # app_label.ModelName of the row
    object_id: object
    actor_id: int | None
    school_id: int | None = None
    agency_id: int | None = None
    province_id: str | None = None
    data: dict = field(default_factory=dict)  # JSON-ready details (amounts as strings, dates ISO)
    at: object = field(default_factory=timezone.now)


def subscribe(handler):
    """Registers handler(event); used as a decorator in an app's ready() import path."""
    if handler not in _subscribers:
        _subscribers.append(handler)
    return handler


def publish(name, obj, *, actor=None, school_id=None, agency_id=None, province_id=None, **data):
    """Announce `name` for `obj` once the current transaction commits (at once outside one)."""
    event = Event(
        name=name, model=obj._meta.label, object_id=obj.pk,
        actor_id=getattr(actor, "pk", actor), school_id=school_id, agency_id=agency_id,
        province_id=province_id, data=data,
    )
    transaction.on_commit(lambda: _deliver(event), robust=True)
    return event


def _deliver(event):
    for handler in list(_subscribers):
        try:
            handler(event)
        except Exception:  # one failing subscriber must not keep the others from hearing
            logger.exception("event subscriber %s failed for %s", handler, event.name)
