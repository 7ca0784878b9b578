"""Celery tasks: an event becomes inbox rows, each immediate email and LINE push is sent on its own
with retries, the daily digest and a sweep for mail the broker never took run on beat."""

import logging

from celery import shared_task
from django.db import DatabaseError

from notifications import services
from notifications.channels import Undelivered

logger = logging.getLogger(__name__)

MAX_RETRIES = 5


def backoff(retries, base=30, cap=1800):
    """Seconds before retry number `retries` + 1: 30 s, 1 min, 2 min, … at most 30 min."""
    return min(cap, base * 2 ** retries)


@shared_task(bind=True, acks_late=True, max_retries=MAX_RETRIES)
def handle_event(self, message):
    try:
        return len(services.handle_event(message))
    except DatabaseError as exc:
        raise self.retry(exc=exc, countdown=backoff(self.request.retries, base=5)) from exc


@shared_task(bind=True, acks_late=True, max_retries=MAX_RETRIES)
def send_email(self, notification_id):
    try:
        return services.send_email(notification_id)
    except (Undelivered, DatabaseError) as exc:
        if self.request.retries >= self.max_retries:
            logger.warning("notification %s not emailed, the sweep will try again: %s", notification_id, exc)
            return False
        raise self.retry(exc=exc, countdown=backoff(self.request.retries)) from exc


@shared_task(bind=True, acks_late=True, max_retries=MAX_RETRIES)
def push_line(self, group_pk, kind, data, url, key):
    try:
        return services.push_line(group_pk, kind, data, url, key)
    except Undelivered as exc:
        if not exc.retry or self.request.retries >= self.max_retries:
            logger.warning("LINE push to group %s given up: %s", group_pk, exc)
            return False
        raise self.retry(exc=exc, countdown=backoff(self.request.retries)) from exc


@shared_task(acks_late=True)
def send_daily_digests():
    return services.send_digests()


@shared_task(acks_late=True)
def send_pending_emails():
    return services.send_pending_emails()
