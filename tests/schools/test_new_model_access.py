"""The permission battery for every model the schools app added beyond Agency and PilotSchool."""

import datetime

from django.core.files.uploadedfile import SimpleUploadedFile

from schools.models import (
    Innovation,
    InnovationFile,
    MembershipEvent,
    ReadinessQuestion,
    ReadinessQuestionnaire,
    ReadinessResponse,
    ReadinessSection,
    SituationAnalysis,
)
from schools.services import submit_readiness
from tests.battery import PermissionBattery, form_fields
from tests.schools.factories import (
    InnovationFactory,
    MembershipEventFactory,
    QuestionFactory,
    QuestionnaireFactory,
    SectionFactory,
    SituationAnalysisFactory,
    questionnaire_with,
)

OFFICES = {"sbn_admin", "province_officer"}
SCHOOL_EDITORS = {"sbn_admin", "school_director", "school_staff"}
SCOPED_VIEWERS = {"sbn_admin", "sbn_viewer", "province_officer", "agency_supervisor", "school_director",
                  "school_staff"}


class TestMembershipEventPermissions(PermissionBattery):
    model = MembershipEvent
    api_url = "/api/v1/membership-events/"
    page_list, page_detail = "schools:membership-list", "schools:membership-detail"
    page_add, page_edit, page_delete = "schools:membership-add", "schools:membership-edit", "schools:membership-delete"
    may_add = may_change = may_delete = OFFICES

    def make(self, world, side):
        return MembershipEventFactory(school=world.side(side).school)

    def api_payload(self, world, side):
        return {"school": world.side(side).school.pk, "kind": "joined", "date": "2024-07-25",
                "approved_by": "กขน.บุรีรัมย์"}

    def api_change(self, obj):
        return {"reason": "ยื่นคำขอใหม่"}, ("reason", "ยื่นคำขอใหม่")

    def form_data(self, world, side):
        return {"school": world.side(side).school.pk, "kind": "joined", "date": "2024-07-25",
                "approved_by": "กขน.", "reference": "", "reason": ""}

    def page_change(self, obj):
        data = form_fields(obj, "school", "kind", "date", "approved_by", "reference", reason="มติ กขน. ครั้งที่ 2")
        return data, ("reason", "มติ กขน. ครั้งที่ 2")


class TestQuestionnairePermissions(PermissionBattery):
    model = ReadinessQuestionnaire
    api_url = "/api/v1/readiness-questionnaires/"
    page_list, page_detail = "schools:questionnaire-list", "schools:questionnaire-detail"
    page_add, page_edit, page_delete = ("schools:questionnaire-add", "schools:questionnaire-edit",
                                        "schools:questionnaire-delete")
    may_add = may_change = may_delete = {"sbn_admin"}

    def make(self, world, side):
        return QuestionnaireFactory()

    def api_payload(self, world, side):
        return {"name_th": "แบบสอบถาม 2568", "year": 2568}

    def api_change(self, obj):
        return {"is_open": False}, ("is_open", False)

    def form_data(self, world, side):
        return {"name_th": "แบบสอบถาม 2568", "name_en": "", "year": "2568", "description": "", "is_open": "on"}

    def page_change(self, obj):
        data = form_fields(obj, "name_th", "name_en", "year", "description", "is_open",
                           name_th="แบบสอบถามความพร้อม (ปรับปรุง)")
        return data, ("name_th", "แบบสอบถามความพร้อม (ปรับปรุง)")


class TestSectionPermissions(PermissionBattery):
    model = ReadinessSection
    api_url = "/api/v1/readiness-sections/"
    page_add, page_edit, page_delete = "schools:section-add", "schools:section-edit", "schools:section-delete"
    may_add = may_change = may_delete = {"sbn_admin"}

    def make(self, world, side):
        return SectionFactory()

    def api_payload(self, world, side):
        return {"questionnaire": QuestionnaireFactory().pk, "order": 1, "name_th": "ด้านผู้เรียน", "weight": "2.00"}

    def api_change(self, obj):
        return {"name_en": "Learners"}, ("name_en", "Learners")

    def form_data(self, world, side):
        return {"questionnaire": QuestionnaireFactory().pk, "order": "1", "name_th": "ด้านครู", "name_en": "",
                "weight": "1"}

    def page_change(self, obj):
        data = form_fields(obj, "questionnaire", "order", "name_th", "weight", name_en="Teachers")
        return data, ("name_en", "Teachers")


class TestQuestionPermissions(PermissionBattery):
    model = ReadinessQuestion
    api_url = "/api/v1/readiness-questions/"
    page_add, page_edit, page_delete = "schools:question-add", "schools:question-edit", "schools:question-delete"
    may_add = may_change = may_delete = {"sbn_admin"}

    def make(self, world, side):
        return QuestionFactory()

    def api_payload(self, world, side):
        return {"section": SectionFactory().pk, "order": 1, "text_th": "มีแผนพัฒนาหลักสูตร", "scale_max": 5,
                "weight": "1.00"}

    def api_change(self, obj):
        return {"scale_max": 4}, ("scale_max", 4)

    def form_data(self, world, side):
        return {"section": SectionFactory().pk, "order": "1", "text_th": "มีแผน", "text_en": "", "scale_max": "5",
                "weight": "1"}

    def page_change(self, obj):
        data = form_fields(obj, "section", "order", "text_th", "text_en", "weight", scale_max="4")
        return data, ("scale_max", 4)


def _director(world, side):
    from tests.factories import user_with_role

    s = world.side(side)
    if side == "own":
        return world.users["school_director"]
    return user_with_role("school_director", s.school)


class TestResponsePermissions(PermissionBattery):
    """A response is made by the school's director; supervisors change only their own (tested elsewhere)."""

    model = ReadinessResponse
    api_url = "/api/v1/readiness-responses/"
    page_list, page_detail, page_delete = ("schools:response-list", "schools:response-detail",
                                           "schools:response-delete")
    may_view = SCOPED_VIEWERS
    may_add = {"school_director", "agency_supervisor"}
    may_change = {"sbn_admin", "school_director"}
    may_delete = {"sbn_admin"}

    def make(self, world, side):
        questionnaire, questions = questionnaire_with([(1, [(5, 1), (5, 1)])])
        return submit_readiness(_director(world, side), questionnaire, world.side(side).school,
                                {q.pk: 4 for q in questions})

    def api_payload(self, world, side):
        questionnaire, questions = questionnaire_with([(1, [(5, 1), (4, 1)])])
        return {"questionnaire": questionnaire.pk, "school": world.side(side).school.pk,
                "answers": [{"question": q.pk, "value": 3} for q in questions]}

    def api_change(self, obj):
        return {"comment": "ตรวจทานแล้ว"}, ("comment", "ตรวจทานแล้ว")


class TestSituationAnalysisPermissions(PermissionBattery):
    model = SituationAnalysis
    api_url = "/api/v1/situation-analyses/"
    page_list, page_detail = "schools:situation-list", "schools:situation-detail"
    page_add, page_edit, page_delete = "schools:situation-add", "schools:situation-edit", "schools:situation-delete"
    may_add = may_change = SCHOOL_EDITORS
    may_delete = {"sbn_admin", "school_director"}

    def make(self, world, side):
        return SituationAnalysisFactory(school=world.side(side).school)

    def api_payload(self, world, side):
        return {"school": world.side(side).school.pk, "year": 2568, "curriculum_current": "หลักสูตรฐานสมรรถนะ"}

    def api_change(self, obj):
        return {"other_forward": "ขอรับการสนับสนุน"}, ("other_forward", "ขอรับการสนับสนุน")

    def form_data(self, world, side):
        return {"school": world.side(side).school.pk, "year": "2568", "learner_quality_current": "ดี"}

    def page_change(self, obj):
        from schools.models import ASPECTS

        aspects = [f"{name}_{when}" for name, _label in ASPECTS for when in ("current", "forward")]
        data = form_fields(obj, "school", "year", *aspects, other_forward="ขอครูอัตราจ้าง")
        return data, ("other_forward", "ขอครูอัตราจ้าง")


class TestInnovationPermissions(PermissionBattery):
    model = Innovation
    api_url = "/api/v1/innovations/"
    page_list, page_detail = "schools:innovation-list", "schools:innovation-detail"
    page_add, page_edit, page_delete = ("schools:innovation-add", "schools:innovation-edit",
                                        "schools:innovation-delete")
    may_add = may_change = SCHOOL_EDITORS
    may_delete = {"sbn_admin", "school_director"}

    def make(self, world, side):
        return InnovationFactory(school=world.side(side).school)

    def api_payload(self, world, side):
        return {"title": "ห้องเรียนกลับด้าน", "kind": "learning", "abstract": "สรุป", "school": world.side(side).school.pk,
                "levels": ["primary"], "keywords": ["ห้องเรียนกลับด้าน"]}

    def api_change(self, obj):
        return {"benefit": "ผู้เรียนเรียนรู้ได้ด้วยตนเอง"}, ("benefit", "ผู้เรียนเรียนรู้ได้ด้วยตนเอง")

    def form_data(self, world, side):
        return {"title": "ห้องเรียนกลับด้าน", "kind": "learning", "school": world.side(side).school.pk, "year": "",
                "levels": ["primary"], "abstract": "สรุป", "benefit": "", "creators": "ครูสมศรี",
                "keywords": "ห้องเรียน,สมรรถนะ"}

    def page_change(self, obj):
        data = form_fields(obj, "title", "kind", "school", "year", "levels", "abstract", "creators",
                           keywords="ห้องเรียนกลับด้าน", benefit="ผู้เรียนทบทวนบทเรียนเองได้")
        return data, ("benefit", "ผู้เรียนทบทวนบทเรียนเองได้")


PDF = b"%PDF-1.4\n% test\n"


class TestInnovationFilePermissions(PermissionBattery):
    model = InnovationFile
    api_url = "/api/v1/innovation-files/"
    page_delete = "schools:innovation-file-delete"
    may_add = may_change = may_delete = SCHOOL_EDITORS

    def make(self, world, side):
        innovation = InnovationFactory(school=world.side(side).school)
        return InnovationFile.objects.create(innovation=innovation, title="คู่มือ",
                                             file=SimpleUploadedFile("manual.pdf", PDF))

    def api_payload(self, world, side):
        return None  # uploads are multipart; see test_innovations.py

    def api_change(self, obj):
        return {"title": "คู่มือครู"}, ("title", "คู่มือครู")


__all__ = ["datetime"]
