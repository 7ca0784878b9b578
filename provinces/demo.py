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
    ProvinceGroup,
    Strategy,
    SummaryCall,
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
    (D(2024, 5, 24), K.DRIVING_COMMITTEE_APPROVAL, "กนน. เห็นชอบการแต่งตั้ง กขน. บุรีรัมย์"),
    (D(2024, 6, 5), K.DRIVING_COMMITTEE_APPOINTMENT, "ประธาน กนน. ลงนามคำสั่งแต่งตั้ง กขน. บุรีรัมย์"),
    (D(2024, 7, 3), K.DRIVING_COMMITTEE_MEETING, "ประชุม กขน. เรื่องยุทธศาสตร์และกลไกการขับเคลื่อน (ครั้งที่ 1)"),
    (D(2024, 7, 9), K.DRIVING_COMMITTEE_MEETING, "ประชุม กขน. เรื่องยุทธศาสตร์และกลไกการขับเคลื่อน (ครั้งที่ 2)"),
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
            province_id=code, kind=K.MINISTRY_ANNOUNCEMENT, date=date,
            defaults={"note": "ประกาศกระทรวงศึกษาธิการกำหนดพื้นที่นำร่องนวัตกรรมการศึกษา (พ.ศ. 2561) ก่อนมี พ.ร.บ.; อยู่ภายใต้ พ.ร.บ. "
                              "พื้นที่นวัตกรรมการศึกษา พ.ศ. 2562 ตั้งแต่ 1 พ.ค. 2562"},
        )
    for code in SECOND_COHORT:
        Milestone.objects.get_or_create(
            province_id=code, kind=K.CABINET_RESOLUTION, date=SECOND_COHORT_RESOLUTION,
            defaults={"note": "มติคณะรัฐมนตรีให้เป็นพื้นที่นวัตกรรมการศึกษา (พื้นที่ใหม่ 11 จังหวัด)"},
        )


def _strategy(buriram):
    """Buriram's strategy as the provincial education office presented it on 25 July 2024."""
    Strategy.objects.update_or_create(province=buriram, year=2567, defaults={
        "vision": "บุรีรัมย์เมืองแห่งนวัตกรรมการศึกษา ผู้เรียนเป็นพลเมืองดี มีศักยภาพตลอดชีวิต",
        "missions": [
            "พัฒนาระบบและกลไกการจัดการศึกษา ให้ผู้เรียนเข้าถึงโอกาสทางการศึกษาและการเรียนรู้ตลอดชีวิต",
            "พัฒนาคุณภาพของผู้เรียนให้เป็นคนดีมีสุข ฉลาดรู้ ฉลาดคิด",
            "สร้างระบบนิเวศการเรียนรู้ ผู้เรียนมีคุณภาพชีวิตที่ดีตามวิถีพอเพียง",
            "พัฒนาศักยภาพ สมรรถนะ และความสามารถในการแข่งขัน ก้าวทันการเปลี่ยนแปลง",
        ],
        "goals": [
            "มีระบบและกลไกการจัดการศึกษาที่มีประสิทธิภาพ",
            "ผู้เรียนเข้าถึงโอกาสทางการศึกษาและการเรียนรู้ตลอดชีวิต",
            "ผู้เรียนได้รับการศึกษาที่มีคุณภาพ",
            "ผู้เรียนเป็นคนดี มีสุข ฉลาดรู้ ฉลาดคิด",
            "มีระบบนิเวศการเรียนรู้ที่มีประสิทธิภาพและประสิทธิผล",
            "ผู้เรียนมีคุณภาพชีวิตที่ดีตามวิถีพอเพียง",
            "ผู้เรียนมีศักยภาพ สมรรถนะ และมีความสามารถในการแข่งขัน ก้าวทันการเปลี่ยนแปลง",
        ],
        "strategies": [
            "ยุทธศาสตร์ที่ 1 การจัดการศึกษาเพื่อสร้างโอกาสทางการศึกษาและการเรียนรู้ตลอดชีวิต",
            "ยุทธศาสตร์ที่ 2 การจัดการศึกษาเพื่อพัฒนาคุณภาพผู้เรียนให้เป็นคนดี มีสุข ฉลาดรู้ ฉลาดคิด",
            "ยุทธศาสตร์ที่ 3 การจัดระบบนิเวศการเรียนรู้ที่เสริมสร้างคุณภาพชีวิตที่ดีตามวิถีพอเพียง",
            "ยุทธศาสตร์ที่ 4 การจัดการศึกษาเพื่อสร้างขีดความสามารถในการแข่งขันก้าวทันการเปลี่ยนแปลง",
        ],
        "approaches": [
            "คิดค้นและพัฒนานวัตกรรมการศึกษาและการเรียนรู้เพื่อยกระดับผลสัมฤทธิ์ทางการศึกษาของผู้เรียน "
            "รวมทั้งขยายผลไปใช้ในสถานศึกษาขั้นพื้นฐานอื่น โดยพัฒนาหลักสูตรฐานสมรรถนะในสถานศึกษานำร่อง "
            "เพื่อพัฒนาสมรรถนะแก่ผู้เรียนทั้งปัญญาภายในและปัญญาภายนอก",
            "ลดความเหลื่อมล้ำในการศึกษาแก่กลุ่มเด็กและเยาวชนนอกระบบการศึกษา โดยพัฒนานวัตกรรมการจัดการศึกษา"
            "บนฐานอาชีพที่สอดคล้องกับบริบทนิเวศ วัฒนธรรมชุมชน ให้เด็กและเยาวชนมีโอกาสการเรียนรู้ควบคู่กับ"
            "การมีอาชีพและรายได้ ดูแลตนเอง ครอบครัวและชุมชนได้",
            "กระจายอำนาจและให้อิสระแก่หน่วยงานทางการศึกษาและสถานศึกษานำร่องในพื้นที่นวัตกรรมการศึกษา "
            "เพื่อเพิ่มความคล่องตัวในการบริหารและการจัดการศึกษา โดยประยุกต์ใช้นวัตกรรมชุมชนแห่งการเรียนรู้"
            "ทางวิชาชีพ (PLC) ควบคู่กับการพัฒนาครูสู่โค้ชผู้จัดกระบวนการเรียนรู้",
            "สร้างและพัฒนากลไกในการจัดการศึกษาร่วมกันระหว่างภาครัฐ องค์กรปกครองส่วนท้องถิ่น ภาคเอกชน "
            "และภาคประชาสังคม โดยพัฒนาการจัดทำแผนบูรณาการ แผนงานและแผนงบประมาณระหว่างหน่วยงานที่"
            "เกี่ยวข้องกับสถานศึกษา",
        ],
    })


def _results(buriram):
    doe, _ = DesiredOutcome.objects.get_or_create(province=buriram, code="DOE1", defaults={
        "title": "ผู้เรียนอ่านออก เขียนได้ คิดเลขเป็น และคิดวิเคราะห์ได้", "description": EXAMPLE, "position": 1})
    kra, _ = KeyResultArea.objects.get_or_create(outcome=doe, code="KRA1.1", defaults={
        "title": "การจัดการเรียนรู้ฐานสมรรถนะในสถานศึกษานำร่อง", "position": 1,
        "strategy": Strategy.objects.get(province=buriram, year=2567), "strategy_number": 2})
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


# The ten areas the assistant secretary-general of OBEC oversees (meeting of 1 July 2024).
TEN_AREAS = ("กาญจนบุรี เชียงใหม่ ศรีสะเกษ ระยอง สตูล ปัตตานี ยะลา นราธิวาส บุรีรัมย์ และภูเก็ต",
             ["71", "50", "33", "21", "91", "94", "95", "96", "31", "83"])


def _groups():
    group, _ = ProvinceGroup.objects.get_or_create(name="10 พื้นที่ในการกำกับของผู้ช่วยเลขาธิการ กพฐ.", defaults={
        "overseer": "ผู้ช่วยเลขาธิการคณะกรรมการการศึกษาขั้นพื้นฐาน",
        "description": f"จังหวัด{TEN_AREAS[0]} (ประชุมสร้างความเข้าใจนโยบาย 1 ก.ค. 2567)"})
    group.provinces.set(TEN_AREAS[1])
    first, _ = ProvinceGroup.objects.get_or_create(name="8 จังหวัดเดิม (รุ่นที่ 1)", defaults={
        "description": "พื้นที่ที่ประกาศก่อนมี พ.ร.บ. ซึ่งต้องสรุปผลการดำเนินงาน"})
    first.provinces.set(Province.objects.filter(cohort=1))
    SummaryCall.objects.get_or_create(year=2567, defaults={
        "due_date": datetime.date(2024, 8, 30),
        "note": "สรุปผลการดำเนินงาน ประสบการณ์ นวัตกรรมที่เกิดขึ้น ความสำเร็จ จุดเด่น/จุดด้อย ข้อบกพร่อง"})


@transaction.atomic
def seed():
    buriram = Province.objects.get(code="31")
    _steps()
    _groups()
    _strategy(buriram)
    _results(buriram)
    _summary()
