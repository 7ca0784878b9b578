"""Rows of a province's designation, strategy and results framework, for tests."""

import datetime
import itertools
from decimal import Decimal

from provinces.models import (
    Action,
    DesiredOutcome,
    Indicator,
    IndicatorTarget,
    IndicatorValue,
    KeyResultArea,
    Milestone,
    MilestoneKind,
    OutcomeSummary,
    Strategy,
)

_serial = itertools.count(1)


def milestone(province, kind=MilestoneKind.PETITION, date=datetime.date(2024, 1, 15), **fields):
    return Milestone.objects.create(province=province, kind=kind, date=date, **fields)


def strategy(province, year=2567, **fields):
    fields.setdefault("vision", "วิสัยทัศน์ทดสอบ")
    fields.setdefault("missions", ["พันธกิจ 1", "พันธกิจ 2"])
    return Strategy.objects.create(province=province, year=year, **fields)


def summary(province, year=2567):
    return OutcomeSummary.objects.create(province=province, year=year, what_worked="ได้ผล")


def outcome(province):
    n = next(_serial)
    return DesiredOutcome.objects.create(province=province, code=f"DOE{n}", title=f"ผลลัพธ์ {n}")


def kra(province):
    n = next(_serial)
    return KeyResultArea.objects.create(outcome=outcome(province), code=f"KRA{n}", title=f"ผลลัพธ์หลัก {n}")


def indicator(province, targets=None, values=None, **fields):
    """An indicator with {year: target} and {year: value}."""
    n = next(_serial)
    fields.setdefault("unit", "ร้อยละ")
    obj = Indicator.objects.create(kra=kra(province), code=f"KPI{n}", title=f"ตัวชี้วัด {n}", **fields)
    for year, target in (targets or {}).items():
        IndicatorTarget.objects.create(indicator=obj, fiscal_year=year, target=Decimal(target))
    for year, value in (values or {}).items():
        IndicatorValue.objects.create(indicator=obj, fiscal_year=year, value=Decimal(value))
    return obj


def target(province, year=2567):
    return IndicatorTarget.objects.create(indicator=indicator(province), fiscal_year=year, target=Decimal("50"))


def value(province, year=2567):
    return indicator(province, targets={year: "50"}, values={year: "40"}).values.get()


def action(province):
    return Action.objects.create(indicator=indicator(province), title="กิจกรรม", fiscal_year=2567)
