from django.utils.translation import gettext as _
from drf_spectacular.utils import extend_schema
from rest_framework import exceptions, viewsets
from rest_framework.decorators import action
from rest_framework.parsers import FormParser, JSONParser, MultiPartParser

from provinces import filtersets, values
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
    ProvinceGroup,
    Strategy,
    SummaryCall,
)
from sandbox.api import ModelViewSet, Response


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
    """The value an indicator reached in a fiscal year, with its evidence; the year must have a target.

    The province office submits it to SBN, SBN acknowledges it or returns it with a reason; someone other
    than the submitter reviews. ?status= filters; /awaiting/ lists what the caller acts on next."""

    queryset = IndicatorValue.objects.select_related("indicator__kra__outcome")
    serializer_class = serializers.IndicatorValueSerializer
    filterset_class = filtersets.IndicatorValueFilterSet
    parser_classes = [JSONParser, MultiPartParser, FormParser]
    ordering_fields = ["fiscal_year"]
    ordering = ["indicator", "fiscal_year"]
    delete_with = None
    if_match_actions = ("submit", "acknowledge", "return_value")

    def perform_destroy(self, instance):
        if not instance.is_editable:
            raise exceptions.ValidationError(_("A value with SBN or acknowledged cannot be deleted."))
        super().perform_destroy(instance)

    def _step(self, value, write, *args):
        value = write(self.request.user, value, *args, if_match=self.if_match())
        return self.with_etag(Response(self.get_serializer(value).data), value)

    @extend_schema(request=None, responses=serializers.IndicatorValueSerializer)
    @action(detail=True, methods=["post"])
    def submit(self, request, pk=None):
        """The province office sends the value and its evidence to SBN."""
        return self._step(self.get_object(), values.submit)

    @extend_schema(request=None, responses=serializers.IndicatorValueSerializer)
    @action(detail=True, methods=["post"])
    def acknowledge(self, request, pk=None):
        """SBN acknowledges a submitted value (not the person who submitted it)."""
        return self._step(self.get_object(), values.acknowledge)

    @extend_schema(request=serializers.ReturnReasonSerializer, responses=serializers.IndicatorValueSerializer)
    @action(detail=True, methods=["post"], url_path="return")
    def return_value(self, request, pk=None):
        """SBN returns a submitted value with the reason."""
        value = self.get_object()  # an unknown value is a 404 whatever the body holds
        body = serializers.ReturnReasonSerializer(data=request.data)
        body.is_valid(raise_exception=True)
        return self._step(value, values.return_value, body.validated_data["reason"])

    @extend_schema(responses=serializers.IndicatorValueSerializer(many=True))
    @action(detail=False, methods=["get"])
    def awaiting(self, request):
        """The values the caller must act on next."""
        queryset = self.filter_queryset(IndicatorValue.objects.awaiting(request.user).select_related(
            "indicator__kra__outcome"))
        page = self.paginate_queryset(queryset.order_by("fiscal_year", "id"))
        return self.get_paginated_response(self.get_serializer(page, many=True).data)


class ProvinceGroupViewSet(ModelViewSet):
    """Named groups of sandbox provinces; every province-level list takes ?group=<id>."""

    queryset = ProvinceGroup.objects.prefetch_related("provinces")
    serializer_class = serializers.ProvinceGroupSerializer
    filterset_class = filtersets.ProvinceGroupFilterSet
    ordering = ["name", "id"]


class SummaryCallViewSet(ModelViewSet):
    """SBN's call for the first-cohort areas' outcome summaries of a year, with its due date."""

    queryset = SummaryCall.objects.all()
    serializer_class = serializers.SummaryCallSerializer
    ordering = ["-year"]


class ActionViewSet(ModelViewSet):
    """Actions (ACT) taken for an indicator."""

    queryset = Action.objects.select_related("indicator__kra__outcome")
    serializer_class = serializers.ActionSerializer
    filterset_class = filtersets.ActionFilterSet
    ordering_fields = ["fiscal_year"]
    ordering = ["indicator", "fiscal_year", "id"]
