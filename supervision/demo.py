"""Demo rows from the articles: the June 2023 DE workshop with its eleven new-area stations, the
1 July 2024 meeting of the ten areas, Satun's May 2024 workshop, and the partners named there."""

import datetime

from django.db import transaction

from provinces.models import Province
from supervision.models import Cooperation, Event, EventStation, Partner

D = datetime.date

DE_STATIONS = ["81", "22", "23", "83", "58", "90", "27", "64", "84", "34", "31"]
DE_GROUPS = [
    "ผู้แทนคณะกรรมการขับเคลื่อนพื้นที่นวัตกรรมการศึกษา",
    "ผู้แทนบุคลากรในสังกัดสำนักงานศึกษาธิการจังหวัดในพื้นที่นวัตกรรมการศึกษา",
    "ผู้แทนบุคลากรในสังกัดสำนักงานเขตพื้นที่การศึกษาในพื้นที่นวัตกรรมการศึกษา",
    "ผู้แทนบุคลากรจากหน่วยงานที่เกี่ยวข้องทั้งภาครัฐ เอกชน และองค์กรปกครองส่วนท้องถิ่น",
    "บุคลากรจากส่วนกลาง",
]
PARTNERS = [
    ("มูลนิธิสยามกัมมาจล", "civil_society"),
    ("สถาบันวิจัยเพื่อการพัฒนาประเทศไทย (TDRI)", "civil_society"),
    ("สถาบันอาศรมศิลป์", "private"),
]


def _de_workshop():
    event, _ = Event.objects.get_or_create(title="ประชุมเชิงปฏิบัติการแบบมีส่วนร่วมเพื่อออกแบบและขับเคลื่อนพื้นที่"
                                                 "นวัตกรรมการศึกษาโดยใช้กระบวนการประเมินเชิงพัฒนา (DE)", defaults={
        "kind": "workshop", "mode": "hybrid", "start_date": D(2023, 6, 15), "end_date": D(2023, 6, 16),
        "organisers": "สพฐ., สป.ศธ., มูลนิธิสยามกัมมาจล, TDRI, สถาบันอาศรมศิลป์ และหน่วยงานภาครัฐและเอกชนในพื้นที่",
        "description": "กำหนดผลลัพธ์ที่พึงประสงค์ของการศึกษา (DOE) วิเคราะห์สถานการณ์ และกำหนดเป้าหมาย "
                       "ผลลัพธ์หลัก (KRA) ตัวชี้วัดร่วม (KPI) และแผนดำเนินงาน (ACT) ของพื้นที่ใหม่ 11 พื้นที่",
        "participants": 720, "participant_groups": DE_GROUPS})
    for code in DE_STATIONS:
        note = "ระหว่างการจัดตั้งพื้นที่ (ยังไม่มีมติคณะรัฐมนตรี)" if code == "31" else ""
        EventStation.objects.get_or_create(event=event, province_id=code, defaults={"note": note})
    return event


def _ten_areas_meeting():
    Event.objects.get_or_create(title="สร้างความเข้าใจนโยบายและแผนการขับเคลื่อนพื้นที่นวัตกรรมการศึกษา 10 จังหวัด",
                                defaults={
        "kind": "meeting", "mode": "online", "start_date": D(2024, 7, 1), "participants": 300,
        "participant_groups": ["ผอ.สพท. 40 เขต", "ผอ.สถานศึกษานำร่อง",
                               "ผู้ที่เกี่ยวข้องกับการขับเคลื่อนพื้นที่นวัตกรรมการศึกษา"],
        "description": "มอบหมาย 8 จังหวัดเดิมสรุปผลการดำเนินงาน และจัดอันดับความพร้อมของสถานศึกษานำร่องเป็นรายเขต "
                       "(ผู้เข้าร่วมกว่า 300 คน)"})


def _satun_workshop():
    Event.objects.get_or_create(title="พลิกโฉมพื้นที่นวัตกรรมการศึกษาเพื่อการพัฒนาที่ยั่งยืนจังหวัดสตูล", defaults={
        "kind": "workshop", "mode": "hybrid", "start_date": D(2024, 5, 13), "province_id": "91",
        "venue": "ห้องประชุมบัวหลวง โรงเรียนอนุบาลสตูล", "organisers": "สำนักงานศึกษาธิการจังหวัดสตูล",
        "participant_groups": ["สถานศึกษานำร่อง 20 แห่ง", "สถานศึกษาที่สนใจ", "หน่วยงานทางการศึกษา",
                               "คณะกรรมการขับเคลื่อนและอนุกรรมการ", "ผู้ทรงคุณวุฒิ", "ภาคีเครือข่าย"],
        "description": "ภาคเช้าบรรยายพิเศษ ภาคบ่าย Satun Coaching Forum"})


def _partners(event):
    for name, sector in PARTNERS:
        partner, _ = Partner.objects.get_or_create(name=name, defaults={"sector": sector})
        for code in DE_STATIONS:
            Cooperation.objects.get_or_create(partner=partner, province_id=code, title="ร่วมจัดกระบวนการ DE",
                                              defaults={"start_date": event.start_date, "end_date": event.end_date})


@transaction.atomic
def seed():
    if not Province.objects.filter(code="31", is_sandbox=True).exists():
        return
    event = _de_workshop()
    _ten_areas_meeting()
    _satun_workshop()
    _partners(event)
