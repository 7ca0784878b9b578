import pghistory
from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from sandbox.access import OFFICES, Rules
from sandbox.formatting import format_date
from sandbox.models import BaseModel
from schools.models.core import SchoolStatus


class MembershipKind(models.TextChoices):
    APPLIED = "applied", _("Applied to become a pilot school")
    JOINED = "joined", _("Joined the pilot")
    LEFT = "left", _("Left the pilot")


# The status a school has after each kind of event.
STATUS_AFTER = {
    MembershipKind.APPLIED: SchoolStatus.APPLYING,
    MembershipKind.JOINED: SchoolStatus.ACTIVE,
    MembershipKind.LEFT: SchoolStatus.LEFT,
}

# Which events may follow a status (None: no history yet). A school may be designated
# directly (joined without an application), withdraw an application, and apply again after leaving.
ALLOWED_AFTER = {
    None: {MembershipKind.APPLIED, MembershipKind.JOINED},
    SchoolStatus.APPLYING: {MembershipKind.JOINED, MembershipKind.LEFT},
    SchoolStatus.ACTIVE: {MembershipKind.LEFT},
    SchoolStatus.LEFT: {MembershipKind.APPLIED, MembershipKind.JOINED},
}


def check_sequence(events):
    """Raise ValidationError if the events, in date order, are not a possible history."""
    status = None
    for event in events:
        if event.kind not in ALLOWED_AFTER[status]:
            label = SchoolStatus(status).label if status else _("no membership history")
            raise ValidationError({"kind": _("“%(event)s” cannot follow “%(status)s” (on %(date)s).") % {
                "event": MembershipKind(event.kind).label, "status": label, "date": format_date(event.date)}})
        status = STATUS_AFTER[event.kind]
    return status


@pghistory.track()
class MembershipEvent(BaseModel):
    """One step of a school's pilot membership: applying, joining or leaving."""

    school = models.ForeignKey("schools.PilotSchool", on_delete=models.CASCADE, related_name="membership_events",
                               verbose_name=_("school"))
    kind = models.CharField(_("event"), max_length=10, choices=MembershipKind.choices)
    date = models.DateField(_("date"))
    reason = models.TextField(_("reason"), blank=True)
    approved_by = models.CharField(_("approving body"), max_length=200, blank=True,
                                   help_text=_("For example the national policy committee (กนน.) or the "
                                               "provincial driving committee (กขน.)."))
    reference = models.CharField(_("reference"), max_length=200, blank=True,
                                 help_text=_("Resolution, announcement or letter number."))

    access = Rules(province="school__province", agency="school__agency", school="school",
                   add=OFFICES, change=OFFICES, delete=OFFICES)

    class Meta:
        verbose_name = _("membership event")
        verbose_name_plural = _("membership events")
        ordering = ["school_id", "date", "id"]

    def __str__(self):
        return f"{self.school} — {self.get_kind_display()} ({format_date(self.date)})"

    def get_absolute_url(self):
        return reverse("schools:membership-detail", args=[self.pk])

    def clean(self):
        errors = {}
        if self.kind == MembershipKind.JOINED and not self.approved_by.strip():
            errors["approved_by"] = _("Name the body that approved the school joining.")
        if self.kind == MembershipKind.LEFT and not self.reason.strip():
            errors["reason"] = _("Give the reason the school left.")
        if errors:
            raise ValidationError(errors)
        if self.school_id and self.date and self.kind:
            others = list(MembershipEvent.objects.filter(school_id=self.school_id).exclude(pk=self.pk))
            check_sequence(sorted([*others, self], key=_event_order))


def _event_order(event):
    # Unsaved events sort after saved ones recorded on the same day.
    return (event.date, event.pk or float("inf"))
