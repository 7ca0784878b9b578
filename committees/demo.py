"""Buriram's provincial driving committee (กขน.บุรีรัมย์) as the seeds describe it.

Dates come from the provincial office's public account (selection 21 May 2024, approval by the
national policy committee 24 May 2024, order signed 5 Jun 2024, meetings 3 and 9 Jul 2024).
Members are named by the office they hold, or are clearly fictional demo people.
"""

import datetime
from zoneinfo import ZoneInfo

from django.db import transaction

from committees.models import (
    AgendaItem,
    Attendance,
    AttendanceStatus,
    Committee,
    Level,
    Meeting,
    MeetingMode,
    Membership,
    Person,
    Position,
    Resolution,
    ResolutionStatus,
    Sector,
)
from provinces.models import Province
from schools.models import Agency

BANGKOK = ZoneInfo("Asia/Bangkok")
TERM_START = datetime.date(2024, 6, 5)
TERM_END = datetime.date(2028, 6, 4)

# (office held, organization, sector, position, fictional name or "")
BURIRAM_SEATS = [
    ("ผู้ว่าราชการจังหวัดบุรีรัมย์", "ศาลากลางจังหวัดบุรีรัมย์", Sector.GOVERNMENT, Position.CHAIR, ""),
    ("นายกองค์การบริหารส่วนจังหวัดบุรีรัมย์", "อบจ.บุรีรัมย์", Sector.LOCAL_GOVERNMENT, Position.VICE_CHAIR, ""),
    ("ผู้อำนวยการสำนักงานเขตพื้นที่การศึกษาประถมศึกษาบุรีรัมย์ เขต 1", "สพป.บุรีรัมย์ เขต 1", Sector.GOVERNMENT,
     Position.EX_OFFICIO, ""),
    ("ผู้อำนวยการสำนักงานเขตพื้นที่การศึกษามัธยมศึกษาบุรีรัมย์", "สพม.บุรีรัมย์", Sector.GOVERNMENT,
     Position.EX_OFFICIO, ""),
    ("ผู้ทรงคุณวุฒิด้านการศึกษา", "มหาวิทยาลัยตัวอย่าง (ข้อมูลสาธิต)", Sector.ACADEMIC, Position.EXPERT,
     ("ดร.", "สมมุติ", "ใจดี", "Sommut", "Jaidee")),
    ("ผู้แทนภาคเอกชน", "หอการค้าตัวอย่าง (ข้อมูลสาธิต)", Sector.PRIVATE, Position.MEMBER,
     ("นาง", "ทดลอง", "สาธิตกุล", "Thotlong", "Sathitkul")),
    ("ผู้แทนภาคประชาสังคม", "เครือข่ายตัวอย่าง (ข้อมูลสาธิต)", Sector.CIVIL_SOCIETY, Position.MEMBER,
     ("นาย", "ตัวอย่าง", "รักถิ่น", "Tuayang", "Rakthin")),
    ("ศึกษาธิการจังหวัดบุรีรัมย์", "สำนักงานศึกษาธิการจังหวัดบุรีรัมย์", Sector.GOVERNMENT, Position.SECRETARY, ""),
    ("รองศึกษาธิการจังหวัดบุรีรัมย์", "สำนักงานศึกษาธิการจังหวัดบุรีรัมย์", Sector.GOVERNMENT,
     Position.ASSISTANT_SECRETARY, ""),
]


def _person(province, office, organization, sector, name):
    title, first_th, last_th, first_en, last_en = name or ("", "", "", "", "")
    person, _ = Person.objects.get_or_create(
        office_title=office, first_name_th=first_th, last_name_th=last_th,
        defaults={"title": title, "first_name_en": first_en, "last_name_en": last_en,
                  "organization": organization, "sector": sector, "province": province},
    )
    return person


def _meeting(committee, number, day, title, agenda, resolutions):
    starts = datetime.datetime(day.year, day.month, day.day, 9, 30, tzinfo=BANGKOK)
    meeting, _ = Meeting.objects.get_or_create(
        committee=committee, number=number,
        defaults={"title": title, "starts_at": starts, "ends_at": starts + datetime.timedelta(hours=3),
                  "mode": MeetingMode.HYBRID, "venue": "ห้องประชุมศาลากลางจังหวัดบุรีรัมย์",
                  "minutes_text": "บันทึกการประชุมสาธิต: ที่ประชุมพิจารณาวาระตามลำดับและมีมติตามที่บันทึกไว้"},
    )
    items = {}
    for item_number, item_title in agenda:
        items[item_number], _ = AgendaItem.objects.get_or_create(meeting=meeting, number=item_number,
                                                                 defaults={"title": item_title})
    for item_number, text, status in resolutions:
        Resolution.objects.get_or_create(meeting=meeting, text=text,
                                         defaults={"agenda_item": items.get(item_number), "status": status,
                                                   "responsible": "สำนักงานศึกษาธิการจังหวัดบุรีรัมย์"})
    for membership in committee.memberships.all():
        Attendance.objects.get_or_create(meeting=meeting, membership=membership,
                                         defaults={"status": AttendanceStatus.PRESENT})
    return meeting


@transaction.atomic
def seed():
    buriram = Province.objects.get(code="31")
    committee, _ = Committee.objects.get_or_create(
        level=Level.PROVINCIAL, province=buriram, short_name="กขน.บุรีรัมย์",
        defaults={
            "name_th": "คณะกรรมการขับเคลื่อนพื้นที่นวัตกรรมการศึกษาจังหวัดบุรีรัมย์",
            "name_en": "Buriram Education Sandbox Driving Committee",
            "selected_on": datetime.date(2024, 5, 21),
            "approved_on": datetime.date(2024, 5, 24),
            "order_date": datetime.date(2024, 6, 5),
            "order_number": "ประกาศ กนน. (ข้อมูลสาธิต)",
            "term_start": TERM_START, "term_end": TERM_END,
            "notes": "วันที่ตามที่สำนักงานศึกษาธิการจังหวัดบุรีรัมย์นำเสนอ; เลขที่คำสั่งและรายชื่อเป็นข้อมูลสาธิต",
        },
    )
    for sequence, (office, organization, sector, position, name) in enumerate(BURIRAM_SEATS, start=1):
        person = _person(buriram, office, organization, sector, name)
        Membership.objects.get_or_create(
            committee=committee, person=person,
            defaults={"position": position, "sequence": sequence, "term_start": TERM_START, "term_end": TERM_END},
        )
    _meeting(committee, "1/2567", datetime.date(2024, 7, 3), "ประชุม กขน.บุรีรัมย์ ครั้งที่ 1/2567",
             [("1", "เรื่องที่ประธานแจ้งให้ที่ประชุมทราบ"), ("2", "ร่างยุทธศาสตร์พื้นที่นวัตกรรมการศึกษาจังหวัดบุรีรัมย์")],
             [("2", "มอบฝ่ายเลขานุการปรับร่างยุทธศาสตร์ตามข้อเสนอของที่ประชุม", ResolutionStatus.DONE)])
    _meeting(committee, "2/2567", datetime.date(2024, 7, 9), "ประชุม กขน.บุรีรัมย์ ครั้งที่ 2/2567",
             [("1", "ยุทธศาสตร์และกลไกการขับเคลื่อนพื้นที่นวัตกรรมการศึกษาจังหวัดบุรีรัมย์"),
              ("2", "การเตรียมสถานศึกษานำร่อง 40 แห่ง")],
             [("1", "เห็นชอบยุทธศาสตร์และกลไกการขับเคลื่อน", ResolutionStatus.DONE),
              ("2", "จัดประชุมเชิงปฏิบัติการกับสถานศึกษาที่เตรียมเป็นสถานศึกษานำร่อง", ResolutionStatus.IN_PROGRESS)])
    esa = Agency.objects.filter(code="SPP-BR1").first()
    if esa:
        Committee.objects.get_or_create(
            level=Level.ESA, agency=esa,
            defaults={"province": buriram, "short_name": "ไตรภาคี สพป.บร 1",
                      "name_th": "คณะกรรมการไตรภาคีขับเคลื่อนพื้นที่นวัตกรรมการศึกษา สพป.บุรีรัมย์ เขต 1",
                      "term_start": datetime.date(2024, 8, 1), "term_end": datetime.date(2026, 7, 31)},
        )
