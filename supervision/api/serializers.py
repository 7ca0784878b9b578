from rest_framework import serializers

from provinces.models import Province
from sandbox.api import ModelSerializer
from schools.models import Agency, PilotSchool, ReadinessSection
from schools.models.situation import ASPECTS
from supervision import services
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


def province_field(**kwargs):
    return serializers.SlugRelatedField(slug_field="code", queryset=Province.objects.all(), **kwargs)


class Serializer(ModelSerializer):
    """Uniqueness is checked by the model's constraints in full_clean(), with the model's own messages."""

    class Meta:
        validators = []


class FollowUpActionSerializer(Serializer):
    is_overdue = serializers.BooleanField(read_only=True)

    class Meta(Serializer.Meta):
        model = FollowUpAction
        fields = ["id", "visit", "description", "owner", "owner_user", "due_date", "status", "completed_on", "note",
                  "is_overdue", "created", "updated"]


class FollowUpVisitSerializer(Serializer):
    school = serializers.PrimaryKeyRelatedField(queryset=PilotSchool.objects.all())
    focus_aspects = serializers.ListField(child=serializers.ChoiceField(choices=ASPECTS), required=False)
    readiness_gaps = serializers.PrimaryKeyRelatedField(queryset=ReadinessSection.objects.all(), many=True,
                                                        required=False)
    actions = FollowUpActionSerializer(many=True, read_only=True)

    class Meta(Serializer.Meta):
        model = FollowUpVisit
        fields = ["id", "school", "date", "visitors", "focus", "focus_aspects", "readiness_gaps",
                  "situation_analysis", "findings", "status", "actions", "created", "updated"]

    def create(self, validated_data):
        gaps = validated_data.pop("readiness_gaps", None)
        visit = super().create(validated_data)
        if gaps is not None:
            visit.readiness_gaps.set(gaps)
        return visit

    def update(self, instance, validated_data):
        gaps = validated_data.pop("readiness_gaps", None)
        visit = super().update(instance, validated_data)
        if gaps is not None:
            visit.readiness_gaps.set(gaps)
        return visit


class CompetencyRoundSerializer(Serializer):
    class Meta(Serializer.Meta):
        model = CompetencyRound
        fields = ["id", "name_th", "name_en", "year", "description", "is_open", "created", "updated"]


class CompetencyCriterionSerializer(Serializer):
    class Meta(Serializer.Meta):
        model = CompetencyCriterion
        fields = ["id", "round", "order", "title", "created", "updated"]


class CompetencyComponentSerializer(Serializer):
    levels = serializers.ListField(child=serializers.CharField(), help_text="Level descriptions, level 1 first.")

    class Meta(Serializer.Meta):
        model = CompetencyComponent
        fields = ["id", "criterion", "order", "title", "levels", "created", "updated"]


class CompetencyAssessmentSerializer(Serializer):
    school = serializers.PrimaryKeyRelatedField(queryset=PilotSchool.objects.all())
    levels = serializers.DictField(child=serializers.IntegerField(), required=False,
                                   help_text="The level chosen per component: {component id: level}.")
    save_with = staticmethod(services.save_assessment)

    class Meta(Serializer.Meta):
        model = CompetencyAssessment
        fields = ["id", "round", "school", "director_name", "kind", "levels", "score", "comment", "assessed_by",
                  "created", "updated"]
        read_only_fields = ["score", "assessed_by"]


class SupportRecordSerializer(Serializer):
    agency = serializers.PrimaryKeyRelatedField(queryset=Agency.objects.all())
    school = serializers.PrimaryKeyRelatedField(queryset=PilotSchool.objects.all())

    class Meta(Serializer.Meta):
        model = SupportRecord
        fields = ["id", "agency", "school", "kind", "date", "description", "quantity", "amount", "aspect",
                  "created", "updated"]


class EventStationSerializer(Serializer):
    province = province_field()

    class Meta(Serializer.Meta):
        model = EventStation
        fields = ["id", "event", "province", "participants", "note", "created", "updated"]


class EventSerializer(Serializer):
    province = province_field(required=False, allow_null=True)
    participant_groups = serializers.ListField(child=serializers.CharField(), required=False)
    attachment = serializers.FileField(required=False, allow_null=True)
    stations = EventStationSerializer(many=True, read_only=True)

    class Meta(Serializer.Meta):
        model = Event
        fields = ["id", "title", "kind", "mode", "start_date", "end_date", "province", "venue", "organisers",
                  "description", "participants", "participant_groups", "participant_names", "attachment",
                  "stations", "created", "updated"]


class CooperationSerializer(Serializer):
    province = province_field()
    school = serializers.PrimaryKeyRelatedField(queryset=PilotSchool.objects.all(), required=False, allow_null=True)
    attachment = serializers.FileField(required=False, allow_null=True)

    class Meta(Serializer.Meta):
        model = Cooperation
        fields = ["id", "partner", "province", "school", "title", "description", "start_date", "end_date",
                  "attachment", "created", "updated"]


class PartnerSerializer(Serializer):
    province = province_field(required=False, allow_null=True)

    class Meta(Serializer.Meta):
        model = Partner
        fields = ["id", "name", "sector", "province", "website", "contact", "description", "created", "updated"]
