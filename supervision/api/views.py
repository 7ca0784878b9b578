from drf_spectacular.utils import extend_schema
from rest_framework.decorators import action
from rest_framework.parsers import FormParser, JSONParser, MultiPartParser

from sandbox.api import ModelViewSet, Response
from supervision import filtersets
from supervision.api import serializers as s
from supervision.models import (
    CompetencyAssessment,
    CompetencyComponent,
    CompetencyCriterion,
    CompetencyRound,
    Cooperation,
    Event,
    EventStation,
    FollowUpAction,
    FollowUpVisit,
    Partner,
    SupportRecord,
)

UPLOADS = [JSONParser, MultiPartParser, FormParser]


class FollowUpVisitViewSet(ModelViewSet):
    """Visits that follow a pilot school up after the province's readiness synthesis, with their agreed actions."""

    queryset = FollowUpVisit.objects.select_related("school").prefetch_related("actions", "readiness_gaps")
    serializer_class = s.FollowUpVisitSerializer
    filterset_class = filtersets.FollowUpVisitFilterSet
    ordering_fields = ["date", "status"]
    ordering = ["-date", "-id"]


class FollowUpActionViewSet(ModelViewSet):
    """Actions agreed on a visit: owner, due date and status. ?overdue=true lists those past due."""

    queryset = FollowUpAction.objects.select_related("visit__school")
    serializer_class = s.FollowUpActionSerializer
    filterset_class = filtersets.FollowUpActionFilterSet
    ordering_fields = ["due_date", "status"]
    ordering = ["due_date", "id"]

    @extend_schema(responses=s.FollowUpActionSerializer(many=True))
    @action(detail=False, methods=["get"])
    def awaiting(self, request):
        """The overdue actions the caller must act on next."""
        queryset = self.filter_queryset(FollowUpAction.objects.awaiting(request.user).select_related("visit"))
        page = self.paginate_queryset(queryset.order_by("due_date", "id"))
        return self.get_paginated_response(self.get_serializer(page, many=True).data)


class CompetencyRoundViewSet(ModelViewSet):
    """Rounds of the school-director competency assessment."""

    queryset = CompetencyRound.objects.all()
    serializer_class = s.CompetencyRoundSerializer
    filterset_class = filtersets.CompetencyRoundFilterSet
    ordering = ["-year", "id"]


class CompetencyCriterionViewSet(ModelViewSet):
    queryset = CompetencyCriterion.objects.all()
    serializer_class = s.CompetencyCriterionSerializer
    filterset_class = filtersets.CompetencyCriterionFilterSet
    ordering = ["round", "order", "id"]


class CompetencyComponentViewSet(ModelViewSet):
    """Components of a criterion, each with its levels described."""

    queryset = CompetencyComponent.objects.all()
    serializer_class = s.CompetencyComponentSerializer
    filterset_class = filtersets.CompetencyComponentFilterSet
    ordering = ["criterion", "order", "id"]


class CompetencyAssessmentViewSet(ModelViewSet):
    """A director's self-assessment or an assessor's assessment. Personal: read by that director, the school's
    supervisors, the province office and SBN only."""

    queryset = CompetencyAssessment.objects.select_related("school", "round")
    serializer_class = s.CompetencyAssessmentSerializer
    filterset_class = filtersets.CompetencyAssessmentFilterSet
    ordering_fields = ["score", "round"]
    ordering = ["round", "school", "kind"]


class SupportRecordViewSet(ModelViewSet):
    """What an affiliation office gave which school, and the situation-analysis aspect it answers."""

    queryset = SupportRecord.objects.select_related("agency", "school")
    serializer_class = s.SupportRecordSerializer
    filterset_class = filtersets.SupportRecordFilterSet
    ordering_fields = ["date", "amount"]
    ordering = ["-date", "-id"]


class EventViewSet(ModelViewSet):
    """Workshops and meetings beyond committee meetings, with their stations and participants."""

    queryset = Event.objects.select_related("province").prefetch_related("stations__province")
    serializer_class = s.EventSerializer
    filterset_class = filtersets.EventFilterSet
    parser_classes = UPLOADS
    ordering_fields = ["start_date"]
    ordering = ["-start_date", "-id"]


class EventStationViewSet(ModelViewSet):
    queryset = EventStation.objects.select_related("province", "event")
    serializer_class = s.EventStationSerializer
    filterset_class = filtersets.EventStationFilterSet
    ordering = ["event", "province"]


class PartnerViewSet(ModelViewSet):
    """The partner network: public, private, civil-society and local-government organisations."""

    queryset = Partner.objects.select_related("province")
    serializer_class = s.PartnerSerializer
    filterset_class = filtersets.PartnerFilterSet
    ordering = ["name", "id"]


class CooperationViewSet(ModelViewSet):
    """A partner's cooperation with a province or one of its schools, with dates and an attachment."""

    queryset = Cooperation.objects.select_related("partner", "province", "school")
    serializer_class = s.CooperationSerializer
    filterset_class = filtersets.CooperationFilterSet
    parser_classes = UPLOADS
    ordering_fields = ["start_date"]
    ordering = ["-start_date", "-id"]


__all__ = ["Response"]
