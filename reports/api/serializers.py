from django.urls import reverse
from rest_framework import serializers

from reports.models import ReportJob, ReportKind


class ReportJobSerializer(serializers.ModelSerializer):
    kind_display = serializers.CharField(source="get_kind_display", read_only=True)
    status_display = serializers.CharField(source="get_status_display", read_only=True)
    files = serializers.SerializerMethodField()

    class Meta:
        model = ReportJob
        fields = ["id", "kind", "kind_display", "parameters", "title", "status", "status_display", "progress",
                  "progress_message", "error", "attempts", "files", "created", "started", "finished"]
        read_only_fields = fields

    def get_files(self, job) -> dict[str, str]:
        request = self.context.get("request")
        links = {}
        for fmt, _field in job.files():
            url = reverse("reportjob-download", args=[job.pk, fmt])
            links[fmt] = request.build_absolute_uri(url) if request else url
        return links


class ReportRequestSerializer(serializers.Serializer):
    kind = serializers.ChoiceField(choices=ReportKind.choices)
    parameters = serializers.DictField(required=False, default=dict,
                                       help_text="For example {\"province\": \"31\", \"fiscal_year\": 2567}.")
