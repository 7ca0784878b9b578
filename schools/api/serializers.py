from django.db import transaction
from rest_framework import serializers

from provinces.models import District, Province
from sandbox.api import ModelSerializer
from sandbox.services import lock_and_check, versioned
from schools import services
from schools.models import (
    Agency,
    Innovation,
    InnovationFile,
    MembershipEvent,
    PilotSchool,
    ReadinessQuestion,
    ReadinessQuestionnaire,
    ReadinessResponse,
    ReadinessSection,
    SchoolLevel,
    SituationAnalysis,
)


class LevelsField(serializers.MultipleChoiceField):
    """Levels as a JSON list in the order of the choices; a bad value gets one plain message."""

    def __init__(self, **kwargs):
        kwargs.setdefault("required", False)
        super().__init__(choices=SchoolLevel.choices, **kwargs)

    def to_internal_value(self, data):
        values = super().to_internal_value(data)
        return [value for value in SchoolLevel.values if value in values]

    def to_representation(self, value):
        return list(value or [])


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
    levels = LevelsField()

    class Meta:
        model = PilotSchool
        fields = ["id", "code", "smis_code", "obec_code", "name_th", "name_en", "province", "agency", "district",
                  "address", "latitude", "longitude", "levels", "students", "teachers", "director_name", "phone",
                  "email", "website", "status", "created", "updated"]
        read_only_fields = ["status"]


class MembershipEventSerializer(ModelSerializer):
    """Writes go through the membership service, which keeps the school's status in step."""

    save_with = versioned(services.save_membership_event)
    school = serializers.PrimaryKeyRelatedField(queryset=PilotSchool.objects.all())

    class Meta:
        model = MembershipEvent
        fields = ["id", "school", "kind", "date", "reason", "approved_by", "reference", "created", "updated"]


class QuestionnaireSerializer(ModelSerializer):
    class Meta:
        model = ReadinessQuestionnaire
        fields = ["id", "name_th", "name_en", "year", "description", "is_open", "created", "updated"]


class SectionSerializer(ModelSerializer):
    class Meta:
        model = ReadinessSection
        fields = ["id", "questionnaire", "order", "name_th", "name_en", "weight", "created", "updated"]


class QuestionSerializer(ModelSerializer):
    class Meta:
        model = ReadinessQuestion
        fields = ["id", "section", "order", "text_th", "text_en", "scale_max", "weight", "created", "updated"]


class AnswerSerializer(serializers.Serializer):
    question = serializers.IntegerField()
    value = serializers.IntegerField()


class ResponseSerializer(ModelSerializer):
    """Answers in and scores out; the respondent's role follows from who answers."""

    questionnaire = serializers.PrimaryKeyRelatedField(queryset=ReadinessQuestionnaire.objects.all())
    school = serializers.PrimaryKeyRelatedField(queryset=PilotSchool.objects.all())
    answers = AnswerSerializer(many=True, write_only=True)
    answer_values = serializers.SerializerMethodField()
    respondent = serializers.SlugRelatedField(slug_field="username", read_only=True)

    class Meta:
        model = ReadinessResponse
        fields = ["id", "questionnaire", "school", "respondent_role", "respondent", "score", "section_scores",
                  "comment", "answers", "answer_values", "created", "updated"]
        read_only_fields = ["respondent_role", "score", "section_scores"]

    def get_answer_values(self, obj) -> dict[str, int]:
        return {str(a.question_id): a.value for a in obj.answers.all()}

    def _submit(self, questionnaire, school, role, data):
        answers = {a["question"]: a["value"] for a in data.get("answers", [])}
        return services.submit_readiness(self.context["request"].user, questionnaire, school, answers,
                                         respondent_role=role, comment=data.get("comment", ""))

    def create(self, validated_data):
        return self._submit(validated_data["questionnaire"], validated_data["school"], None, validated_data)

    def update(self, instance, validated_data):
        data = dict(validated_data)
        if "answers" not in data:  # a comment alone: keep the answers given
            data["answers"] = [{"question": a.question_id, "value": a.value} for a in instance.answers.all()]
        data.setdefault("comment", instance.comment)
        with transaction.atomic():
            # The service locks the school, then the response: take them in that order.
            PilotSchool.objects.select_for_update().get(pk=instance.school_id)
            lock_and_check(instance, self.context.get("if_match"))
            return self._submit(instance.questionnaire, instance.school, instance.respondent_role, data)


class SituationAnalysisSerializer(ModelSerializer):
    school = serializers.PrimaryKeyRelatedField(queryset=PilotSchool.objects.all())

    class Meta:
        model = SituationAnalysis
        fields = "__all__"


class InnovationFileSerializer(ModelSerializer):
    innovation = serializers.PrimaryKeyRelatedField(queryset=Innovation.objects.all())

    class Meta:
        model = InnovationFile
        fields = ["id", "innovation", "file", "title", "size", "created", "updated"]


class InnovationSerializer(ModelSerializer):
    school = serializers.PrimaryKeyRelatedField(queryset=PilotSchool.objects.all())
    levels = LevelsField()
    files = serializers.SerializerMethodField()

    class Meta:
        model = Innovation
        fields = ["id", "title", "kind", "levels", "year", "abstract", "benefit", "school", "creators", "keywords",
                  "files", "created", "updated"]

    def get_files(self, obj) -> list[dict]:
        request = self.context.get("request")
        return [{"id": f.id, "title": str(f), "size": f.size,
                 "url": request.build_absolute_uri(f.file.url) if request else f.file.url} for f in obj.files.all()]


class ImportRequestSerializer(serializers.Serializer):
    file = serializers.FileField()
    dry_run = serializers.BooleanField(default=True)


class RowErrorSerializer(serializers.Serializer):
    row = serializers.IntegerField()
    column = serializers.CharField()
    message = serializers.CharField()


class SchoolImportReportSerializer(serializers.Serializer):
    filename = serializers.CharField()
    dry_run = serializers.BooleanField()
    ok = serializers.BooleanField()
    rows = serializers.IntegerField()
    created = serializers.IntegerField()
    errors = RowErrorSerializer(many=True)


class ImportFailureSerializer(serializers.Serializer):
    """A 400 from the import: either the API's usual error (a bad request) or a report of bad rows."""

    code = serializers.CharField()
    message = serializers.CharField()
    errors = serializers.JSONField(help_text="Bad rows as a list of {row, column, message}, or bad request "
                                             "fields as {field: [messages]}.")
    filename = serializers.CharField(required=False)
    dry_run = serializers.BooleanField(required=False)
    ok = serializers.BooleanField(required=False)
    rows = serializers.IntegerField(required=False)
    created = serializers.IntegerField(required=False)
