from rest_framework import viewsets

from provinces.api.serializers import DistrictSerializer, ProvinceSerializer
from provinces.filtersets import DistrictFilterSet, ProvinceFilterSet
from provinces.models import District, Province
from sandbox.api import ModelViewSet


class ProvinceViewSet(ModelViewSet):
    """The 77 provinces; SBN administrators set the sandbox flag and cohort."""

    queryset = Province.objects.all()
    serializer_class = ProvinceSerializer
    filterset_class = ProvinceFilterSet
    ordering_fields = ["code", "name_th", "cohort"]
    ordering = ["code"]
    http_method_names = ["get", "patch", "put", "head", "options"]


class DistrictViewSet(viewsets.ReadOnlyModelViewSet):
    queryset = District.objects.all()
    serializer_class = DistrictSerializer
    filterset_class = DistrictFilterSet
    ordering = ["code"]
