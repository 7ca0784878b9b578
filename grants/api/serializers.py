from django.urls import reverse
from django.utils import timezone
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


class ExpenditureListSerializer(ExpenditureSerializer):
    """What the list answers, for the schema: the same fields and values as ExpenditureSerializer. The
    list itself writes its rows with list_rows()/list_data() below, from tuples."""


# The list's columns, read as tuples: a page of 500 rows as model instances (each with its year,
# category and school) spent most of its time building them; these are all a row of the list shows.
LIST_COLUMNS = ("id", "allocation_id", "school_id", "fiscal_year__year", "date", "amount", "category__code",
                "plan_line_id", "description", "payee", "receipt_number", "receipt", "receipt_type", "created",
                "updated")


class ListRows:
    """The filtered, ordered queryset for the paginator: a slice of it is read as LIST_COLUMNS tuples,
    its count is taken without the joins that bring the year and the category (at a million rows the
    joined count of a national year took 175 ms, the plain one an index scan)."""

    def __init__(self, queryset, count=None):
        self.queryset = queryset.select_related(None)
        self.known_count = count

    def count(self):
        if self.known_count is not None:
            return self.known_count
        return self.queryset.order_by().count()

    def __len__(self):
        return self.count()

    def __getitem__(self, index):
        return list(self.queryset.values_list(*LIST_COLUMNS)[index])


def list_rows(queryset, count=None):
    """`count`, when the caller knows it (from the rollups), spares the paginator its COUNT(*)."""
    return ListRows(queryset, count)


def list_data(rows, request):
    """The rows as ExpenditureSerializer writes them (the list's tests compare the two), without its
    field machinery: amounts as strings of 2 decimals, times in the current time zone as DRF's ISO 8601."""
    zone = timezone.get_current_timezone()

    def moment(value):
        text = value.astimezone(zone).isoformat()
        return text[:-6] + "Z" if text.endswith("+00:00") else text

    def receipt_url(pk):
        url = reverse("expenditure-receipt", args=[pk])
        return request.build_absolute_uri(url) if request is not None else url

    return [{"id": pk, "allocation": allocation, "school": school, "fiscal_year": year, "date": day.isoformat(),
             "amount": f"{amount:.2f}", "category": category, "plan_line": plan_line, "description": description,
             "payee": payee, "receipt_number": number, "receipt_url": receipt_url(pk) if receipt else None,
             "receipt_type": receipt_type, "warnings": [], "created": moment(created), "updated": moment(updated)}
            for (pk, allocation, school, year, day, amount, category, plan_line, description, payee, number, receipt,
                 receipt_type, created, updated) in rows]


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
