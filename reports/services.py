"""Requesting a report and producing it exactly once, whatever happens to the worker.

A job is queued when the transaction that created it commits. The task holds a PostgreSQL
advisory lock on the job while it works: the lock dies with the worker's connection, so a
redelivered message (acks_late) finds it free and starts over, while a duplicate delivery that
arrives while another worker is still busy finds it taken and comes back later. Files are
written under the job's own folder with fixed names, replacing any half-written leftovers.
"""

import datetime
import logging
import shutil
import tempfile
from contextlib import contextmanager
from pathlib import Path

from django.conf import settings
from django.core.files import File
from django.core.files.base import ContentFile
from django.db import DatabaseError, connection, transaction
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from reports import kinds
from reports.builders.common import ReportError
from reports.models import FINISHED, JobStatus, ReportJob
from sandbox import events, outbox

logger = logging.getLogger(__name__)

LOCK_NAMESPACE = 0x5250  # "RP": keeps report locks apart from any other advisory locks
BUSY = "busy"
MAX_ATTEMPTS = 3  # a report that kills its worker this often will not succeed by trying again


def request_report(user, kind_name, parameters, language=None):
    """Create a queued job and send it to the workers once the transaction commits."""
    kind, clean, title = kinds.resolve(user, kind_name, parameters or {})
    language = (language or translation.get_language() or settings.LANGUAGE_CODE)[:2]
    with transaction.atomic():
        job = ReportJob.objects.create(kind=kind.kind, parameters=clean, title=title[:300], language=language,
                                       requested_by=user, progress_message=_("Waiting for a worker."))
        # Sent by the outbox thread: the request answers "queued" without waiting on the broker.
        transaction.on_commit(lambda: outbox.send_later(enqueue, job.pk))
    return job


def queue_name():
    """The Celery queue for reports; None sends to the default queue."""
    return getattr(settings, "REPORTS_QUEUE", None)


def enqueue(job_id):
    """Send the job to the workers. When the broker is away the job stays queued, says so, and
    requeue_waiting() sends it again once the broker is back; the request itself never fails."""
    from reports.tasks import run_report

    options = {"queue": queue_name()} if queue_name() else {}
    try:
        run_report.apply_async((job_id,), retry=False, **options)
    except Exception as exc:  # kombu and redis raise different connection errors
        logger.warning("report job %s not sent to the workers: %s", job_id, exc)
        ReportJob.objects.filter(pk=job_id, status=JobStatus.QUEUED).update(
            progress_message=_("The report service is unavailable right now; the report is queued and "
                               "will be made as soon as it is back."))
        return False
    return True


def requeue_waiting(older_than_seconds=120):
    """Send again the jobs still queued after a while (the broker was away when they were made).
    Running a job twice is harmless: run_job takes a lock and never remakes a finished job."""
    cutoff = timezone.now() - datetime.timedelta(seconds=older_than_seconds)
    waiting = list(ReportJob.objects.filter(status=JobStatus.QUEUED, created__lt=cutoff)
                   .values_list("pk", flat=True)[:500])
    return sum(1 for pk in waiting if enqueue(pk))


@contextmanager
def job_lock(job_id):
    """A session advisory lock on the job; yields False when another live worker holds it."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_try_advisory_lock(%s, %s)", [LOCK_NAMESPACE, int(job_id)])
        acquired = cursor.fetchone()[0]
    try:
        yield acquired
    finally:
        if acquired:
            try:
                with connection.cursor() as cursor:
                    cursor.execute("SELECT pg_advisory_unlock(%s, %s)", [LOCK_NAMESPACE, int(job_id)])
            except DatabaseError:
                connection.close()  # closing the session releases the lock as well


class Progress:
    """Writes progress straight to the job row (autocommit), so pages polling it see each step."""

    def __init__(self, job):
        self.job = job
        self._folder = None

    def __call__(self, percent, message):
        percent = max(0, min(99, int(percent)))  # 100 is written only with the finished files
        ReportJob.objects.filter(pk=self.job.pk).update(progress=percent, progress_message=str(message)[:300],
                                                        updated=timezone.now())

    def work_path(self, name):
        """A scratch file for large outputs; removed when the job ends. The folder is this run's own: named by
        the job alone, it was shared by two databases' jobs of the same number on one machine, and one
        run's cleanup removed the other's files."""
        if self._folder is None:
            self._folder = Path(tempfile.mkdtemp(prefix=f"sandbox-report-{self.job.pk}-",
                                                 dir=settings.FILE_UPLOAD_TEMP_DIR or None))
        return self._folder / name

    def cleanup(self):
        if self._folder is not None:
            shutil.rmtree(self._folder, ignore_errors=True)


def run_job(job_id, final_attempt=True):
    """Produce the job's files. Returns the job's status, or BUSY if another worker holds it.

    Transient database errors propagate (the task retries them) unless this is the final attempt.
    """
    with job_lock(job_id) as acquired:
        if not acquired:
            return BUSY
        job = ReportJob.objects.filter(pk=job_id).first()
        if job is None:
            return None
        if job.status in FINISHED:
            return job.status  # produced (or given up) already: a redelivered message does nothing
        if job.attempts >= MAX_ATTEMPTS:
            _fail(job, _("The report was started %(n)s times and the worker stopped each time, probably because "
                         "it ran out of memory or was restarted. Please ask for a smaller report or contact the "
                         "portal team.") % {"n": job.attempts})
            return JobStatus.FAILED
        ReportJob.objects.filter(pk=job.pk).update(
            status=JobStatus.RUNNING, started=timezone.now(), attempts=job.attempts + 1, progress=0,
            progress_message=_("Started."), error="", updated=timezone.now())
        job.refresh_from_db()
        progress = Progress(job)
        with translation.override(job.language):
            try:
                outputs = kinds.KINDS[job.kind].build(job, progress)
                _store(job, outputs)
            except ReportError as exc:
                _fail(job, str(exc))
            except DatabaseError:
                if not final_attempt:
                    ReportJob.objects.filter(pk=job.pk).update(
                        status=JobStatus.QUEUED, progress_message=_("The database did not answer; trying again."))
                    raise
                logger.exception("report job %s: database error on the final attempt", job.pk)
                _fail(job, _("The database did not answer, even after several tries. Please ask for the "
                             "report again later."))
            except Exception:
                logger.exception("report job %s failed", job.pk)
                _fail(job, _("An unexpected error stopped this report. The portal team has been told; please "
                             "try again later."))
            finally:
                progress.cleanup()
        job.refresh_from_db()
        return job.status


def _store(job, outputs):
    """Save each output under the job's folder (replacing leftovers of an interrupted run), then mark done."""
    storage = ReportJob._meta.get_field("pdf").storage
    names = {}
    for fmt, (filename, source) in outputs.items():
        name = f"{job.pk}/{filename}"
        if storage.exists(name):
            storage.delete(name)
        if isinstance(source, (bytes, bytearray)):
            saved = storage.save(name, ContentFile(source))
        else:
            with open(source, "rb") as handle:
                saved = storage.save(name, File(handle))
        names[fmt] = saved
    with transaction.atomic():
        current = ReportJob.objects.select_for_update().get(pk=job.pk)
        for fmt, saved in names.items():
            setattr(current, fmt, saved)
        current.status = JobStatus.DONE
        current.progress = 100
        current.progress_message = _("Done.")
        current.finished = timezone.now()
        current.save()
        events.publish("report.ready", current, requested_by=current.requested_by_id, kind=current.kind,
                       title=current.title, formats=sorted(names))


def _fail(job, message):
    ReportJob.objects.filter(pk=job.pk).update(status=JobStatus.FAILED, error=message, finished=timezone.now(),
                                               progress_message=_("Failed."), updated=timezone.now())


def give_up(job_id, message):
    """Mark a job failed when the task has run out of retries (the worker kept dying or the broker failed)."""
    ReportJob.objects.filter(pk=job_id).exclude(status__in=FINISHED).update(
        status=JobStatus.FAILED, error=message, finished=timezone.now(), progress_message=_("Failed."))
