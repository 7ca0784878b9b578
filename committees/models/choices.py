from django.db import models
from django.utils.translation import gettext_lazy as _


class Level(models.TextChoices):
    NATIONAL = "national", _("National policy committee (กนน.)")
    PROVINCIAL = "provincial", _("Provincial driving committee (กขน.)")
    ESA = "esa", _("ESA tripartite committee")
    SUB = "sub", _("Sub-committee")


class Sector(models.TextChoices):
    GOVERNMENT = "government", _("Government")
    LOCAL_GOVERNMENT = "local_government", _("Local government")
    PRIVATE = "private", _("Private sector")
    CIVIL_SOCIETY = "civil_society", _("Civil society")
    ACADEMIC = "academic", _("Academic")


class Position(models.TextChoices):
    CHAIR = "chair", _("Chair")
    VICE_CHAIR = "vice_chair", _("Vice chair")
    EX_OFFICIO = "ex_officio", _("Member ex officio")
    EXPERT = "expert", _("Qualified expert")
    MEMBER = "member", _("Member")
    SECRETARY = "secretary", _("Secretary")
    ASSISTANT_SECRETARY = "assistant_secretary", _("Assistant secretary")


# Roster order: the order in which appointment orders list the seats.
POSITION_RANK = {value: rank for rank, value in enumerate(Position.values)}

# Position codes of the sandbox data standard (see the reference notes): committee 01-04,
# driving committee 11-14, sub-committee 21-25. Seats without a code there have none.
STANDARD_CODES = {
    Level.PROVINCIAL: {Position.CHAIR: "11", Position.VICE_CHAIR: "12", Position.MEMBER: "13",
                       Position.EX_OFFICIO: "13", Position.EXPERT: "13", Position.SECRETARY: "14"},
    Level.SUB: {Position.CHAIR: "21", Position.VICE_CHAIR: "22", Position.MEMBER: "23", Position.EX_OFFICIO: "23",
                Position.EXPERT: "23", Position.SECRETARY: "24", Position.ASSISTANT_SECRETARY: "25"},
}
DEFAULT_CODES = {Position.CHAIR: "01", Position.VICE_CHAIR: "02", Position.SECRETARY: "03",
                 Position.ASSISTANT_SECRETARY: "04"}


class MeetingMode(models.TextChoices):
    ON_SITE = "on_site", _("On site")
    ONLINE = "online", _("Online")
    HYBRID = "hybrid", _("Hybrid")


class AttendanceStatus(models.TextChoices):
    PRESENT = "present", _("Present")
    ONLINE = "online", _("Present online")
    DELEGATE = "delegate", _("Sent a delegate")
    ON_LEAVE = "on_leave", _("Excused")
    ABSENT = "absent", _("Absent")


class ResolutionStatus(models.TextChoices):
    OPEN = "open", _("Open")
    IN_PROGRESS = "in_progress", _("In progress")
    DONE = "done", _("Done")
    CANCELLED = "cancelled", _("Cancelled")


OPEN_RESOLUTION_STATUSES = (ResolutionStatus.OPEN, ResolutionStatus.IN_PROGRESS)


class NominationStatus(models.TextChoices):
    PENDING = "pending", _("Awaiting decision")
    APPROVED = "approved", _("Approved")
    RETURNED = "returned", _("Returned")
