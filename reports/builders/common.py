"""Pieces every builder uses: the fiscal year, file names, the header lines, PDF rendering."""

from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _

from sandbox.formatting import format_date
from sandbox.pdf import render_pdf


def fiscal_year(job):
    from grants.models import FiscalYear

    return FiscalYear.objects.get(year=job.parameters["fiscal_year"])


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
