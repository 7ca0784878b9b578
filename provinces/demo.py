"""Demo rows: Buriram's designation steps (public dates), the other cohorts' known announcements,
and an illustrative strategy and results framework for Buriram (marked as examples)."""

import datetime
from decimal import Decimal

from django.db import transaction

from provinces.models import (
    Action,
    ActionStatus,
    DesiredOutcome,
    Indicator,
    IndicatorTarget,
    IndicatorValue,
    KeyResultArea,
    Milestone,
    MilestoneKind,
    OutcomeSummary,
    Province,
    Strategy,
)

D = datetime.date
K = MilestoneKind

# Buriram (31), the twentieth area: the steps reported by the provincial education office on 25 Jul 2024.
BURIRAM_STEPS = [
    (D(2022, 11, 30), K.PETITION, "คณะผู้เสนอยื่นคำร้องขอจัดตั้งพื้นที่นวัตกรรมการศึกษาจังหวัดบุรีรัมย์ต่อ กนน."),
    (D(2023, 1, 10), K.COMMITTEE_APPROVAL, "กนน. ประชุมทบทวนมติเห็นชอบให้จังหวัดบุรีรัมย์เป็นพื้นที่นวัตกรรมการศึกษา"),
    (D(2024, 3, 26), K.CABINET_RESOLUTION, "คณะรัฐมนตรีมีมติให้จังหวัดบุรีรัมย์เป็นพื้นที่นวัตกรรมการศึกษา"),
    (D(2024, 5, 9), K.GAZETTE, "ประกาศในราชกิจจานุเบกษา"),
    (D(2024, 5, 21), K.DRIVING_COMMITTEE_SELECTION, "คณะกรรมการสรรหาประชุมคัดเลือกคณะกรรมการขับเคลื่อน (กขน.)"),
    (D(2024, 5, 24), K.OTHER, "กนน. เห็นชอบการแต่งตั้ง กขน. บุรีรัมย์"),
    (D(2024, 6, 5), K.DRIVING_COMMITTEE_APPOINTMENT, "ประธาน กนน. ลงนามคำสั่งแต่งตั้ง กขน. บุรีรัมย์"),
    (D(2024, 7, 3), K.OTHER, "ประชุม กขน. เรื่องยุทธศาสตร์และกลไกการขับเคลื่อน (ครั้งที่ 1)"),
    (D(2024, 7, 9), K.OTHER, "ประชุม กขน. เรื่องยุทธศาสตร์และกลไกการขับเคลื่อน (ครั้งที่ 2)"),
    (D(2024, 7, 25), K.OTHER, "ประชุมเชิงปฏิบัติการกับสถานศึกษา 40 แห่งที่เตรียมเป็นสถานศึกษานำร่อง "
                              "(สพป.บร 1–4, สพม.บร, สช., อปท.)"),
]

# First cohort: announced by the Ministry of Education in 2018; second cohort: Cabinet resolution 29 Nov 2022.
FIRST_COHORT_ANNOUNCEMENTS = {
    "91": D(2018, 8, 2),
    "21": D(2018, 9, 18), "33": D(2018, 9, 18),
    "50": D(2018, 10, 2), "71": D(2018, 10, 2), "94": D(2018, 10, 2), "95": D(2018, 10, 2), "96": D(2018, 10, 2),
}
SECOND_COHORT = ["10", "81", "22", "23", "83", "58", "90", "27", "64", "84", "34"]
SECOND_COHORT_RESOLUTION = D(2022, 11, 29)

EXAMPLE = "(ตัวอย่างสำหรับสาธิตระบบ)"


def _steps():
    buriram = Province.objects.get(code="31")
    for date, kind, note in BURIRAM_STEPS:
        Milestone.objects.get_or_create(province=buriram, kind=kind, date=date, defaults={"note": note})
    for code, date in FIRST_COHORT_ANNOUNCEMENTS.items():
        Milestone.objects.get_or_create(
            province_id=code, kind=K.GAZETTE, date=date,
            defaults={"note": "ประกาศกระทรวงศึกษาธิการกำหนดพื้นที่นวัตกรรมการศึกษา; อยู่ภายใต้ พ.ร.บ. "
                              "พื้นที่นวัตกรรมการศึกษา พ.ศ. 2562 ตั้งแต่ 1 พ.ค. 2562"},
        )
    for code in SECOND_COHORT:
        Milestone.objects.get_or_create(
            province_id=code, kind=K.CABINET_RESOLUTION, date=SECOND_COHORT_RESOLUTION,
            defaults={"note": "มติคณะรัฐมนตรีให้เป็นพื้นที่นวัตกรรมการศึกษา (พื้นที่ใหม่ 11 จังหวัด)"},
        )


def _strategy(buriram):
    Strategy.objects.get_or_create(province=buriram, year=2567, defaults={
        "vision": f"ผู้เรียนบุรีรัมย์มีทักษะชีวิต คิดเป็น ทำเป็น รักถิ่นฐาน ด้วยนวัตกรรมการศึกษาเชิงพื้นที่ {EXAMPLE}",
        "missions": ["พัฒนาหลักสูตรสถานศึกษาที่ตอบโจทย์ชุมชนและเศรษฐกิจจังหวัด",
                     "พัฒนาครูและผู้บริหารให้เป็นผู้นำการเปลี่ยนแปลง",
                     "สร้างเครือข่ายความร่วมมือทุกภาคส่วนในการจัดการศึกษา"],
        "goals": ["สถานศึกษานำร่องทุกแห่งใช้หลักสูตรฐานสมรรถนะที่ออกแบบเอง",
                  "ผลลัพธ์ผู้เรียนด้านการอ่านและคณิตศาสตร์สูงขึ้นทุกปี"],
        "strategies": ["ปลดล็อกการบริหารจัดการให้สถานศึกษามีอิสระ",
                       "พัฒนาหลักสูตรและการจัดการเรียนรู้ฐานสมรรถนะ",
                       "ติดตามและประเมินผลเชิงพัฒนา (DE)"],
    })


def _results(buriram):
    doe, _ = DesiredOutcome.objects.get_or_create(province=buriram, code="DOE1", defaults={
        "title": "ผู้เรียนอ่านออก เขียนได้ คิดเลขเป็น และคิดวิเคราะห์ได้", "description": EXAMPLE, "position": 1})
    kra, _ = KeyResultArea.objects.get_or_create(outcome=doe, code="KRA1.1", defaults={
        "title": "การจัดการเรียนรู้ฐานสมรรถนะในสถานศึกษานำร่อง", "position": 1})
    reading, _ = Indicator.objects.get_or_create(kra=kra, code="KPI1.1.1", defaults={
        "title": "ร้อยละของนักเรียน ป.1 ที่อ่านออกเขียนได้", "unit": "ร้อยละ", "baseline": Decimal("72.00"),
        "baseline_year": 2566, "position": 1})
    schools, _ = Indicator.objects.get_or_create(kra=kra, code="KPI1.1.2", defaults={
        "title": "จำนวนสถานศึกษานำร่องที่ใช้หลักสูตรฐานสมรรถนะ", "unit": "แห่ง", "baseline": Decimal("5"),
        "baseline_year": 2566, "position": 2})
    plan = {
        reading: [(2567, "78", "80.50"), (2568, "82", "79.00"), (2569, "86", None)],
        schools: [(2567, "15", "18"), (2568, "30", "31"), (2569, "40", None)],
    }
    for indicator, years in plan.items():
        for year, target, actual in years:
            IndicatorTarget.objects.get_or_create(indicator=indicator, fiscal_year=year,
                                                  defaults={"target": Decimal(target)})
            if actual is not None:
                IndicatorValue.objects.get_or_create(indicator=indicator, fiscal_year=year,
                                                     defaults={"value": Decimal(actual)})
    Action.objects.get_or_create(indicator=reading, title="ค่ายพัฒนาการอ่านช่วงปิดภาคเรียน", defaults={
        "fiscal_year": 2568, "status": ActionStatus.IN_PROGRESS, "responsible": "สพป.บุรีรัมย์ เขต 1–4"})
    Action.objects.get_or_create(indicator=schools, title="อบรมครูออกแบบหลักสูตรฐานสมรรถนะ", defaults={
        "fiscal_year": 2567, "status": ActionStatus.DONE, "responsible": "ศธจ.บุรีรัมย์"})


def _summary():
    OutcomeSummary.objects.get_or_create(province_id="91", year=2567, defaults={
        "what_worked": f"การเรียนรู้ฐานชุมชนและอุทยานธรณีโลกสตูลเป็นแหล่งเรียนรู้ {EXAMPLE}",
        "innovations": "หลักสูตรสถานศึกษาฐานสมรรถนะที่โรงเรียนออกแบบเอง",
        "strengths": "เครือข่ายความร่วมมือระหว่างโรงเรียน ชุมชน และหน่วยงานในจังหวัด",
        "weaknesses": "ภาระงานเอกสารของครูยังสูง และการติดตามผลลัพธ์ผู้เรียนยังไม่ต่อเนื่อง",
    })


@transaction.atomic
def seed():
    buriram = Province.objects.get(code="31")
    _steps()
    _strategy(buriram)
    _results(buriram)
    _summary()
