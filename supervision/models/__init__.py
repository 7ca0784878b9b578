from supervision.models.competency import (
    AssessmentKind,
    CompetencyAssessment,
    CompetencyComponent,
    CompetencyCriterion,
    CompetencyRound,
)
from supervision.models.events import (
    Cooperation,
    Event,
    EventKind,
    EventMode,
    EventStation,
    Partner,
    PartnerSector,
)
from supervision.models.support import SupportKind, SupportRecord
from supervision.models.visits import ActionStatus, FollowUpAction, FollowUpVisit, VisitStatus

__all__ = [
    "ActionStatus", "AssessmentKind", "CompetencyAssessment", "CompetencyComponent", "CompetencyCriterion",
    "CompetencyRound", "Cooperation", "Event", "EventKind", "EventMode", "EventStation", "FollowUpAction",
    "FollowUpVisit", "Partner", "PartnerSector", "SupportKind", "SupportRecord", "VisitStatus",
]
