"""A committee's roster (PDF), from committees.services.roster."""

from django.utils.translation import gettext as _

from reports.builders import common


def build(job, progress):
    from committees.models import Committee
    from committees.services import roster

    committee = Committee.objects.select_related("province", "agency").get(pk=job.parameters["committee"])
    progress(30, _("Reading the committee's members."))
    listing = roster(committee)
    progress(60, _("Drawing the PDF."))
    return {"pdf": common.pdf(job, "reports/pdf/roster.html", {"committee": committee, "roster": listing})}
