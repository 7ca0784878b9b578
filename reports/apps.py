from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ReportsConfig(AppConfig):
    name = "reports"
    verbose_name = _("Reports")

    def ready(self):
        from celery.signals import worker_ready

        worker_ready.connect(_send_waiting_jobs, weak=False, dispatch_uid="reports-send-waiting")


def _send_waiting_jobs(**kwargs):
    """A worker that starts (often just after the broker came back) sends the jobs that could not
    be queued while the broker was away; beat repeats this every two minutes for running workers."""
    from reports.services import requeue_waiting

    requeue_waiting(older_than_seconds=5)
