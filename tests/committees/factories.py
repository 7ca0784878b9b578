import datetime

import factory
from django.utils import timezone

from committees.models import (
    AgendaItem,
    Attendance,
    Committee,
    Level,
    Meeting,
    MeetingMode,
    Membership,
    Nomination,
    Person,
    Position,
    Resolution,
    Sector,
)
from provinces.models import Province

TERM_START = datetime.date(2024, 6, 5)


class CommitteeFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Committee

    name_th = factory.Sequence(lambda n: f"คณะกรรมการทดสอบ {n}")
    level = Level.PROVINCIAL
    province = factory.LazyFunction(lambda: Province.objects.get(code="31"))
    term_start = TERM_START
    term_end = datetime.date(2028, 6, 4)


def esa_committee(agency, **kwargs):
    return CommitteeFactory(level=Level.ESA, agency=agency, province=agency.province, **kwargs)


class PersonFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Person

    title = "นาย"
    first_name_th = factory.Sequence(lambda n: f"สมมุติ{n}")
    last_name_th = "ทดสอบ"
    first_name_en = factory.Sequence(lambda n: f"Sommut{n}")
    last_name_en = "Test"
    organization = "หน่วยงานทดสอบ"
    sector = Sector.GOVERNMENT
    province = factory.LazyFunction(lambda: Province.objects.get(code="31"))


class MembershipFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Membership

    committee = factory.SubFactory(CommitteeFactory)
    person = factory.SubFactory(PersonFactory, province=factory.SelfAttribute("..committee.province"))
    position = Position.MEMBER
    term_start = factory.SelfAttribute("committee.term_start")
    term_end = factory.SelfAttribute("committee.term_end")


class MeetingFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Meeting

    committee = factory.SubFactory(CommitteeFactory)
    title = factory.Sequence(lambda n: f"ประชุมครั้งที่ {n}")
    starts_at = factory.LazyFunction(lambda: timezone.now() + datetime.timedelta(days=7))
    mode = MeetingMode.ON_SITE
    venue = "ห้องประชุม 1"


class AgendaItemFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = AgendaItem

    meeting = factory.SubFactory(MeetingFactory)
    number = factory.Sequence(lambda n: str(n + 1))
    title = "เรื่องเพื่อพิจารณา"


class AttendanceFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Attendance

    meeting = factory.SubFactory(MeetingFactory)
    membership = factory.SubFactory(MembershipFactory, committee=factory.SelfAttribute("..meeting.committee"))


class ResolutionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Resolution

    meeting = factory.SubFactory(MeetingFactory)
    text = "มอบฝ่ายเลขานุการดำเนินการ"


class NominationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Nomination

    committee = None  # an ESA committee must be given
    first_name_th = factory.Sequence(lambda n: f"ผู้ได้รับการเสนอ{n}")
    last_name_th = "ทดสอบ"
    organization = "โรงเรียนทดสอบ"
    sector = Sector.ACADEMIC
    position = Position.EXPERT
