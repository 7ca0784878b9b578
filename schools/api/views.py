from sandbox.api import ModelViewSet
from schools.api.serializers import AgencySerializer, PilotSchoolSerializer
from schools.filtersets import AgencyFilterSet, PilotSchoolFilterSet
from schools.models import Agency, PilotSchool


class AgencyViewSet(ModelViewSet):
    queryset = Agency.objects.select_related("province")
    serializer_class = AgencySerializer
    filterset_class = AgencyFilterSet
    ordering_fields = ["code", "name_th"]
    ordering = ["code"]


class PilotSchoolViewSet(ModelViewSet):
    queryset = PilotSchool.objects.select_related("province", "agency", "district")
    serializer_class = PilotSchoolSerializer
    filterset_class = PilotSchoolFilterSet
    ordering_fields = ["code", "name_th", "province"]
    ordering = ["code"]
