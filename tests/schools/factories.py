"""Factories for the rows of the schools app beyond Agency and PilotSchool (those are in tests/factories.py)."""

import datetime

import factory

from schools.models import (
    Innovation,
    MembershipEvent,
    MembershipKind,
    ReadinessQuestion,
    ReadinessQuestionnaire,
    ReadinessSection,
    SituationAnalysis,
)
from tests.factories import SchoolFactory


class MembershipEventFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = MembershipEvent

    school = factory.SubFactory(SchoolFactory)
    kind = MembershipKind.APPLIED
    date = datetime.date(2024, 7, 25)
    reason = "ประสงค์เข้าร่วมเป็นสถานศึกษานำร่อง"


class QuestionnaireFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ReadinessQuestionnaire

    name_th = factory.Sequence(lambda n: f"แบบสอบถามความพร้อม {n}")
    name_en = factory.Sequence(lambda n: f"Readiness questionnaire {n}")
    year = 2567


class SectionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ReadinessSection

    questionnaire = factory.SubFactory(QuestionnaireFactory)
    order = factory.Sequence(lambda n: n + 1)
    name_th = factory.Sequence(lambda n: f"ด้านที่ {n}")
    weight = 1


class QuestionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ReadinessQuestion

    section = factory.SubFactory(SectionFactory)
    order = factory.Sequence(lambda n: n + 1)
    text_th = factory.Sequence(lambda n: f"คำถามที่ {n}")
    scale_max = 5
    weight = 1


def questionnaire_with(structure):
    """A questionnaire from [(section weight, [(scale, weight), ...]), ...]; returns it and its questions."""
    questionnaire = QuestionnaireFactory()
    questions = []
    for section_weight, items in structure:
        section = SectionFactory(questionnaire=questionnaire, weight=section_weight)
        questions += [QuestionFactory(section=section, scale_max=scale, weight=weight) for scale, weight in items]
    return questionnaire, questions


class SituationAnalysisFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = SituationAnalysis

    school = factory.SubFactory(SchoolFactory)
    year = 2567
    learner_quality_current = "ผู้เรียนอ่านออกเขียนได้ร้อยละ 80"
    learner_quality_forward = "พัฒนาการอ่านเชิงวิเคราะห์"


class InnovationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Innovation

    title = factory.Sequence(lambda n: f"นวัตกรรมการเรียนรู้ {n}")
    kind = "learning"
    abstract = "การจัดการเรียนรู้ฐานสมรรถนะโดยใช้ชุมชนเป็นฐาน"
    school = factory.SubFactory(SchoolFactory)
    keywords = factory.LazyFunction(lambda: ["ฐานสมรรถนะ"])
