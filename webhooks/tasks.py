"""Celery tasks: an event becomes deliveries, each delivery is POSTed with retries and backoff,
and a sweep resends deliveries the broker lost and forgets old ones."""

from celery import shared_task
from django.db import DatabaseError

from webhooks import services


@shared_task(bind=True, acks_late=True, max_retries=5)
def handle_event(self, message):
    try:
        return len(services.handle_event(message))
    except DatabaseError as exc:
        raise self.retry(exc=exc, countdown=min(300, 5 * 2 ** self.request.retries)) from exc


# Attempts are counted on the Delivery row (WEBHOOKS_MAX_ATTEMPTS), not by Celery.
@shared_task(bind=True, acks_late=True, max_retries=None)
def deliver(self, delivery_pk):
    outcome, wait = services.attempt(delivery_pk)
    if outcome == services.RETRY:
        raise self.retry(countdown=wait)
    return outcome


@shared_task(acks_late=True)
def sweep():
    return {"resent": services.resend_stuck(), "pruned": services.prune()}
