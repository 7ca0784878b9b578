import pghistory
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import F, Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from committees.models.choices import AttendanceStatus, MeetingMode, ResolutionStatus
from committees.models.committee import Committee, Membership
from committees.validators import minutes_file_validator
from sandbox.access import OFFICES, Rules
from sandbox.formatting import format_date
from sandbox.models import BaseModel


@pghistory.track()
class Meeting(BaseModel):
    committee = models.ForeignKey(Committee, on_delete=models.PROTECT, related_name="meetings",
                                  verbose_name=_("committee"))
    number = models.CharField(_("meeting number"), max_length=30, blank=True, help_text=_("For example 1/2567."))
    title = models.CharField(_("title"), max_length=255)
    starts_at = models.DateTimeField(_("starts at"))
    ends_at = models.DateTimeField(_("ends at"), null=True, blank=True)
    mode = models.CharField(_("mode"), max_length=10, choices=MeetingMode.choices, default=MeetingMode.ON_SITE)
    venue = models.CharField(_("venue"), max_length=255, blank=True)
    online_link = models.URLField(_("online meeting link"), blank=True)
    minutes_text = models.TextField(_("minutes"), blank=True)
    minutes_file = models.FileField(_("minutes document"), upload_to="committees/minutes/%Y/", blank=True,
                                    validators=[minutes_file_validator], help_text=_("PDF, DOC or DOCX."))

    access = Rules(province="committee__province", agency="committee__agency",
                   add=OFFICES, change=OFFICES, delete=OFFICES)

    class Meta:
        verbose_name = _("meeting")
        verbose_name_plural = _("meetings")
        ordering = ["-starts_at"]
        constraints = [
            models.CheckConstraint(name="meeting_ends_after_start",
                                   condition=Q(ends_at__isnull=True) | Q(ends_at__gt=F("starts_at")),
                                   violation_error_message=_("A meeting must end after it starts.")),
        ]

    def __str__(self):
        label = _("Meeting %(number)s") % {"number": self.number} if self.number else self.title
        return f"{self.committee} — {label}"

    def get_absolute_url(self):
        return reverse("committees:meeting-detail", args=[self.pk])

    def clean(self):
        errors = {}
        if self.starts_at and self.ends_at and self.ends_at <= self.starts_at:
            errors["ends_at"] = _("A meeting must end after it starts.")
        if self.mode == MeetingMode.ON_SITE and not self.venue.strip():
            errors["venue"] = _("An on-site meeting needs a venue.")
        if self.mode != MeetingMode.ON_SITE and not self.online_link and not self.venue.strip():
            errors["online_link"] = _("Give the online meeting link or where it is announced.")
        if errors:
            raise ValidationError(errors)

    @property
    def starts_display(self):
        return format_date(self.starts_at)

    @property
    def is_upcoming(self):
        return self.starts_at >= timezone.now()


class MeetingChild(BaseModel):
    """Rows that belong to one meeting and are written by whoever writes the meeting."""

    access = Rules(province="meeting__committee__province", agency="meeting__committee__agency",
                   add=OFFICES, change=OFFICES, delete=OFFICES)

    class Meta:
        abstract = True

    def get_absolute_url(self):
        return reverse("committees:meeting-detail", args=[self.meeting_id]) + f"#{self._meta.model_name}-{self.pk}"


@pghistory.track()
class AgendaItem(MeetingChild):
    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="agenda_items",
                                verbose_name=_("meeting"))
    number = models.CharField(_("agenda number"), max_length=20, help_text=_("For example 1, 3.1."))
    title = models.CharField(_("title"), max_length=255)
    details = models.TextField(_("details"), blank=True)

    class Meta:
        verbose_name = _("agenda item")
        verbose_name_plural = _("agenda items")
        ordering = ["meeting_id", "number", "id"]
        constraints = [
            models.UniqueConstraint(fields=["meeting", "number"], name="agenda_number_unique",
                                    violation_error_message=_("This meeting already has an agenda item with this "
                                                              "number.")),
        ]

    def __str__(self):
        return f"{self.number}. {self.title}"


@pghistory.track()
class Attendance(MeetingChild):
    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="attendances",
                                verbose_name=_("meeting"))
    membership = models.ForeignKey(Membership, on_delete=models.PROTECT, related_name="attendances",
                                   verbose_name=_("member"))
    status = models.CharField(_("attendance"), max_length=10, choices=AttendanceStatus.choices,
                              default=AttendanceStatus.PRESENT)
    note = models.CharField(_("note"), max_length=255, blank=True,
                            help_text=_("For example the name and office of a delegate."))

    class Meta:
        verbose_name = _("attendance")
        verbose_name_plural = _("attendance")
        ordering = ["meeting_id", "membership__sequence", "id"]
        constraints = [
            models.UniqueConstraint(fields=["meeting", "membership"], name="attendance_once_per_member",
                                    violation_error_message=_("This member's attendance is already recorded.")),
        ]

    def __str__(self):
        return f"{self.membership.person.display_name}: {self.get_status_display()}"

    def clean(self):
        if self.meeting_id and self.membership_id and self.membership.committee_id != self.meeting.committee_id:
            raise ValidationError({"membership": _("This person is not a member of the meeting's committee.")})


@pghistory.track()
class Resolution(MeetingChild):
    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="resolutions",
                                verbose_name=_("meeting"))
    agenda_item = models.ForeignKey(AgendaItem, null=True, blank=True, on_delete=models.SET_NULL,
                                    related_name="resolutions", verbose_name=_("agenda item"))
    text = models.TextField(_("resolution"))
    responsible = models.CharField(_("responsible"), max_length=255, blank=True)
    due_date = models.DateField(_("due date"), null=True, blank=True)
    status = models.CharField(_("follow-up status"), max_length=12, choices=ResolutionStatus.choices,
                              default=ResolutionStatus.OPEN)
    follow_up = models.TextField(_("follow-up notes"), blank=True)

    class Meta:
        verbose_name = _("resolution")
        verbose_name_plural = _("resolutions")
        ordering = ["meeting_id", "id"]

    def __str__(self):
        text = self.text if len(self.text) <= 80 else self.text[:79] + "…"
        return text

    @property
    def due_display(self):
        return format_date(self.due_date)

    def clean(self):
        if self.agenda_item_id and self.meeting_id and self.agenda_item.meeting_id != self.meeting_id:
            raise ValidationError({"agenda_item": _("The agenda item belongs to another meeting.")})
