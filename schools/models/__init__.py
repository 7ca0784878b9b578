from schools.models.core import (
    Agency,
    AgencyKind,
    PilotSchool,
    SchoolLevel,
    SchoolStatus,
    level_labels,
    school_code_validator,
)
from schools.models.innovations import Innovation, InnovationFile, InnovationKind
from schools.models.membership import MembershipEvent, MembershipKind
from schools.models.readiness import (
    ReadinessAnswer,
    ReadinessQuestion,
    ReadinessQuestionnaire,
    ReadinessResponse,
    ReadinessSection,
    RespondentRole,
)
from schools.models.situation import ASPECTS, SituationAnalysis

__all__ = [
    "ASPECTS", "Agency", "AgencyKind", "Innovation", "InnovationFile", "InnovationKind", "MembershipEvent",
    "MembershipKind", "PilotSchool", "ReadinessAnswer", "ReadinessQuestion", "ReadinessQuestionnaire",
    "ReadinessResponse", "ReadinessSection", "RespondentRole", "SchoolLevel", "SchoolStatus", "SituationAnalysis",
    "level_labels", "school_code_validator",
]
