"""Demo data true to the articles."""

import datetime

import pytest

from provinces import demo as province_demo
from provinces.models import KeyResultArea, Milestone, MilestoneKind, Province, Strategy
from supervision import demo as supervision_demo
from supervision.models import Event

pytestmark = pytest.mark.django_db


def test_demo_rows_follow_the_articles():
    province_demo.seed()
    supervision_demo.seed()
    buriram = Strategy.objects.get(province="31", year=2567)
    assert buriram.vision == "บุรีรัมย์เมืองแห่งนวัตกรรมการศึกษา ผู้เรียนเป็นพลเมืองดี มีศักยภาพตลอดชีวิต"
    assert len(buriram.missions) == 4 and len(buriram.goals) == 7 and len(buriram.strategies) == 4
    assert len(buriram.approaches) == 4
    assert KeyResultArea.objects.get(outcome__province="31", code="KRA1.1").strategy_served.startswith(
        "ยุทธศาสตร์ที่ 2")
    kinds = dict(Milestone.objects.filter(province="31").values_list("date", "kind"))
    assert kinds[datetime.date(2024, 5, 24)] == MilestoneKind.DRIVING_COMMITTEE_APPROVAL
    assert kinds[datetime.date(2024, 7, 3)] == MilestoneKind.DRIVING_COMMITTEE_MEETING
    satun = Milestone.objects.filter(province="91")
    assert list(satun.values_list("kind", flat=True)) == [MilestoneKind.MINISTRY_ANNOUNCEMENT]
    assert satun.get().date.year == 2018
    assert Province.objects.with_stage().get(code="91").stage == MilestoneKind.GAZETTE
    workshop = Event.objects.get(start_date="2023-06-15")
    assert workshop.participants == 720 and workshop.stations.count() == 11
    assert workshop.stations.filter(province="31").exists()
