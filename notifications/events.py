"""The notification side of the domain-event bus (sandbox.events).

on_event runs in the request that made the change, after its transaction committed: it hands the
event to the outbox thread (sandbox.outbox), which sends it to a Celery task, so no request ever
waits on the broker. When the broker cannot take it, the outbox thread makes the inbox rows itself
and their email goes out with the next sweep (tasks.send_pending_emails).
"""

import logging
import time
import uuid

from celery import current_app

from sandbox import outbox

logger = logging.getLogger(__name__)

# Names an event the same way in every subscriber, so that the inbox, LINE and webhooks agree.
EVENT_NAMESPACE = uuid.UUID("6f0b5d1e-3a51-4c7b-9a43-5d3c2f0e8b11")

# The events someone is told about; expenditures are too many to tell anyone of (webhooks carry them).
TOLD = frozenset({"period.submitted", "period.verified", "period.acknowledged", "period.accepted",
                  "period.returned", "period.reopened", "report.ready",
                  # issue 18: KPI value review, overdue follow-up actions, outcome summary reminders
                  "kpi_value.submitted", "kpi_value.acknowledged", "kpi_value.returned",
                  "follow_up_action.overdue", "outcome_summary.reminder"})


def event_id(event):
    """A stable id for the event: the same for every subscriber that hears it."""
    return str(uuid.uuid5(EVENT_NAMESPACE, f"{event.name}:{event.model}:{event.object_id}:{event.at.isoformat()}"))


def as_message(event):
    """The event as JSON-ready data for a Celery task."""
    return {
        "id": event_id(event), "name": event.name, "model": event.model, "object_id": event.object_id,
        "actor_id": event.actor_id, "school_id": event.school_id, "agency_id": event.agency_id,
        "province_id": event.province_id, "data": event.data, "at": event.at.isoformat(),
    }


BROKER_PAUSE = 30  # seconds not to try the broker again after it failed, so requests stay quick
_broker_down_until = 0.0


def enqueue(task, *args):
    """Send a task to the workers; False (and a warning) when the broker is away. Never raises.

    After a failure the broker is not tried again for BROKER_PAUSE seconds: during an outage each
    request would otherwise wait for a connection timeout per task.
    """
    global _broker_down_until
    if current_app.conf.task_always_eager:  # the tests: run it here, retries included, and fail loudly
        result = task.apply(args, throw=False)
        if result.failed():
            raise result.result
        return True
    if time.monotonic() < _broker_down_until:
        return False
    try:
        task.apply_async(args, retry=False)
    except Exception as exc:  # kombu and redis raise different connection errors
        _broker_down_until = time.monotonic() + BROKER_PAUSE
        logger.warning("task %s not sent to the workers: %s", task.name, exc)
        return False
    return True


def hand_over(send, *args):
    """Call send(*args) away from the request, on the outbox thread; at once when tasks run eagerly."""
    if current_app.conf.task_always_eager:
        return send(*args)
    outbox.send_later(send, *args)


def on_event(event):
    if event.name in TOLD:
        hand_over(_handle, as_message(event))


def _handle(message):
    from notifications import services, tasks

    if not enqueue(tasks.handle_event, message):
        services.handle_event(message)
