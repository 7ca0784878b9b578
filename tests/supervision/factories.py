import datetime

import factory

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
from tests.factories import SchoolFactory


class VisitFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = FollowUpVisit

    school = factory.SubFactory(SchoolFactory)
    date = datetime.date(2024, 9, 10)
    visitors = "ศึกษานิเทศก์ สพป.บุรีรัมย์ เขต 1"
    focus = "ติดตามหลักสูตรฐานสมรรถนะ"
    focus_aspects = factory.LazyFunction(lambda: ["curriculum"])
    status = "visited"


class ActionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = FollowUpAction

    visit = factory.SubFactory(VisitFactory)
    description = "จัดทำแผนพัฒนาครูรายบุคคล"
    owner = "ผู้อำนวยการโรงเรียน"
    due_date = datetime.date(2024, 10, 31)


class RoundFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = CompetencyRound

    name_th = factory.Sequence(lambda n: f"การประเมินสมรรถนะผู้อำนวยการ รอบ {n}")
    year = 2567


class CriterionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = CompetencyCriterion

    round = factory.SubFactory(RoundFactory)
    order = factory.Sequence(lambda n: n + 1)
    title = "การบริหารวิชาการ"


class ComponentFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = CompetencyComponent

    criterion = factory.SubFactory(CriterionFactory)
    order = factory.Sequence(lambda n: n + 1)
    title = "การพัฒนาหลักสูตรสถานศึกษา"
    levels = factory.LazyFunction(lambda: ["เริ่มต้น", "กำลังพัฒนา", "ดี", "ดีเยี่ยม"])


class AssessmentFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = CompetencyAssessment

    round = factory.SubFactory(RoundFactory)
    school = factory.SubFactory(SchoolFactory)
    director_name = "นายสมชาย ใจดี"
    kind = "self"


class SupportFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = SupportRecord

    school = factory.SubFactory(SchoolFactory)
    agency = factory.SelfAttribute("school.agency")
    kind = "coaching"
    date = datetime.date(2024, 8, 1)
    description = "โค้ชครูเรื่องการออกแบบการเรียนรู้ฐานสมรรถนะ"
    quantity = "3 ครั้ง"
    aspect = "teacher_development"


class EventFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Event

    title = factory.Sequence(lambda n: f"ประชุมเชิงปฏิบัติการ {n}")
    kind = "workshop"
    start_date = datetime.date(2024, 7, 25)
    participants = 120


class StationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = EventStation

    event = factory.SubFactory(EventFactory)
    province = factory.SelfAttribute("event.province")
    participants = 60


class PartnerFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Partner

    name = factory.Sequence(lambda n: f"มูลนิธิเพื่อการศึกษา {n}")
    sector = "civil_society"


class CooperationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Cooperation

    partner = factory.SubFactory(PartnerFactory)
    title = "พัฒนาครูด้วยกระบวนการ PLC"
    start_date = datetime.date(2024, 6, 1)
