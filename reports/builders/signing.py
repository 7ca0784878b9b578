"""What a printed report needs to be signed, as Thai financial documents are: who signs, in which
capacity, the report's date in the Buddhist Era, and totals also in Thai words."""

from dataclasses import dataclass

from django.utils import timezone
from django.utils.translation import gettext as _

from grants import summaries
from sandbox.access import Role
from sandbox.formatting import baht_text, format_date
from sandbox.models import RoleAssignment


@dataclass
class Signer:
    capacity: str  # the line under the name: the signer's position in this document
    name: str = ""  # printed in brackets under the signature; empty leaves a dotted line to fill in
    position: str = ""


def person_name(user):
    return (user.get_full_name() or user.get_username()).strip() if user else ""


def report_date():
    return format_date(timezone.localdate(), long=True)


def school_signers(school, year):
    """The school director who certifies the statement and the supervisor who verified its months."""
    director = (RoleAssignment.objects.filter(role=Role.SCHOOL_DIRECTOR, school=school)
                .select_related("user").order_by("created", "pk").first())
    supervisor = summaries.verifying_supervisor(school, year)
    return [
        Signer(_("Certified by"), person_name(director.user if director else None), str(Role.SCHOOL_DIRECTOR.label)),
        Signer(_("Verified by"), person_name(supervisor), str(Role.AGENCY_SUPERVISOR.label)),
    ]


def office_signers(job):
    """The person who asked for the report prepares it; the head of the office certifies it, by hand."""
    roles = sorted({str(Role(a.role).label) for a in job.requested_by.role_assignments.all()})
    return [
        Signer(_("Prepared by"), person_name(job.requested_by), ", ".join(roles)),
        Signer(_("Certified by")),
    ]


def in_words(totals, *names):
    """{name: amount in Thai words} for the totals a document prints."""
    return {name: baht_text(totals[name]) for name in names if totals.get(name) is not None}
