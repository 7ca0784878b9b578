"""A committee's roster (PDF), from committees.services.roster."""

from django.utils.translation import gettext as _

from committees.models import Committee
from committees.services import roster
from reports.builders import common
from reports.models import ReportKind


class CommitteeRoster(common.Report):
    kind = ReportKind.COMMITTEE_ROSTER
    scope = "committee"
    needs_year = False

    def build(self, job, progress):
        committee = Committee.objects.select_related("province", "agency").get(pk=job.parameters["committee"])
        progress(30, _("Reading the committee's members."))
        listing = roster(committee)
        progress(60, _("Drawing the PDF."))
        return {"pdf": common.pdf(job, "reports/pdf/roster.html", {"committee": committee, "roster": listing})}
