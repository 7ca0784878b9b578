"""Celery tasks of the grants app."""

from celery import shared_task

from grants import reconcile


@shared_task(acks_late=True)
def reconcile_rollups():
    """Nightly: every rollup equals its rows; differences are repaired and reported to SBN."""
    return len(reconcile.reconcile())
