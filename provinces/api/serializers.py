from rest_framework import serializers

from provinces.models import District, Province
from sandbox.api import ModelSerializer


class ProvinceSerializer(ModelSerializer):
    code = serializers.CharField(read_only=True)

    class Meta:
        model = Province
        fields = ["code", "name_th", "name_en", "is_sandbox", "cohort", "created", "updated"]
        read_only_fields = ["name_th", "name_en", "created", "updated"]


class DistrictSerializer(serializers.ModelSerializer):
    class Meta:
        model = District
        fields = ["code", "province", "name_th", "name_en", "postal_code"]
