from provinces.models.designation import STAGES, Milestone, MilestoneKind, MilestoneStatus
from provinces.models.geography import Cohort, District, LocalizedNameMixin, Province
from provinces.models.groups import ProvinceGroup, ProvinceGroupPreference, default_group
from provinces.models.results import (
    Action,
    ActionStatus,
    DesiredOutcome,
    Direction,
    Indicator,
    IndicatorTarget,
    IndicatorValue,
    KeyResultArea,
    ValueStatus,
)
from provinces.models.strategy import OutcomeSummary, Strategy, SummaryCall

__all__ = [
    "STAGES", "Action", "ActionStatus", "Cohort", "DesiredOutcome", "Direction", "District", "Indicator",
    "IndicatorTarget", "IndicatorValue", "KeyResultArea", "LocalizedNameMixin", "Milestone", "MilestoneKind",
    "MilestoneStatus", "OutcomeSummary", "Province", "ProvinceGroup", "ProvinceGroupPreference", "Strategy",
    "SummaryCall", "ValueStatus", "default_group",
]
