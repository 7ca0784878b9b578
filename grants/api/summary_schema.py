"""The spending summary's answer, described for the schema (grants.summaries builds it; the view sends
its money and rates as strings)."""

from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers


def money(**kwargs):
    return serializers.CharField(help_text="Baht, as a decimal string.", **kwargs)


@extend_schema_field({"oneOf": [{"type": "string"}, {"type": "integer"}]})
class KeyField(serializers.Field):
    """A province's DOPA code, or an affiliation office's, school's or category's id."""


class FiguresSerializer(serializers.Serializer):
    schools = serializers.IntegerField(required=False)
    allocated = money(required=False)
    received = money(required=False)
    spent = money()
    balance = money(required=False)
    spend_rate = serializers.CharField(allow_null=True, required=False, help_text="Per cent spent of allocated.")
    not_reported = serializers.IntegerField(required=False)
    planned = money(required=False)


class SummaryRowSerializer(FiguresSerializer):
    key = KeyField()
    code = serializers.CharField()
    name = serializers.CharField()
    reported = serializers.BooleanField(allow_null=True, required=False)
    province_code = serializers.CharField(required=False)
    agency_id = serializers.IntegerField(required=False)
    province_name = serializers.CharField(required=False)
    agency_name = serializers.CharField(required=False)
    share = serializers.CharField(allow_null=True, required=False, help_text="Per cent of all spending (categories).")


class SpendingSummarySerializer(serializers.Serializer):
    fiscal_year = serializers.IntegerField(help_text="B.E.")
    group_by = serializers.CharField()
    as_of = serializers.DateTimeField(allow_null=True, help_text="When the figures were last brought up to date.")
    due_month = serializers.DateField(allow_null=True)
    totals = FiguresSerializer()
    results = SummaryRowSerializer(many=True)
