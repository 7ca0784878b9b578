"""The bulk sign-off's answer, described for the schema (PeriodViewSet.bulk builds it)."""

from rest_framework import serializers

from grants.api.serializers import BulkResultSerializer


class BulkAnswerSerializer(serializers.Serializer):
    done = serializers.IntegerField(help_text="How many periods took the step.")
    refused = serializers.IntegerField(help_text="How many were refused; `results` says why.")
    results = BulkResultSerializer(many=True, help_text="One row per period asked for (a repeated id once), "
                                                       "in the order asked.")
