"""Demo rows for the schools app: profiles, membership history, a readiness round with answers,
situation analyses and innovations. Safe to run again: existing rows are left as they are."""

import datetime
import hashlib
from decimal import Decimal

from django.contrib.auth import get_user_model

from sandbox.models import RoleAssignment
from schools.models import (
    Innovation,
    MembershipEvent,
    MembershipKind,
    PilotSchool,
    ReadinessQuestion,
    ReadinessQuestionnaire,
    ReadinessResponse,
    ReadinessSection,
    SchoolLevel,
    SituationAnalysis,
)
from schools.services import submit_readiness, sync_school_status

CENTRES = {"31": (Decimal("14.99"), Decimal("103.10")), "91": (Decimal("6.62"), Decimal("100.07"))}
JOINED = {"31": (datetime.date(2024, 7, 25), "กขน.บุรีรัมย์"), "91": (datetime.date(2019, 5, 20), "กนน.")}
LEVEL_SETS = [
    [SchoolLevel.PRE_PRIMARY, SchoolLevel.PRIMARY],
    [SchoolLevel.PRE_PRIMARY, SchoolLevel.PRIMARY, SchoolLevel.LOWER_SECONDARY],
    [SchoolLevel.LOWER_SECONDARY, SchoolLevel.UPPER_SECONDARY],
]

QUESTIONNAIRE = {
    "name_th": "แบบสอบถามความพร้อมของสถานศึกษานำร่อง ปีการศึกษา 2567",
    "name_en": "Pilot school readiness questionnaire, academic year 2567",
    "sections": [
        ("ด้านการบริหารจัดการและวิสัยทัศน์", "Management and vision", 2, [
            "สถานศึกษามีวิสัยทัศน์และเป้าหมายการเป็นสถานศึกษานำร่องที่ชัดเจน",
            "ผู้บริหารใช้ความเป็นอิสระในการบริหารงานวิชาการ งบประมาณ และบุคคล",
        ]),
        ("ด้านหลักสูตรและการจัดการเรียนรู้", "Curriculum and learning", 2, [
            "สถานศึกษามีหลักสูตรฐานสมรรถนะที่สอดคล้องกับบริบทชุมชน",
            "ครูจัดการเรียนรู้เชิงรุกที่เน้นผู้เรียนเป็นสำคัญ",
            "มีการวัดและประเมินผลที่สะท้อนสมรรถนะของผู้เรียน",
        ]),
        ("ด้านการพัฒนาครู", "Teacher development", 1, [
            "มีชุมชนแห่งการเรียนรู้ทางวิชาชีพ (PLC) อย่างต่อเนื่อง",
            "ครูได้รับการพัฒนาสู่การเป็นโค้ชผู้จัดกระบวนการเรียนรู้",
        ]),
        ("ด้านภาคีเครือข่ายและการสนับสนุน", "Partners and support", 1, [
            "ชุมชน องค์กรปกครองส่วนท้องถิ่น และภาคเอกชนมีส่วนร่วมในการจัดการศึกษา",
        ]),
    ],
}

ANALYSIS = {
    "learner_quality_current": "ผู้เรียนส่วนใหญ่อ่านออกเขียนได้ แต่ทักษะการคิดวิเคราะห์ยังต่ำกว่าเป้าหมาย",
    "learner_quality_forward": "จัดกิจกรรมโครงงานฐานชุมชนเพื่อพัฒนาการคิดวิเคราะห์",
    "curriculum_current": "ใช้หลักสูตรแกนกลางเป็นหลัก เริ่มทดลองหน่วยการเรียนรู้บูรณาการ",
    "curriculum_forward": "พัฒนาหลักสูตรฐานสมรรถนะของสถานศึกษาให้ครบทุกชั้น",
    "teacher_development_current": "มี PLC ทุกสัปดาห์แต่ยังไม่ครอบคลุมทุกกลุ่มสาระ",
    "teacher_development_forward": "ขยาย PLC และจับคู่ครูพี่เลี้ยงกับครูใหม่",
    "academic_support_current": "ศึกษานิเทศก์นิเทศภาคเรียนละครั้ง",
    "academic_support_forward": "ขอรับการโค้ชจากเครือข่ายมหาวิทยาลัยในพื้นที่",
    "general_support_current": "งานธุรการใช้เวลาครูมาก",
    "general_support_forward": "ลดภาระงานเอกสารโดยกรอกข้อมูลครั้งเดียว",
    "other_current": "",
    "other_forward": "ต้องการความยืดหยุ่นในการใช้งบประมาณเพื่อพัฒนานวัตกรรม",
}

INNOVATIONS = [
    ("นิทานพื้นบ้านสร้างนักอ่าน", "media", [SchoolLevel.PRIMARY],
     "ชุดนิทานพื้นบ้านจากปราชญ์ชาวบ้านใช้พัฒนาการอ่านออกเขียนได้ของนักเรียนชั้นประถมศึกษาตอนต้น",
     "นักเรียนอ่านคล่องขึ้นและรู้จักภูมิปัญญาท้องถิ่น", ["นิทาน", "การอ่าน", "ภูมิปัญญาท้องถิ่น"]),
    ("หลักสูตรฐานสมรรถนะผ้าไหมบุรีรัมย์", "curriculum", [SchoolLevel.LOWER_SECONDARY],
     "หลักสูตรสถานศึกษาบูรณาการการทอผ้าไหมกับคณิตศาสตร์และวิทยาศาสตร์บนฐานอาชีพของชุมชน",
     "ผู้เรียนมีทักษะอาชีพและเห็นคุณค่าของวัฒนธรรมชุมชน", ["ฐานสมรรถนะ", "ผ้าไหม", "ฐานอาชีพ"]),
    ("โค้ชชิ่งครูด้วยวงจร PLC", "management", [SchoolLevel.PRIMARY, SchoolLevel.LOWER_SECONDARY],
     "รูปแบบการพัฒนาครูสู่โค้ชผู้จัดกระบวนการเรียนรู้ผ่านชุมชนแห่งการเรียนรู้ทางวิชาชีพ",
     "ครูออกแบบการเรียนรู้เชิงรุกได้ด้วยตนเอง", ["PLC", "โค้ช"]),
    ("ห้องเรียนทะเลสตูล", "learning", [SchoolLevel.PRIMARY],
     "การจัดการเรียนรู้ฐานทรัพยากรทางทะเลและอุทยานธรณีโลกสตูล",
     "ผู้เรียนเข้าใจระบบนิเวศชายฝั่งและร่วมอนุรักษ์", ["อุทยานธรณี", "ทะเล"]),
]


def _digits(text, n):
    return int(hashlib.sha256(text.encode()).hexdigest(), 16) % n


def _profiles():
    for school in PilotSchool.objects.filter(levels=[]).select_related("province", "agency"):
        lat, lon = CENTRES.get(school.province_id, (Decimal("13.75"), Decimal("100.50")))
        school.levels = LEVEL_SETS[2] if school.agency.kind == "obec_secondary" else LEVEL_SETS[_digits(school.code, 2)]
        school.students = 80 + _digits(school.code + "s", 600)
        school.teachers = 6 + _digits(school.code + "t", 30)
        school.latitude = lat + Decimal(_digits(school.code + "y", 400) - 200) / 1000
        school.longitude = lon + Decimal(_digits(school.code + "x", 400) - 200) / 1000
        school.smis_code = school.code[2:]
        school.address = f"{school.district.name_th if school.district_id else ''} จังหวัด{school.province.name_th}"
        school.save()


def _membership():
    for school in PilotSchool.objects.filter(membership_events__isnull=True).select_related("province"):
        if school.province_id not in JOINED:
            continue
        joined, body = JOINED[school.province_id]
        if school.province_id == "31":
            MembershipEvent.objects.create(school=school, kind=MembershipKind.APPLIED, date=datetime.date(2024, 5, 14),
                                           reason="ประสงค์เข้าร่วมเป็นสถานศึกษานำร่อง")
        MembershipEvent.objects.create(school=school, kind=MembershipKind.JOINED, date=joined, approved_by=body)
        sync_school_status(school)


def _questionnaire():
    questionnaire, created = ReadinessQuestionnaire.objects.get_or_create(
        name_th=QUESTIONNAIRE["name_th"], defaults={"name_en": QUESTIONNAIRE["name_en"], "year": 2567,
                                                    "description": "สบน. จัดอันดับความพร้อมของสถานศึกษานำร่องรายเขต"})
    if created:
        for order, (name_th, name_en, weight, questions) in enumerate(QUESTIONNAIRE["sections"], start=1):
            section = ReadinessSection.objects.create(questionnaire=questionnaire, order=order, name_th=name_th,
                                                      name_en=name_en, weight=weight)
            for number, text in enumerate(questions, start=1):
                ReadinessQuestion.objects.create(section=section, order=number, text_th=text)
    return questionnaire


def _answers(questionnaire):
    users = get_user_model().objects.filter(username__in=["buriram.esa1", "buriram.director"]).in_bulk(
        field_name="username")
    questions = list(ReadinessQuestion.objects.filter(section__questionnaire=questionnaire))
    supervisor, director = users.get("buriram.esa1"), users.get("buriram.director")
    if supervisor is None:
        return
    for school in PilotSchool.objects.filter(agency__code="SPP-BR1"):
        if not ReadinessResponse.objects.filter(questionnaire=questionnaire, school=school,
                                                respondent_role="supervisor").exists():
            submit_readiness(supervisor, questionnaire, school,
                             {q.pk: 2 + _digits(f"{school.code}{q.pk}", 4) for q in questions})
    assignment = RoleAssignment.objects.filter(user=director, role="school_director").select_related(
        "school").first() if director else None
    director_school = assignment.school if assignment else None
    if director_school and not ReadinessResponse.objects.filter(
            questionnaire=questionnaire, school=director_school, respondent_role="director").exists():
        submit_readiness(director, questionnaire, director_school, {q.pk: 3 + _digits(str(q.pk), 3) for q in questions})


def _analyses():
    for school in PilotSchool.objects.filter(agency__code__in=["SPP-BR1", "SPM-BR"]).order_by("code")[:6]:
        SituationAnalysis.objects.get_or_create(school=school, year=2567, defaults=ANALYSIS)


def _innovations():
    schools = list(PilotSchool.objects.filter(province_id="31").order_by("code")[:3]) + list(
        PilotSchool.objects.filter(province_id="91").order_by("code")[:1])
    for school, (title, kind, levels, abstract, benefit, keywords) in zip(schools, INNOVATIONS, strict=False):
        if not Innovation.objects.filter(title=title).exists():
            Innovation.objects.create(title=title, kind=kind, levels=levels, year=2567, abstract=abstract,
                                      benefit=benefit, keywords=keywords, school=school,
                                      creators="คณะครูโรงเรียน" + school.name_th)


def seed():
    _profiles()
    _membership()
    questionnaire = _questionnaire()
    _answers(questionnaire)
    _analyses()
    _innovations()
