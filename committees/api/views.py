from django.db import transaction
from django.utils.dateparse import parse_date
from django.utils.translation import gettext as _
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import exceptions
from rest_framework.decorators import action
from rest_framework.response import Response

from committees import services
from committees.api import serializers
from committees.filtersets import (
    AgendaItemFilterSet,
    AttendanceFilterSet,
    CommitteeFilterSet,
    MeetingFilterSet,
    MembershipFilterSet,
    NominationFilterSet,
    PersonFilterSet,
    ResolutionFilterSet,
)
from committees.models import (
    AgendaItem,
    Attendance,
    Committee,
    Meeting,
    Membership,
    Nomination,
    Person,
    Resolution,
)
from sandbox.api import ModelViewSet
from sandbox.services import lock_and_check, versioned


class CommitteeViewSet(ModelViewSet):
    queryset = Committee.objects.select_related("province")
    serializer_class = serializers.CommitteeSerializer
    filterset_class = CommitteeFilterSet
    ordering_fields = ["name_th", "term_start", "level"]
    ordering = ["id"]

    @extend_schema(responses=serializers.RosterSerializer,
                   parameters=[OpenApiParameter("on", str, description="ISO date; today when absent")])
    @action(detail=True, methods=["get"], filter_backends=[], pagination_class=None)
    def roster(self, request, *args, **kwargs):
        on = request.query_params.get("on")
        day = parse_date(on) if on else None
        if on and day is None:
            raise exceptions.ValidationError({"on": _("Use an ISO date, for example 2024-07-03.")})
        return Response(serializers.RosterSerializer(services.roster(self.get_object(), day)).data)


class PersonViewSet(ModelViewSet):
    queryset = Person.objects.select_related("province")
    serializer_class = serializers.PersonSerializer
    filterset_class = PersonFilterSet
    ordering_fields = ["first_name_th", "last_name_th"]
    ordering = ["id"]


class MembershipViewSet(ModelViewSet):
    queryset = Membership.objects.select_related("person", "committee")
    serializer_class = serializers.MembershipSerializer
    filterset_class = MembershipFilterSet
    ordering_fields = ["term_start", "term_end", "sequence"]
    ordering = ["id"]


class MeetingViewSet(ModelViewSet):
    queryset = Meeting.objects.select_related("committee")
    serializer_class = serializers.MeetingSerializer
    filterset_class = MeetingFilterSet
    ordering_fields = ["starts_at"]
    ordering = ["id"]


class AgendaItemViewSet(ModelViewSet):
    queryset = AgendaItem.objects.select_related("meeting__committee")
    serializer_class = serializers.AgendaItemSerializer
    filterset_class = AgendaItemFilterSet
    ordering = ["id"]


class AttendanceViewSet(ModelViewSet):
    queryset = Attendance.objects.select_related("meeting__committee", "membership")
    serializer_class = serializers.AttendanceSerializer
    filterset_class = AttendanceFilterSet
    ordering = ["id"]


class ResolutionViewSet(ModelViewSet):
    queryset = Resolution.objects.select_related("meeting__committee")
    serializer_class = serializers.ResolutionSerializer
    filterset_class = ResolutionFilterSet
    ordering_fields = ["due_date", "status"]
    ordering = ["id"]


class NominationViewSet(ModelViewSet):
    queryset = Nomination.objects.select_related("committee")
    serializer_class = serializers.NominationSerializer
    filterset_class = NominationFilterSet
    ordering_fields = ["created", "status"]
    ordering = ["id"]
    delete_with = versioned(services.delete_nomination)
    if_match_actions = ("approve", "return_")

    def _decide(self, nomination, decide, *args):
        with transaction.atomic():
            # The decision locks the nomination first too, so the order of locks is the same.
            lock_and_check(nomination, self.if_match())
            nomination = decide(self.request.user, nomination, *args)
        return self.with_etag(Response(self.get_serializer(nomination).data), nomination)

    @extend_schema(request=None, responses=serializers.NominationSerializer)
    @action(detail=True, methods=["post"])
    def approve(self, request, *args, **kwargs):
        return self._decide(self.get_object(), services.approve_nomination)

    @extend_schema(request=serializers.ReturnSerializer, responses=serializers.NominationSerializer)
    @action(detail=True, methods=["post"], url_path="return")
    def return_(self, request, *args, **kwargs):
        nomination = self.get_object()  # an unknown nomination is a 404 whatever the body holds
        body = serializers.ReturnSerializer(data=request.data)
        body.is_valid(raise_exception=True)
        return self._decide(nomination, services.return_nomination, body.validated_data["reason"])
