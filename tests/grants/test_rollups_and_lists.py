"""The monthly rollup follows every write, the dashboard figures read from it agree with the
per-school summary, and the light list serializer shows what the full one shows."""

import datetime
from decimal import Decimal

import pytest
from django.db.models import Sum
from django.db.models.functions import TruncMonth

from grants import bulk, services, summaries
from grants.models import Expenditure, MonthlyRollup, Period, PeriodStatus, PlanLine, PlanLineRollup
from grants.reconcile import reconcile
from tests.conftest import api_as

pytestmark = pytest.mark.django_db


def write(user, allocation, amount, day, category):
    return services.save_expenditure(user, Expenditure(allocation=allocation, date=day, amount=Decimal(amount),
                                                       category=category, description="Paper", payee="Shop"))


def monthly_from_rows():
    rows = Expenditure.objects.annotate(m=TruncMonth("date")).values("m", "category_id").annotate(s=Sum("amount"))
    return {(r["m"], r["category_id"]): r["s"] for r in rows}


def monthly_from_rollup():
    return {(m.month, m.category_id): m.total for m in MonthlyRollup.objects.all() if m.count}


def test_the_monthly_rollup_follows_create_change_and_delete(world, grants):
    user = world.users["school_staff"]
    first = write(user, grants.own, "100.00", datetime.date(2024, 1, 5), grants.materials)
    second = write(user, grants.own, "50.00", datetime.date(2024, 2, 5), grants.training)
    assert monthly_from_rollup() == monthly_from_rows()
    first.date, first.amount, first.category = datetime.date(2024, 3, 1), Decimal("70.00"), grants.training
    services.save_expenditure(user, first)
    assert monthly_from_rollup() == monthly_from_rows()
    services.delete_expenditure(user, second)
    assert monthly_from_rollup() == monthly_from_rows() == {
        (datetime.date(2024, 3, 1), grants.training.pk): Decimal("70.00")}
    assert MonthlyRollup.objects.filter(total__gt=0).get().agency_id == world.own.agency.pk


def line_totals():
    return {r.plan_line_id: (r.total, r.count) for r in PlanLineRollup.objects.all() if r.count}


def test_the_plan_line_rollup_follows_every_write_and_the_flags_read_it(world, grants):
    user = world.users["school_staff"]
    kits = PlanLine.objects.create(allocation=grants.own, activity="ชุดทดลอง", category=grants.materials,
                                   planned_amount=Decimal("150.00"))
    camp = PlanLine.objects.create(allocation=grants.own, activity="ค่าย", category=grants.training,
                                   planned_amount=Decimal("500.00"))
    assert (kits.school_id, kits.fiscal_year_id) == (world.own.school.pk, grants.year.pk)  # copied from the allocation
    first = write(user, grants.own, "100.00", datetime.date(2024, 1, 5), grants.materials)
    first.plan_line = kits
    services.save_expenditure(user, first)
    write(user, grants.own, "70.00", datetime.date(2024, 1, 6), grants.materials)  # on no line
    result = bulk.import_expenditures(user, [
        {"date": "2024-01-07", "amount": "80.00", "category": "materials", "description": "Beakers", "payee": "Lab",
         "plan_line": str(kits.pk)},
        {"date": "2024-01-08", "amount": "40.00", "category": "training", "description": "Lunch", "payee": "Cook",
         "plan_line": str(camp.pk)}], dry_run=False, school=world.own.school, fiscal_year=grants.year)
    assert not result.errors
    assert line_totals() == {kits.pk: (Decimal("180.00"), 2), camp.pk: (Decimal("40.00"), 1)}
    flags = summaries.spending_flags(grants.year)
    # 180 spent on kits against 150 planned (the school is listed too for spending with nothing transferred yet)
    assert [(f["school_id"], f["lines_over"], f["over_plan"]) for f in flags] == [
        (world.own.school.pk, 1, Decimal("30.00"))]
    PlanLine.objects.filter(pk=kits.pk).update(planned_amount=Decimal("170.00"))  # any writer, a shell too
    assert [(f["lines_over"], f["over_plan"]) for f in summaries.spending_flags(grants.year)] == [(1, Decimal("10.00"))]
    kits.planned_amount = Decimal("150.00")
    kits.save()
    first.plan_line = camp  # moved to the other line
    services.save_expenditure(user, first)
    assert line_totals() == {kits.pk: (Decimal("80.00"), 1), camp.pk: (Decimal("140.00"), 2)}
    assert [(f["lines_over"], f["over_plan"]) for f in summaries.spending_flags(grants.year)] == [(0, 0)]
    services.delete_expenditure(user, first)
    assert line_totals() == {kits.pk: (Decimal("80.00"), 1), camp.pk: (Decimal("40.00"), 1)}
    assert reconcile(repair=False) == []  # every rollup equals its rows


def test_dashboard_figures_agree_with_the_summary(world, grants):
    write(world.users["school_staff"], grants.own, "1000.00", datetime.date(2024, 1, 5), grants.materials)
    write(world.users["sbn_admin"], grants.other, "250.50", datetime.date(2024, 2, 5), grants.training)
    Period.objects.create(school=world.own.school, fiscal_year=grants.year, month=datetime.date(2024, 8, 1),
                          status=PeriodStatus.SUBMITTED)
    today = datetime.date(2024, 9, 20)  # August is the month due
    figures = summaries.dashboard_figures(grants.year, "nation", today=today)
    summary = summaries.spending_summary(grants.year, "province", today=today)
    keys = ("key", "schools", "allocated", "received", "spent", "balance", "spend_rate", "not_reported")
    assert [{k: r[k] for k in keys} for r in figures["groups"]] == [{k: r[k] for k in keys} for r in summary.rows]
    assert {k: figures["totals"][k] for k in keys[1:]} == {k: summary.totals[k] for k in keys[1:]}
    assert [r["code"] for r in figures["not_reported"]] == [world.other.school.code]
    categories = summaries.spending_summary(grants.year, "category")
    assert figures["categories"] == categories.rows
    assert figures["monthly"] == {datetime.date(2024, 1, 1): Decimal("1000.00"),
                                  datetime.date(2024, 2, 1): Decimal("250.50")}

    office = summaries.dashboard_figures(grants.year, "agency", world.own.agency, today=today)
    assert [(r["key"], r["spent"], r["reported"]) for r in office["groups"]] == [
        (world.own.school.pk, Decimal("1000.00"), True)]


def test_the_list_serializer_shows_what_the_detail_shows(world, grants):
    row = write(world.users["school_staff"], grants.own, "1234.50", datetime.date(2024, 1, 5), grants.materials)
    client = api_as(world.users["sbn_admin"])
    listed = client.get("/api/v1/expenditures/", {"fiscal_year": 2567, "province": world.own.province.code}).json()
    detail = client.get(f"/api/v1/expenditures/{row.pk}/").json()
    assert listed["count"] == 1 and listed["results"] == [detail]
    assert client.get("/api/v1/expenditures/", {"fiscal_year": 2566}).json()["count"] == 0
    other = client.get("/api/v1/expenditures/", {"fiscal_year": 2567, "province": world.other.province.code})
    assert other.json()["count"] == 0


def test_a_transfer_carries_its_allocations_school_and_year_and_the_figures_read_them(world, grants):
    from grants.models import Transfer

    admin = world.users["sbn_admin"]
    first = services.save_transfer(admin, Transfer(allocation=grants.own, installment=1,
                                                   date=datetime.date(2023, 11, 1), amount=Decimal("40000.00")))
    services.save_transfer(admin, Transfer(allocation=grants.own, installment=2, date=datetime.date(2024, 3, 1),
                                           amount=Decimal("10000.00")))
    services.save_transfer(admin, Transfer(allocation=grants.other, installment=1, date=datetime.date(2023, 11, 1),
                                           amount=Decimal("25000.00")))
    assert (first.school_id, first.fiscal_year_id) == (world.own.school.pk, grants.year.pk)
    figures = summaries.dashboard_figures(grants.year, "nation")
    received = {row["key"]: row["received"] for row in figures["groups"]}
    assert received == {world.own.province.pk: Decimal("50000.00"), world.other.province.pk: Decimal("25000.00")}
    assert figures["totals"]["received"] == Decimal("75000.00")
    write(world.users["school_staff"], grants.own, "60000.00", datetime.date(2024, 1, 5), grants.materials)
    assert [(f["school_id"], f["received"], f["over_received"]) for f in summaries.spending_flags(grants.year)] == [
        (world.own.school.pk, Decimal("50000.00"), Decimal("10000.00"))]
