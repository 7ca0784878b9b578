import datetime
from decimal import Decimal

import pytest

from grants.models import Allocation, Category, Expenditure, FiscalYear, Programme
from grants.services import add_to_rollups


@pytest.fixture
def grants(world):
    """Fiscal year 2567, the innovation programme, two categories and a 100,000 baht allocation for each
    of the world's two schools."""
    year = FiscalYear.objects.create(year=2567)
    programme = Programme.objects.create(code="innovation", name_th="นวัตกรรม", name_en="Innovation")
    materials = Category.objects.create(code="materials", name_th="วัสดุ", name_en="Materials", sort_order=1)
    training = Category.objects.create(code="training", name_th="อบรม", name_en="Training", sort_order=2)
    own = Allocation.objects.create(school=world.own.school, fiscal_year=year, programme=programme,
                                    amount=Decimal("100000.00"))
    other = Allocation.objects.create(school=world.other.school, fiscal_year=year, programme=programme,
                                      amount=Decimal("100000.00"))
    return type("Grants", (), {"year": year, "programme": programme, "materials": materials, "training": training,
                               "own": own, "other": other,
                               "allocation": lambda self, side: own if side == "own" else other})()


def spend(allocation, amount="1000.00", day=datetime.date(2024, 1, 15), category=None, **extra):
    """An expenditure written directly (no guards), with its rollup, for fixtures."""
    category = category or Category.objects.order_by("sort_order").first()
    row = Expenditure.objects.create(allocation=allocation, school_id=allocation.school_id,
                                     province_id=allocation.school.province_id,
                                     fiscal_year_id=allocation.fiscal_year_id, date=day, amount=Decimal(amount),
                                     category=category, description=extra.pop("description", "Notebooks"),
                                     payee=extra.pop("payee", "Shop"), **extra)
    add_to_rollups([(row.school_id, row.fiscal_year_id, row.category_id, row.date, row.amount, 1, row.plan_line_id)])
    return row


def _allocation_for(world, side):
    """The side's 2567 innovation allocation (100,000 baht), made on first use."""
    year, _ = FiscalYear.objects.get_or_create(year=2567)
    programme, _ = Programme.objects.get_or_create(code="innovation", defaults={"name_th": "นวัตกรรม"})
    Category.objects.get_or_create(code="materials", defaults={"name_th": "วัสดุ", "sort_order": 1})
    allocation, _ = Allocation.objects.get_or_create(school=world.side(side).school, fiscal_year=year,
                                                     programme=programme,
                                                     defaults={"amount": Decimal("100000.00")})
    return allocation
