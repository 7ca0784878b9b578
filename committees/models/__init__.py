from committees.models.choices import (
    AttendanceStatus,
    Level,
    MeetingMode,
    NominationStatus,
    Position,
    ResolutionStatus,
    Sector,
)
from committees.models.committee import EXPIRY_WARNING_DAYS, Committee, Membership, Person
from committees.models.meeting import AgendaItem, Attendance, Meeting, Resolution
from committees.models.nomination import Nomination

__all__ = [
    "EXPIRY_WARNING_DAYS", "AgendaItem", "Attendance", "AttendanceStatus", "Committee", "Level", "Meeting",
    "MeetingMode", "Membership", "Nomination", "NominationStatus", "Person", "Position", "Resolution",
    "ResolutionStatus", "Sector",
]
