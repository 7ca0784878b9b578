"""Pieces every builder uses: the fiscal year, file names, the header lines, PDF rendering."""

from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _

from grants import summaries
from sandbox.formatting import format_date
from sandbox.pdf import render_pdf


class ReportError(Exception):
    """A reason the report cannot be produced, in words the requester understands."""


class Report:
    """A kind of report: the scope it is asked for, whether it needs a fiscal year, the files it makes,
    and how it is built. reports.kinds.KINDS lists every one."""

    kind = None  # a reports.models.ReportKind
    scope = None  # the parameter naming the scope object; None for the nation
    needs_year = True
    takes_group = False  # True: an optional ?group= (a ProvinceGroup) limits the report to its provinces
    formats = ("pdf",)

    def build(self, job, progress):
        """{format: (file name, bytes or a path)}; progress(percent, message) tells the requester."""
        raise NotImplementedError


def fiscal_year(job):
    return summaries.get_fiscal_year(job.parameters["fiscal_year"])


def province_group(job):
    """The province group the job was asked for, or None (every province)."""
    from provinces.models import ProvinceGroup

    wanted = job.parameters.get("group")
    return ProvinceGroup.objects.filter(pk=wanted).first() if wanted else None


def filename(job, extension):
    stem = slugify(f"{job.kind}-{job.pk}") or f"report-{job.pk}"
    return f"{stem}.{extension}"


def produced_line(as_of=None):
    now = timezone.now()
    line = _("Produced %(when)s") % {"when": format_date(now)}
    if as_of:
        line += " · " + _("figures as of %(when)s") % {"when": format_date(as_of)}
    return line


def pdf(job, template, context):
    context = {"job": job, "produced": timezone.now(), **context}
    return filename(job, "pdf"), render_pdf(template, context, job.language)
