"""Celery tasks: report jobs, and the scheduled monthly summaries and reminders."""

from celery import shared_task
from django.db import DatabaseError

from reports import scheduled, services


@shared_task(bind=True, acks_late=True, reject_on_worker_lost=True, max_retries=5)
def run_report(self, job_id):
    final = self.request.retries >= self.max_retries
    try:
        outcome = services.run_job(job_id, final_attempt=final)
    except DatabaseError as exc:
        raise self.retry(exc=exc, countdown=min(60, 5 * 2 ** self.request.retries), **_same_queue(self)) from exc
    if outcome == services.BUSY:
        if final:
            return outcome  # the worker holding the job will finish it
        raise self.retry(countdown=10, **_same_queue(self))
    return outcome


def _same_queue(task):
    queue = (task.request.delivery_info or {}).get("routing_key")
    return {"queue": queue} if queue else {}


@shared_task(acks_late=True)
def requeue_waiting_reports():
    return services.requeue_waiting()


@shared_task(acks_late=True)
def send_province_summaries():
    return scheduled.send_province_summaries()


@shared_task(acks_late=True)
def remind_unreported_schools():
    return scheduled.remind_unreported_schools()
