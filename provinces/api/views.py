from rest_framework import viewsets
from rest_framework.parsers import FormParser, JSONParser, MultiPartParser

from provinces import filtersets
from provinces.api import serializers
from provinces.models import (
    Action,
    DesiredOutcome,
    District,
    Indicator,
    IndicatorTarget,
    IndicatorValue,
    KeyResultArea,
    Milestone,
    OutcomeSummary,
    Province,
    Strategy,
)
from sandbox.api import ModelViewSet


class ProvinceViewSet(ModelViewSet):
    """The 77 provinces with the designation stage each has reached; SBN administrators set sandbox and cohort."""

    queryset = Province.objects.with_stage()
    serializer_class = serializers.ProvinceSerializer
    filterset_class = filtersets.ProvinceFilterSet
    ordering_fields = ["code", "name_th", "cohort"]
    ordering = ["code"]
    http_method_names = ["get", "patch", "put", "head", "options"]


class DistrictViewSet(viewsets.ReadOnlyModelViewSet):
    queryset = District.objects.all()
    serializer_class = serializers.DistrictSerializer
    filterset_class = filtersets.DistrictFilterSet
    ordering = ["code"]


class MilestoneViewSet(ModelViewSet):
    """Dated designation steps of a sandbox area; a document is a PDF upload (multipart) or a link."""

    queryset = Milestone.objects.select_related("province")
    serializer_class = serializers.MilestoneSerializer
    filterset_class = filtersets.MilestoneFilterSet
    parser_classes = [JSONParser, MultiPartParser, FormParser]
    ordering_fields = ["date", "province"]
    ordering = ["province", "date", "id"]


class StrategyViewSet(ModelViewSet):
    """A province's strategy, one version per BE year: vision, and ordered missions, goals and strategies."""

    queryset = Strategy.objects.select_related("province")
    serializer_class = serializers.StrategySerializer
    filterset_class = filtersets.StrategyFilterSet
    ordering_fields = ["year", "province"]
    ordering = ["province", "-year"]


class OutcomeSummaryViewSet(ModelViewSet):
    """What a first-cohort area learned in a year."""

    queryset = OutcomeSummary.objects.select_related("province")
    serializer_class = serializers.OutcomeSummarySerializer
    filterset_class = filtersets.OutcomeSummaryFilterSet
    ordering_fields = ["year", "province"]
    ordering = ["province", "-year"]


class DesiredOutcomeViewSet(ModelViewSet):
    """Desired outcomes of education (DOE) of each province."""

    queryset = DesiredOutcome.objects.select_related("province")
    serializer_class = serializers.DesiredOutcomeSerializer
    filterset_class = filtersets.DesiredOutcomeFilterSet
    ordering = ["province", "position", "code"]


class KeyResultAreaViewSet(ModelViewSet):
    """Key result areas (KRA), each serving one desired outcome."""

    queryset = KeyResultArea.objects.select_related("outcome")
    serializer_class = serializers.KeyResultAreaSerializer
    filterset_class = filtersets.KeyResultAreaFilterSet
    ordering = ["outcome", "position", "code"]


class IndicatorViewSet(ModelViewSet):
    """Indicators (KPI) with their target and actual per fiscal year, and whether they are off track."""

    queryset = Indicator.objects.select_related("kra__outcome").prefetch_related("targets", "values")
    serializer_class = serializers.IndicatorSerializer
    filterset_class = filtersets.IndicatorFilterSet
    ordering = ["kra", "position", "code"]


class IndicatorTargetViewSet(ModelViewSet):
    """The target of an indicator for one fiscal year (BE)."""

    queryset = IndicatorTarget.objects.select_related("indicator__kra__outcome")
    serializer_class = serializers.IndicatorTargetSerializer
    filterset_class = filtersets.IndicatorTargetFilterSet
    ordering_fields = ["fiscal_year"]
    ordering = ["indicator", "fiscal_year"]


class IndicatorValueViewSet(ModelViewSet):
    """The value an indicator reached in a fiscal year; the year must have a target."""

    queryset = IndicatorValue.objects.select_related("indicator__kra__outcome")
    serializer_class = serializers.IndicatorValueSerializer
    filterset_class = filtersets.IndicatorValueFilterSet
    ordering_fields = ["fiscal_year"]
    ordering = ["indicator", "fiscal_year"]


class ActionViewSet(ModelViewSet):
    """Actions (ACT) taken for an indicator."""

    queryset = Action.objects.select_related("indicator__kra__outcome")
    serializer_class = serializers.ActionSerializer
    filterset_class = filtersets.ActionFilterSet
    ordering_fields = ["fiscal_year"]
    ordering = ["indicator", "fiscal_year", "id"]
