from rest_framework import serializers

from provinces.models import District, Province
from sandbox.api import ModelSerializer
from schools.models import Agency, PilotSchool


class AgencySerializer(ModelSerializer):
    province = serializers.SlugRelatedField(slug_field="code", queryset=Province.objects.all())

    class Meta:
        model = Agency
        fields = ["id", "code", "name_th", "name_en", "kind", "province", "created", "updated"]


class PilotSchoolSerializer(ModelSerializer):
    province = serializers.SlugRelatedField(slug_field="code", queryset=Province.objects.all())
    district = serializers.SlugRelatedField(slug_field="code", queryset=District.objects.all(), required=False,
                                            allow_null=True)
    agency = serializers.PrimaryKeyRelatedField(queryset=Agency.objects.all())

    class Meta:
        model = PilotSchool
        fields = ["id", "code", "name_th", "name_en", "province", "agency", "district", "status", "created",
                  "updated"]
