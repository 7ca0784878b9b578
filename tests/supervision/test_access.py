"""The permission battery for every model of the supervision app."""

from supervision.models import (
    CompetencyAssessment,
    CompetencyComponent,
    CompetencyCriterion,
    CompetencyRound,
    Cooperation,
    Event,
    EventStation,
    FollowUpAction,
    FollowUpVisit,
    Partner,
    SupportRecord,
)
from tests.battery import PermissionBattery, form_fields
from tests.supervision.factories import (
    ActionFactory,
    AssessmentFactory,
    ComponentFactory,
    CooperationFactory,
    CriterionFactory,
    EventFactory,
    PartnerFactory,
    RoundFactory,
    StationFactory,
    SupportFactory,
    VisitFactory,
)

OFFICES = {"sbn_admin", "province_officer"}
SUPERVISORS = {"sbn_admin", "province_officer", "agency_supervisor"}
SCOPED = {"sbn_admin", "sbn_viewer", "province_officer", "agency_supervisor", "school_director", "school_staff"}
P = "supervision:"


def urls(name, with_list=True):
    return (f"{P}{name}-list" if with_list else None, f"{P}{name}-detail", f"{P}{name}-add", f"{P}{name}-edit",
            f"{P}{name}-delete")


class TestFollowUpVisitPermissions(PermissionBattery):
    model = FollowUpVisit
    api_url = "/api/v1/follow-up-visits/"
    page_list, page_detail, page_add, page_edit, page_delete = urls("visit")
    may_view = SCOPED
    may_add = may_change = may_delete = SUPERVISORS

    def make(self, world, side):
        return VisitFactory(school=world.side(side).school)

    def api_payload(self, world, side):
        return {"school": world.side(side).school.pk, "date": "2024-09-10", "visitors": "ศน. สพป.",
                "focus": "ติดตามผลการวิเคราะห์สถานการณ์", "focus_aspects": ["learner_quality"], "status": "visited"}

    def api_change(self, obj):
        return {"findings": "ครูใช้ PLC ทุกสัปดาห์"}, ("findings", "ครูใช้ PLC ทุกสัปดาห์")

    def form_data(self, world, side):
        return {"school": world.side(side).school.pk, "date": "2024-09-10", "status": "visited",
                "visitors": "ศน.", "focus": "หลักสูตร", "focus_aspects": ["curriculum"], "findings": ""}

    def page_change(self, obj):
        data = form_fields(obj, "school", "date", "status", "visitors", "focus", findings="พบแนวปฏิบัติที่ดี")
        data["focus_aspects"] = obj.focus_aspects
        return data, ("findings", "พบแนวปฏิบัติที่ดี")


class TestFollowUpActionPermissions(PermissionBattery):
    model = FollowUpAction
    api_url = "/api/v1/follow-up-actions/"
    page_list, page_detail, page_add, page_edit, page_delete = urls("action")
    may_view = SCOPED
    may_add = may_delete = SUPERVISORS
    may_change = SUPERVISORS | {"school_director"}

    def make(self, world, side):
        return ActionFactory(visit=VisitFactory(school=world.side(side).school))

    def api_payload(self, world, side):
        visit = VisitFactory(school=world.side(side).school)
        return {"visit": visit.pk, "description": "อบรมครู", "owner": "ผอ.", "due_date": "2024-11-30"}

    def api_change(self, obj):
        return {"note": "อบรมแล้ว 2 ครั้ง"}, ("note", "อบรมแล้ว 2 ครั้ง")

    def form_data(self, world, side):
        visit = VisitFactory(school=world.side(side).school)
        return {"visit": visit.pk, "description": "อบรมครู", "owner": "ผอ.", "due_date": "2024-11-30",
                "status": "open"}

    def page_change(self, obj):
        data = form_fields(obj, "visit", "description", "owner", "due_date", "status", note="คืบหน้าครึ่งหนึ่ง")
        return data, ("note", "คืบหน้าครึ่งหนึ่ง")


class TestCompetencyRoundPermissions(PermissionBattery):
    model = CompetencyRound
    api_url = "/api/v1/competency-rounds/"
    page_list, page_detail, page_add, page_edit, page_delete = urls("round")
    may_add = may_change = may_delete = {"sbn_admin"}

    def make(self, world, side):
        return RoundFactory()

    def api_payload(self, world, side):
        return {"name_th": "การประเมินสมรรถนะ 2568", "year": 2568}

    def api_change(self, obj):
        return {"is_open": False}, ("is_open", False)

    def form_data(self, world, side):
        return {"name_th": "การประเมินสมรรถนะ 2568", "name_en": "", "year": "2568", "description": "",
                "is_open": "on"}

    def page_change(self, obj):
        data = form_fields(obj, "name_th", "name_en", "year", "description", "is_open", name_en="Director 2567")
        return data, ("name_en", "Director 2567")


class TestCompetencyCriterionPermissions(PermissionBattery):
    model = CompetencyCriterion
    api_url = "/api/v1/competency-criteria/"
    _list, page_detail, page_add, page_edit, page_delete = urls("criterion", with_list=False)
    may_add = may_change = may_delete = {"sbn_admin"}

    def make(self, world, side):
        return CriterionFactory()

    def api_payload(self, world, side):
        return {"round": RoundFactory().pk, "order": 1, "title": "ภาวะผู้นำ"}

    def api_change(self, obj):
        return {"title": "ภาวะผู้นำทางวิชาการ"}, ("title", "ภาวะผู้นำทางวิชาการ")

    def form_data(self, world, side):
        return {"round": RoundFactory().pk, "order": "1", "title": "ภาวะผู้นำ"}

    def page_change(self, obj):
        return form_fields(obj, "round", "order", title="การบริหารงานบุคคล"), ("title", "การบริหารงานบุคคล")


class TestCompetencyComponentPermissions(PermissionBattery):
    model = CompetencyComponent
    api_url = "/api/v1/competency-components/"
    _list, page_detail, page_add, page_edit, page_delete = urls("component", with_list=False)
    may_add = may_change = may_delete = {"sbn_admin"}

    def make(self, world, side):
        return ComponentFactory()

    def api_payload(self, world, side):
        return {"criterion": CriterionFactory().pk, "title": "การนิเทศภายใน", "levels": ["ต่ำ", "กลาง", "สูง"]}

    def api_change(self, obj):
        return {"title": "การนิเทศภายในโรงเรียน"}, ("title", "การนิเทศภายในโรงเรียน")

    def form_data(self, world, side):
        return {"criterion": CriterionFactory().pk, "order": "1", "title": "การนิเทศ", "levels": "ต่ำ\nสูง"}

    def page_change(self, obj):
        data = form_fields(obj, "criterion", "order", title="การวัดผล", levels="\n".join(obj.levels))
        return data, ("title", "การวัดผล")


class TestCompetencyAssessmentPermissions(PermissionBattery):
    """A self-assessment: personal to its director, never read by school staff or other schools."""

    model = CompetencyAssessment
    api_url = "/api/v1/competency-assessments/"
    page_list, page_detail, page_add, page_edit, page_delete = urls("assessment")
    may_view = {"sbn_admin", "sbn_viewer", "province_officer", "agency_supervisor", "school_director"}
    may_add = may_change = {"sbn_admin", "school_director"}
    may_delete = {"sbn_admin"}

    def make(self, world, side):
        return AssessmentFactory(school=world.side(side).school)

    def api_payload(self, world, side):
        return {"round": RoundFactory().pk, "school": world.side(side).school.pk, "director_name": "นางสาวมาลี",
                "kind": "self"}

    def api_change(self, obj):
        return {"comment": "ต้องพัฒนาด้านการนิเทศ"}, ("comment", "ต้องพัฒนาด้านการนิเทศ")

    def form_data(self, world, side):
        return {"round": RoundFactory().pk, "school": world.side(side).school.pk, "director_name": "นางสาวมาลี",
                "kind": "self", "comment": ""}

    def page_change(self, obj):
        data = form_fields(obj, "round", "school", "director_name", "kind", comment="ประเมินตนเองแล้ว")
        return data, ("comment", "ประเมินตนเองแล้ว")


class TestSupportRecordPermissions(PermissionBattery):
    model = SupportRecord
    api_url = "/api/v1/support-records/"
    page_list, page_detail, page_add, page_edit, page_delete = urls("support")
    may_add = may_change = may_delete = SUPERVISORS

    def make(self, world, side):
        return SupportFactory(school=world.side(side).school)

    def api_payload(self, world, side):
        s = world.side(side)
        return {"agency": s.agency.pk, "school": s.school.pk, "kind": "budget", "date": "2024-08-01",
                "description": "งบพัฒนาหลักสูตร", "amount": "15000.00", "aspect": "curriculum"}

    def api_change(self, obj):
        return {"quantity": "5 ครั้ง"}, ("quantity", "5 ครั้ง")

    def form_data(self, world, side):
        s = world.side(side)
        return {"agency": s.agency.pk, "school": s.school.pk, "kind": "training", "date": "2024-08-01",
                "description": "อบรมครู", "quantity": "40 คน", "amount": "", "aspect": "teacher_development"}

    def page_change(self, obj):
        data = form_fields(obj, "agency", "school", "kind", "date", "description", "aspect", quantity="6 ครั้ง")
        return data, ("quantity", "6 ครั้ง")


class TestEventPermissions(PermissionBattery):
    model = Event
    api_url = "/api/v1/events/"
    page_list, page_detail, page_add, page_edit, page_delete = urls("event")
    may_add = may_change = may_delete = OFFICES

    def make(self, world, side):
        return EventFactory(province=world.side(side).province)

    def api_payload(self, world, side):
        return {"title": "เวทีแลกเปลี่ยนเรียนรู้", "kind": "forum", "start_date": "2024-05-13",
                "province": world.side(side).province.code, "participants": 150,
                "participant_groups": ["สถานศึกษานำร่อง", "ภาคีเครือข่าย"]}

    def api_change(self, obj):
        return {"participants": 321}, ("participants", 321)

    def form_data(self, world, side):
        return {"title": "เวทีแลกเปลี่ยน", "kind": "forum", "mode": "onsite", "start_date": "2024-05-13",
                "province": world.side(side).province.code, "participants": "80",
                "participant_groups": "ครู\nผู้บริหาร"}

    def page_change(self, obj):
        data = form_fields(obj, "title", "kind", "mode", "start_date", "province", participants="99")
        return data, ("participants", 99)


class TestEventStationPermissions(PermissionBattery):
    model = EventStation
    api_url = "/api/v1/event-stations/"
    _list, page_detail, page_add, page_edit, page_delete = urls("station", with_list=False)
    may_add = may_change = may_delete = OFFICES

    def make(self, world, side):
        return StationFactory(event=EventFactory(province=world.side(side).province))

    def api_payload(self, world, side):
        province = world.side(side).province
        return {"event": EventFactory(province=province).pk, "province": province.code, "participants": 64}

    def api_change(self, obj):
        return {"participants": 70}, ("participants", 70)

    def form_data(self, world, side):
        province = world.side(side).province
        return {"event": EventFactory(province=province).pk, "province": province.code, "participants": "64"}

    def page_change(self, obj):
        return form_fields(obj, "event", "province", participants="71"), ("participants", 71)


class TestPartnerPermissions(PermissionBattery):
    model = Partner
    api_url = "/api/v1/partners/"
    page_list, page_detail, page_add, page_edit, page_delete = urls("partner")
    may_add = may_change = may_delete = OFFICES

    def make(self, world, side):
        return PartnerFactory(province=world.side(side).province)

    def api_payload(self, world, side):
        return {"name": "องค์การบริหารส่วนจังหวัด", "sector": "local_government",
                "province": world.side(side).province.code}

    def api_change(self, obj):
        return {"contact": "โทร 044 000 000"}, ("contact", "โทร 044 000 000")

    def form_data(self, world, side):
        return {"name": "บริษัทท้องถิ่น", "sector": "private", "province": world.side(side).province.code}

    def page_change(self, obj):
        return form_fields(obj, "name", "sector", "province", contact="อีเมล"), ("contact", "อีเมล")


class TestCooperationPermissions(PermissionBattery):
    model = Cooperation
    api_url = "/api/v1/partner-cooperations/"
    page_list, page_detail, page_add, page_edit, page_delete = urls("cooperation")
    may_add = may_change = may_delete = OFFICES

    def make(self, world, side):
        s = world.side(side)
        return CooperationFactory(province=s.province, school=s.school)

    def api_payload(self, world, side):
        s = world.side(side)
        return {"partner": PartnerFactory().pk, "province": s.province.code, "school": s.school.pk,
                "title": "ค่ายวิทยาศาสตร์", "start_date": "2024-06-01"}

    def api_change(self, obj):
        return {"description": "ต่อเนื่องปีที่สอง"}, ("description", "ต่อเนื่องปีที่สอง")

    def form_data(self, world, side):
        s = world.side(side)
        return {"partner": PartnerFactory().pk, "province": s.province.code, "title": "ค่ายวิทยาศาสตร์",
                "start_date": "2024-06-01"}

    def page_change(self, obj):
        data = form_fields(obj, "partner", "province", "school", "title", "start_date", description="ปีที่สอง")
        return data, ("description", "ปีที่สอง")
