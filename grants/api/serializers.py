from django.urls import reverse
from django.utils.functional import cached_property
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from grants import services
from grants.forms import LAST_FISCAL_YEAR
from grants.models import Allocation, Category, Expenditure, FiscalYear, Period, PlanLine, Programme, Transfer
from sandbox.api import ModelSerializer
from schools.models import PilotSchool


class FiscalYearSerializer(ModelSerializer):
    class Meta:
        model = FiscalYear
        fields = ["id", "year", "start", "end", "is_open", "due_day", "created", "updated"]
        read_only_fields = ["start", "end"]
        extra_kwargs = {"year": {"max_value": LAST_FISCAL_YEAR}}


class ProgrammeSerializer(ModelSerializer):
    class Meta:
        model = Programme
        fields = ["id", "code", "name_th", "name_en", "is_active"]


class CategorySerializer(ModelSerializer):
    class Meta:
        model = Category
        fields = ["id", "code", "name_th", "name_en", "sort_order", "is_active"]


class AllocationSerializer(ModelSerializer):
    save_with = services.save_allocation
    school = serializers.PrimaryKeyRelatedField(queryset=PilotSchool.objects.all())
    fiscal_year = serializers.SlugRelatedField(slug_field="year", queryset=FiscalYear.objects.all())
    programme = serializers.SlugRelatedField(slug_field="code", queryset=Programme.objects.all())

    class Meta:
        model = Allocation
        fields = ["id", "school", "fiscal_year", "programme", "amount", "note", "created", "updated"]


class TransferSerializer(ModelSerializer):
    save_with = services.save_transfer

    class Meta:
        model = Transfer
        fields = ["id", "allocation", "installment", "date", "amount", "reference", "created", "updated"]


class PlanLineSerializer(ModelSerializer):
    category = serializers.SlugRelatedField(slug_field="code", queryset=Category.objects.all())

    class Meta:
        model = PlanLine
        fields = ["id", "allocation", "activity", "category", "planned_amount", "created", "updated"]


class WarningSerializer(serializers.Serializer):
    code = serializers.ChoiceField(choices=["over_plan_line", "over_received"])
    message = serializers.CharField()


class ExpenditureSerializer(ModelSerializer):
    save_with = services.save_expenditure
    fiscal_year = serializers.SlugRelatedField(slug_field="year", read_only=True)
    category = serializers.SlugRelatedField(slug_field="code", queryset=Category.objects.all())
    receipt = serializers.FileField(write_only=True, required=False, allow_null=True)
    receipt_url = serializers.SerializerMethodField()
    warnings = serializers.SerializerMethodField()
    confirm_duplicate = serializers.BooleanField(
        write_only=True, required=False, default=False,
        help_text="Record the row although the same receipt (school, number, amount, date) is recorded; "
                  "without it such a write is 409 likely_duplicate naming the matching row.")

    class Meta:
        model = Expenditure
        fields = ["id", "allocation", "school", "fiscal_year", "date", "amount", "category", "plan_line",
                  "description", "payee", "receipt_number", "receipt", "receipt_url", "receipt_type",
                  "confirm_duplicate", "warnings", "created", "updated"]
        read_only_fields = ["school", "receipt_type"]

    def create(self, validated_data):
        confirm = validated_data.pop("confirm_duplicate", False)
        instance = self.Meta.model(**validated_data)
        instance.confirm_duplicate = confirm  # read by grants.services.save_expenditure
        return self.save_instance(instance)

    def update(self, instance, validated_data):
        instance.confirm_duplicate = validated_data.pop("confirm_duplicate", False)
        return super().update(instance, validated_data)

    @extend_schema_field(WarningSerializer(many=True))
    def get_warnings(self, obj):
        """After a write: what it took past a plan line or past the transfers received (saved all the same)."""
        return getattr(obj, "warnings", [])

    @extend_schema_field(serializers.URLField(allow_null=True))
    def get_receipt_url(self, obj):
        """The API's receipt download, absolute: it answers a token and a browser session alike."""
        if not obj.receipt:
            return None
        url = reverse("expenditure-receipt", args=[obj.pk])
        request = self.context.get("request")
        return request.build_absolute_uri(url) if request is not None else url


# Module-level: fields declared on a serializer class would become output fields of their own.
LIST_AMOUNT = serializers.DecimalField(max_digits=14, decimal_places=2)
LIST_TIME = serializers.DateTimeField()
LIST_VALUES = {
    "id": lambda o: o.pk, "allocation": lambda o: o.allocation_id, "school": lambda o: o.school_id,
    "fiscal_year": lambda o: o.fiscal_year.year, "date": lambda o: o.date.isoformat(),
    "amount": lambda o: LIST_AMOUNT.to_representation(o.amount), "category": lambda o: o.category.code,
    "plan_line": lambda o: o.plan_line_id, "description": lambda o: o.description, "payee": lambda o: o.payee,
    "receipt_number": lambda o: o.receipt_number, "receipt_type": lambda o: o.receipt_type,
    "created": lambda o: LIST_TIME.to_representation(o.created),
    "updated": lambda o: LIST_TIME.to_representation(o.updated),
}


class ExpenditureListSerializer(ExpenditureSerializer):
    """The same fields and values as ExpenditureSerializer, the plain ones read straight from the row: a
    page of 500 rows otherwise spends most of its time walking DRF's field machinery, cell by cell.
    A field not in LIST_VALUES goes through its DRF field as before. Needs fiscal_year and category
    loaded with the row (the list's select_related)."""

    @cached_property
    def _plan(self):
        return [(name, LIST_VALUES.get(name), field) for name, field in self.fields.items() if not field.write_only]

    def to_representation(self, obj):
        values = {}
        for name, value, field in self._plan:
            if value is not None:
                values[name] = value(obj)
            else:
                attribute = field.get_attribute(obj)
                values[name] = None if attribute is None else field.to_representation(attribute)
        return values


class PeriodStepSerializer(serializers.Serializer):
    action = serializers.CharField()
    from_status = serializers.CharField()
    to_status = serializers.CharField()
    user = serializers.CharField(source="user.username")
    comment = serializers.CharField()
    at = serializers.DateTimeField(source="created")


class PeriodSerializer(ModelSerializer):
    fiscal_year = serializers.SlugRelatedField(slug_field="year", queryset=FiscalYear.objects.all())
    school = serializers.PrimaryKeyRelatedField(queryset=PilotSchool.objects.all())
    quarter = serializers.IntegerField(read_only=True)
    actions = serializers.SerializerMethodField()
    steps = PeriodStepSerializer(many=True, read_only=True)

    class Meta:
        model = Period
        fields = ["id", "school", "fiscal_year", "month", "quarter", "status", "comment", "submitted_at",
                  "approved_at", "actions", "steps", "created", "updated"]
        read_only_fields = ["status", "comment"]

    def get_actions(self, obj) -> list[str]:
        return services.allowed_actions(self.context["request"].user, obj)

    def create(self, validated_data):
        return services.open_period(self.context["request"].user, validated_data["school"],
                                    validated_data["fiscal_year"], validated_data["month"])


class TransitionSerializer(serializers.Serializer):
    comment = serializers.CharField(required=False, allow_blank=True, default="")


class BulkTransitionSerializer(TransitionSerializer):
    action = serializers.ChoiceField(choices=sorted(services.CHAINED_STEPS))
    ids = serializers.ListField(child=serializers.IntegerField(min_value=1), min_length=1,
                                max_length=services.BULK_LIMIT)


class BulkResultSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    ok = serializers.BooleanField()
    status = serializers.CharField(allow_null=True)
    code = serializers.CharField()
    message = serializers.CharField(allow_blank=True)
