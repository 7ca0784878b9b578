from django.urls import reverse
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import mixins, status, viewsets
from rest_framework.decorators import action
from rest_framework.response import Response

from reports import downloads, services
from reports.api.serializers import ReportJobSerializer, ReportRequestSerializer
from reports.models import ReportJob
from sandbox import idempotency
from sandbox.api import ApiSchema, ExportMixin, VersionedMixin


class ReportJobViewSet(VersionedMixin, ExportMixin, mixins.ListModelMixin, mixins.RetrieveModelMixin,
                       viewsets.GenericViewSet):
    """Report jobs of the signed-in user. POST queues a job and answers 202; poll it until it is done."""

    queryset = ReportJob.objects.all()
    serializer_class = ReportJobSerializer
    filterset_fields = ["kind", "status"]
    ordering_fields = ["created"]
    ordering = ["-created", "-pk"]
    schema = ApiSchema()

    def get_queryset(self):
        return ReportJob.objects.of(self.request.user)

    @extend_schema(request=ReportRequestSerializer, responses={202: ReportJobSerializer})
    def create(self, request, *args, **kwargs):
        return idempotency.once(request, lambda: self._request_report(request))

    def _request_report(self, request):
        incoming = ReportRequestSerializer(data=request.data)
        incoming.is_valid(raise_exception=True)
        job = services.request_report(request.user, incoming.validated_data["kind"],
                                      incoming.validated_data["parameters"],
                                      language=getattr(request, "LANGUAGE_CODE", None))
        body = ReportJobSerializer(job, context=self.get_serializer_context()).data
        location = request.build_absolute_uri(reverse("reportjob-detail", args=[job.pk]))
        response = Response(body, status=status.HTTP_202_ACCEPTED, headers={"Location": location})
        return self.with_etag(response, job)

    @extend_schema(responses={(200, "application/octet-stream"): OpenApiTypes.BINARY}, parameters=[
        OpenApiParameter("fmt", OpenApiTypes.STR, OpenApiParameter.PATH, enum=["pdf", "xlsx"])])
    @action(detail=True, methods=["get"], url_path=r"download/(?P<fmt>(?:pdf|xlsx))", filter_backends=[])
    def download(self, request, pk=None, fmt=None):
        return downloads.file_response(self.get_object(), fmt)
