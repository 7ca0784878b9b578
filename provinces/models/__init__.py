from provinces.models.designation import STAGES, Milestone, MilestoneKind, MilestoneStatus
from provinces.models.geography import Cohort, District, LocalizedNameMixin, Province
from provinces.models.results import (
    Action,
    ActionStatus,
    DesiredOutcome,
    Direction,
    Indicator,
    IndicatorTarget,
    IndicatorValue,
    KeyResultArea,
)
from provinces.models.strategy import OutcomeSummary, Strategy

__all__ = [
    "STAGES", "Action", "ActionStatus", "Cohort", "DesiredOutcome", "Direction", "District", "Indicator",
    "IndicatorTarget", "IndicatorValue", "KeyResultArea", "LocalizedNameMixin", "Milestone", "MilestoneKind",
    "MilestoneStatus", "OutcomeSummary", "Province", "Strategy",
]
