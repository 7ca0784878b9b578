"""The webhook side of the domain-event bus (sandbox.events): runs in the request after commit and
only hands the event over, and only for events some active subscription asked for. The outbox thread
(sandbox.outbox) sends it to the workers; when the broker cannot take it, that thread records the
deliveries itself and the next sweep sends them."""

from notifications.events import as_message, enqueue, hand_over
from webhooks.models import Event


def on_event(event):
    if event.name not in Event.values:
        return
    from webhooks import services

    if services.wanted(event.name):
        hand_over(_handle, as_message(event))


def _handle(message):
    from webhooks import services, tasks

    if not enqueue(tasks.handle_event, message):
        services.handle_event(message)
