"""Report jobs: what was asked for, by whom, how far the worker has got, and the files produced."""

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from reports.storage import report_storage
from sandbox.access import RestrictedQuerySet, Rules
from sandbox.models import BaseModel


class ReportKind(models.TextChoices):
    SCHOOL_STATEMENT = "school_statement", _("School fiscal-year statement")
    AGENCY_SPENDING = "agency_spending", _("Affiliation office spending report")
    PROVINCE_SPENDING = "province_spending", _("Province spending report")
    NATIONAL_SUMMARY = "national_summary", _("National summary for the policy committee")
    NATIONAL_EXPENDITURES = "national_expenditures", _("National expenditure listing")
    PROVINCE_READINESS = "province_readiness", _("Province readiness synthesis")
    COMMITTEE_ROSTER = "committee_roster", _("Committee roster")
    POLICY_BRIEF = "policy_brief", _("Policy brief for the national policy committee")


class JobStatus(models.TextChoices):
    QUEUED = "queued", _("Queued")
    RUNNING = "running", _("Running")
    DONE = "done", _("Done")
    FAILED = "failed", _("Failed")


FINISHED = frozenset({JobStatus.DONE, JobStatus.FAILED})


def report_path(instance, filename):
    return f"{instance.pk}/{filename}"


class ReportJobQuerySet(RestrictedQuerySet):
    def of(self, user):
        """The jobs a user may see and download: the ones they asked for."""
        if not getattr(user, "is_authenticated", False):
            return self.none()
        return self if user.is_superuser else self.filter(requested_by=user)


class ReportJob(BaseModel):
    """One report asked for by one user and produced once by a Celery worker.

    Not tracked by pghistory: progress is written many times a second while a report runs, and
    the row itself records who asked for what and when.
    """

    kind = models.CharField(_("kind"), max_length=40, choices=ReportKind.choices)
    parameters = models.JSONField(_("parameters"), default=dict, blank=True)
    title = models.CharField(_("title"), max_length=300)
    language = models.CharField(_("language"), max_length=8, default="th")
    requested_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE,
                                     related_name="report_jobs", verbose_name=_("requested by"))
    status = models.CharField(_("status"), max_length=10, choices=JobStatus.choices, default=JobStatus.QUEUED,
                              db_index=True)
    progress = models.PositiveSmallIntegerField(_("progress (%)"), default=0)
    progress_message = models.CharField(_("progress message"), max_length=300, blank=True)
    pdf = models.FileField(_("PDF file"), upload_to=report_path, storage=report_storage, blank=True,
                           max_length=200)
    xlsx = models.FileField(_("XLSX file"), upload_to=report_path, storage=report_storage, blank=True,
                            max_length=200)
    attempts = models.PositiveSmallIntegerField(_("attempts"), default=0)
    started = models.DateTimeField(_("started"), null=True, blank=True)
    finished = models.DateTimeField(_("finished"), null=True, blank=True)
    error = models.TextField(_("error"), blank=True)

    # Jobs belong to whoever asked for them; views use ReportJob.objects.of(user), and these rules
    # keep the generic restrict() closed to everyone else.
    access = Rules(view=frozenset(), add=frozenset(), change=frozenset(), delete=frozenset())

    objects = ReportJobQuerySet.as_manager()

    class Meta:
        verbose_name = _("report job")
        verbose_name_plural = _("report jobs")
        ordering = ["-created", "-pk"]
        constraints = [
            models.CheckConstraint(name="report_progress_0_100", condition=models.Q(progress__lte=100)),
        ]
        indexes = [models.Index(fields=["requested_by", "-created"], name="report_job_user_created")]

    def __str__(self):
        return self.title or self.get_kind_display()

    def get_absolute_url(self):
        return reverse("reports:detail", args=[self.pk])

    @property
    def is_finished(self):
        return self.status in FINISHED

    @property
    def duration(self):
        if self.started and self.finished:
            return self.finished - self.started
        return None

    def files(self):
        """(format, field file) for each file produced."""
        return [(name, getattr(self, name)) for name in ("pdf", "xlsx") if getattr(self, name)]
