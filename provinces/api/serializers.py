from rest_framework import serializers

from provinces import values
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
from sandbox.api import ModelSerializer


class ProvinceSerializer(ModelSerializer):
    code = serializers.CharField(read_only=True)
    stage = serializers.SerializerMethodField(help_text="The furthest designation step completed, or null.")

    class Meta:
        model = Province
        fields = ["code", "name_th", "name_en", "is_sandbox", "cohort", "stage", "created", "updated"]
        read_only_fields = ["name_th", "name_en", "created", "updated"]

    def get_stage(self, province) -> str | None:
        stage = province.stage
        return stage.value if stage else None


class DistrictSerializer(serializers.ModelSerializer):
    class Meta:
        model = District
        fields = ["code", "province", "name_th", "name_en", "postal_code"]


def province_field():
    return serializers.SlugRelatedField(slug_field="code", queryset=Province.objects.filter(is_sandbox=True))


class ScopedSerializer(ModelSerializer):
    """Uniqueness is checked by the model's constraints in full_clean(), with the model's own messages."""

    class Meta:
        validators = []


class MilestoneSerializer(ScopedSerializer):
    province = province_field()
    document = serializers.FileField(required=False, allow_null=True,
                                     help_text="A PDF, uploaded as multipart/form-data.")

    class Meta(ScopedSerializer.Meta):
        model = Milestone
        fields = ["id", "province", "kind", "status", "date", "note", "document", "link", "created", "updated"]


class StrategySerializer(ScopedSerializer):
    province = province_field()

    class Meta(ScopedSerializer.Meta):
        model = Strategy
        fields = ["id", "province", "year", "vision", "missions", "goals", "strategies", "approaches", "created",
                  "updated"]


class OutcomeSummarySerializer(ScopedSerializer):
    province = province_field()

    class Meta(ScopedSerializer.Meta):
        model = OutcomeSummary
        fields = ["id", "province", "year", "what_worked", "experience", "innovations", "strengths", "weaknesses",
                  "shortcomings", "created", "updated"]


class DesiredOutcomeSerializer(ScopedSerializer):
    province = province_field()

    class Meta(ScopedSerializer.Meta):
        model = DesiredOutcome
        fields = ["id", "province", "code", "title", "description", "position", "created", "updated"]


class KeyResultAreaSerializer(ScopedSerializer):
    province = serializers.CharField(source="outcome.province_id", read_only=True)

    class Meta(ScopedSerializer.Meta):
        model = KeyResultArea
        fields = ["id", "province", "outcome", "code", "title", "position", "strategy", "strategy_number",
                  "created", "updated"]


class YearSerializer(serializers.Serializer):
    fiscal_year = serializers.IntegerField()
    target = serializers.DecimalField(max_digits=14, decimal_places=2)
    actual = serializers.DecimalField(max_digits=14, decimal_places=2, allow_null=True)
    on_track = serializers.BooleanField(allow_null=True)


class IndicatorSerializer(ScopedSerializer):
    province = serializers.CharField(source="kra.outcome.province_id", read_only=True)
    years = serializers.SerializerMethodField()
    off_track = serializers.SerializerMethodField()

    class Meta(ScopedSerializer.Meta):
        model = Indicator
        fields = ["id", "province", "kra", "code", "title", "unit", "baseline", "baseline_year", "direction",
                  "position", "years", "off_track", "created", "updated"]

    def get_years(self, indicator) -> YearSerializer(many=True):
        return YearSerializer([row._asdict() for row in indicator.yearly()], many=True).data

    def get_off_track(self, indicator) -> bool:
        return indicator.off_track()


class IndicatorRowSerializer(ScopedSerializer):
    province = serializers.CharField(source="indicator.kra.outcome.province_id", read_only=True)


class IndicatorTargetSerializer(IndicatorRowSerializer):
    class Meta(ScopedSerializer.Meta):
        model = IndicatorTarget
        fields = ["id", "province", "indicator", "fiscal_year", "target", "created", "updated"]


class IndicatorValueSerializer(IndicatorRowSerializer):
    evidence_file = serializers.FileField(required=False, allow_null=True,
                                          help_text="PDF, image or Office file, uploaded as multipart/form-data.")
    save_with = staticmethod(values.save_value)

    class Meta(ScopedSerializer.Meta):
        model = IndicatorValue
        fields = ["id", "province", "indicator", "fiscal_year", "value", "measured_on", "note", "evidence_file",
                  "evidence_link", "status", "submitted_by", "submitted_at", "reviewed_by", "reviewed_at",
                  "return_reason", "created", "updated"]
        read_only_fields = ["status", "submitted_by", "submitted_at", "reviewed_by", "reviewed_at", "return_reason"]


class ReturnReasonSerializer(serializers.Serializer):
    # A blank reason is refused by the service, with its own message, as on the page.
    reason = serializers.CharField(allow_blank=True,
                                   help_text="Why SBN returns the value; the province office reads it.")


class ActionSerializer(IndicatorRowSerializer):
    class Meta(ScopedSerializer.Meta):
        model = Action
        fields = ["id", "province", "indicator", "title", "description", "responsible", "fiscal_year", "status",
                  "created", "updated"]


class ProvinceGroupSerializer(ModelSerializer):
    provinces = serializers.SlugRelatedField(slug_field="code", many=True,
                                             queryset=Province.objects.filter(is_sandbox=True))

    class Meta:
        model = ProvinceGroup
        fields = ["id", "name", "overseer", "description", "provinces", "created", "updated"]
        validators = []

    def create(self, validated_data):
        provinces = validated_data.pop("provinces", [])
        group = super().create(validated_data)
        group.provinces.set(provinces)
        return group

    def update(self, instance, validated_data):
        provinces = validated_data.pop("provinces", None)
        group = super().update(instance, validated_data)
        if provinces is not None:
            group.provinces.set(provinces)
        return group


class SummaryCallSerializer(ModelSerializer):
    class Meta:
        model = SummaryCall
        fields = ["id", "year", "due_date", "note", "reminded_at", "created", "updated"]
        validators = []
