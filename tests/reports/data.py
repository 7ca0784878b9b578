"""Grant data for report tests, written the way grants keeps it: expenditures plus their rollup."""

import datetime
from dataclasses import dataclass, field
from decimal import Decimal

from grants.models import (
    Allocation,
    Category,
    Expenditure,
    FiscalYear,
    Period,
    PeriodStatus,
    Programme,
)
from tests.factories import SchoolFactory

YEAR = 2567  # 2023-10-01 … 2024-09-30, a finished year, so every month is due


@dataclass
class Grants:
    year: FiscalYear
    categories: list
    allocations: dict = field(default_factory=dict)  # school pk -> Allocation


def rebuild_rollups(year):
    from grants.services import rebuild_rollups as rebuild

    rebuild(year)


def make_grants(world, extra_schools=1):
    year, _ = FiscalYear.objects.get_or_create(year=YEAR)
    programme, _ = Programme.objects.get_or_create(code="innovation", defaults={
        "name_th": "เงินอุดหนุนทั่วไปเพื่อพัฒนานวัตกรรมการศึกษา", "name_en": "Innovation subsidy"})
    categories = [
        Category.objects.get_or_create(code="materials", defaults={"name_th": "ค่าวัสดุ", "name_en": "Materials",
                                                                   "sort_order": 1})[0],
        Category.objects.get_or_create(code="training", defaults={"name_th": "ค่าอบรม", "name_en": "Training",
                                                                  "sort_order": 2})[0],
    ]
    grants = Grants(year=year, categories=categories)
    schools = [world.own.school, world.other.school]
    schools += [SchoolFactory(agency=world.own.agency) for _ in range(extra_schools)]
    for index, school in enumerate(schools):
        allocation = Allocation.objects.create(school=school, fiscal_year=year, programme=programme,
                                               amount=Decimal("100000.00"))
        grants.allocations[school.pk] = allocation
        for month, amount, category in ((11, "12500.50", 0), (2, "20000.00", 1), (5, "7500.00", 0)):
            if index == 2 and month != 2:
                continue  # the third school spent only in February
            day = datetime.date(2023 if month >= 10 else 2024, month, 15)
            Expenditure.objects.create(allocation=allocation, school=school, province_id=school.province_id,
                                       fiscal_year=year, date=day,
                                       amount=Decimal(amount), category=categories[category],
                                       description="ซื้อวัสดุการเรียนรู้", payee="ร้านค้า")
    # The world's own school has reported the last month; the others have not.
    Period.objects.create(school=world.own.school, fiscal_year=year, month=datetime.date(2024, 9, 1),
                          status=PeriodStatus.SUBMITTED)
    rebuild_rollups(year)
    return grants
