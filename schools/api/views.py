from django.db.models import Prefetch
from django.utils.translation import ngettext
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, extend_schema, inline_serializer
from rest_framework import exceptions, serializers
from rest_framework.decorators import action
from rest_framework.parsers import FormParser, JSONParser, MultiPartParser
from rest_framework.response import Response

from provinces.models import Province
from sandbox.access import can_add_anything
from sandbox.api import ModelViewSet
from sandbox.services import versioned
from schools import readiness, services
from schools.api import serializers as s
from schools.filtersets import (
    AgencyFilterSet,
    InnovationFilterSet,
    MembershipEventFilterSet,
    PilotSchoolFilterSet,
    QuestionFilterSet,
    QuestionnaireFilterSet,
    ResponseFilterSet,
    SectionFilterSet,
    SituationAnalysisFilterSet,
)
from schools.importer import import_schools
from schools.models import (
    Agency,
    Innovation,
    InnovationFile,
    MembershipEvent,
    PilotSchool,
    ReadinessAnswer,
    ReadinessQuestion,
    ReadinessQuestionnaire,
    ReadinessResponse,
    ReadinessSection,
    SituationAnalysis,
)


class AgencyViewSet(ModelViewSet):
    queryset = Agency.objects.select_related("province")
    serializer_class = s.AgencySerializer
    filterset_class = AgencyFilterSet
    ordering_fields = ["code", "name_th"]
    ordering = ["code"]


class PilotSchoolViewSet(ModelViewSet):
    queryset = PilotSchool.objects.select_related("province", "agency", "district")
    serializer_class = s.PilotSchoolSerializer
    filterset_class = PilotSchoolFilterSet
    ordering_fields = ["code", "name_th", "province", "students"]
    ordering = ["code"]

    @extend_schema(request={"multipart/form-data": s.ImportRequestSerializer},
                   responses={200: s.SchoolImportReportSerializer, 400: s.ImportFailureSerializer})
    @action(detail=False, methods=["post"], url_path="import", parser_classes=[MultiPartParser, FormParser],
            filter_backends=[])
    def import_file(self, request):
        """Check a CSV/XLSX file of schools (dry_run, the default) or import it when every row is good."""
        if not can_add_anything(request.user, PilotSchool):
            raise exceptions.PermissionDenied()
        params = s.ImportRequestSerializer(data=request.data)
        params.is_valid(raise_exception=True)
        report = import_schools(request.user, params.validated_data["file"],
                                dry_run=params.validated_data["dry_run"])
        data = s.SchoolImportReportSerializer(report).data
        if report.ok:
            return Response(data)
        message = ngettext("%(count)d problem found; nothing was imported.",
                           "%(count)d problems found; nothing was imported.", len(report.errors)) % {
            "count": len(report.errors)}
        return Response({"code": "invalid", "message": message, **data}, status=400)


class MembershipEventViewSet(ModelViewSet):
    queryset = MembershipEvent.objects.select_related("school")
    serializer_class = s.MembershipEventSerializer
    filterset_class = MembershipEventFilterSet
    ordering_fields = ["date", "school"]
    ordering = ["school_id", "date", "id"]
    delete_with = versioned(services.delete_membership_event)


RANKING = inline_serializer("ReadinessRanking", {
    "agency": serializers.IntegerField(),
    "rows": inline_serializer("ReadinessRankingRow", {
        "rank": serializers.IntegerField(allow_null=True), "school": serializers.IntegerField(),
        "code": serializers.CharField(), "name": serializers.CharField(),
        "director_score": serializers.DecimalField(5, 2, allow_null=True),
        "supervisor_score": serializers.DecimalField(5, 2, allow_null=True),
        "score": serializers.DecimalField(5, 2, allow_null=True),
        "scores_hidden": serializers.BooleanField()}, many=True),
})


def _ranking_row(row):
    return {"rank": row.rank, "school": row.school.pk, "code": row.school.code, "name": row.school.name,
            "director_score": _str(row.director_score), "supervisor_score": _str(row.supervisor_score),
            "score": _str(row.score), "scores_hidden": row.hidden}


class QuestionnaireViewSet(ModelViewSet):
    queryset = ReadinessQuestionnaire.objects.all()
    serializer_class = s.QuestionnaireSerializer
    filterset_class = QuestionnaireFilterSet
    ordering_fields = ["year"]
    ordering = ["-year", "id"]

    @extend_schema(parameters=[OpenApiParameter("agency", OpenApiTypes.INT, required=True)], responses=RANKING)
    @action(detail=True, methods=["get"], filter_backends=[], pagination_class=None)
    def ranking(self, request, pk=None):
        """The agency's pilot schools ordered by readiness score (mean of director and supervisor)."""
        questionnaire = self.get_object()
        agency = Agency.objects.restrict(request.user).filter(pk=_int(request.query_params.get("agency"))).first()
        if agency is None:
            raise exceptions.ValidationError({"agency": [_agency_message()]})
        rows = readiness.agency_ranking(questionnaire, agency, request.user)
        return Response({"agency": agency.pk, "rows": [_ranking_row(r) for r in rows]})

    @extend_schema(parameters=[OpenApiParameter("province", OpenApiTypes.STR, required=True)],
                   responses=OpenApiTypes.OBJECT)
    @action(detail=True, methods=["get"], filter_backends=[], pagination_class=None)
    def synthesis(self, request, pk=None):
        """Averages per section, the weakest sections and questions, and each agency's average, for a province."""
        questionnaire = self.get_object()
        province = Province.objects.filter(code=request.query_params.get("province", "")).first()
        if province is None:
            raise exceptions.ValidationError({"province": [_province_message()]})
        result = readiness.province_synthesis(questionnaire, province, request.user)
        section = lambda x: {"section": x.section.pk, "title": x.section.name, "average": _str(x.average),  # noqa: E731
                             "director_average": _str(x.director_average),
                             "supervisor_average": _str(x.supervisor_average)}
        return Response({
            "province": province.code, "schools": result.schools, "responses": result.responses,
            "average": _str(result.average),
            "sections": [section(x) for x in result.sections],
            "weakest_sections": [section(x) for x in result.weakest_sections],
            "weakest_questions": [{"question": q.question.pk, "text": q.question.text, "average": _str(q.average)}
                                  for q in result.weakest_questions],
            "ranking": [_ranking_row(r) for r in result.ranking],
            "agencies": [{"agency": a.pk, "code": a.code, "name": a.name, "average": _str(avg), "responses": n}
                         for a, avg, n in result.agencies],
        })


def _int(value):
    return int(value) if str(value or "").isdigit() else 0


def _str(value):
    return None if value is None else str(value)


def _agency_message():
    from django.utils.translation import gettext as _

    return _("Choose an affiliation office you may see.")


def _province_message():
    from django.utils.translation import gettext as _

    return _("Choose a province by its code.")


class SectionViewSet(ModelViewSet):
    queryset = ReadinessSection.objects.all()
    serializer_class = s.SectionSerializer
    filterset_class = SectionFilterSet
    ordering = ["questionnaire_id", "order", "id"]


class QuestionViewSet(ModelViewSet):
    queryset = ReadinessQuestion.objects.all()
    serializer_class = s.QuestionSerializer
    filterset_class = QuestionFilterSet
    ordering = ["section_id", "order", "id"]


class ResponseViewSet(ModelViewSet):
    queryset = ReadinessResponse.objects.select_related("respondent").prefetch_related(
        Prefetch("answers", queryset=ReadinessAnswer.objects.order_by("question_id")))
    serializer_class = s.ResponseSerializer
    filterset_class = ResponseFilterSet
    ordering_fields = ["score", "updated"]
    ordering = ["questionnaire_id", "school_id", "respondent_role"]


class SituationAnalysisViewSet(ModelViewSet):
    queryset = SituationAnalysis.objects.all()
    serializer_class = s.SituationAnalysisSerializer
    filterset_class = SituationAnalysisFilterSet
    ordering_fields = ["year", "school"]
    ordering = ["-year", "school_id"]


class InnovationViewSet(ModelViewSet):
    queryset = Innovation.objects.prefetch_related("files")
    serializer_class = s.InnovationSerializer
    filterset_class = InnovationFilterSet
    ordering_fields = ["created", "title", "year"]
    ordering = None  # a search orders by relevance; otherwise the model's newest-first ordering


class InnovationFileViewSet(ModelViewSet):
    queryset = InnovationFile.objects.all()
    serializer_class = s.InnovationFileSerializer
    parser_classes = [MultiPartParser, FormParser, JSONParser]
    filterset_fields = ["innovation"]
    ordering = ["innovation_id", "id"]
