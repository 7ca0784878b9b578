"""The set-based import (grants.bulk) refuses exactly what the one-row service refuses, with the same
messages, and writes nothing when any row is wrong."""

import datetime
from decimal import Decimal

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import transaction
from django.utils import translation

from grants import bulk, services
from grants.models import Allocation, Expenditure, MonthlyRollup, Period, PeriodStatus, SpendingRollup
from sandbox import tabular
from tests.grants.conftest import spend

pytestmark = pytest.mark.django_db

GOOD = {"date": "2024-01-05", "amount": "1000.00", "category": "materials", "description": "Paper",
        "payee": "Shop"}


@pytest.fixture(autouse=True)
def _english():
    with translation.override("en"):
        yield


def one_row_refusal(user, allocation, values, categories):
    """What services.save_expenditure says of this row alone, as report lines (row 1), or []."""
    row = Expenditure(allocation=allocation, date=datetime.date.fromisoformat(values["date"]),
                      amount=Decimal(values["amount"]), category=categories[values["category"]],
                      description=values["description"], payee=values["payee"])
    errors = []
    try:
        with transaction.atomic():
            services.save_expenditure(user, row)
            transaction.set_rollback(True)
    except (ValidationError, PermissionDenied) as exc:
        bulk.collect(errors, 1, exc)
    return errors


def categories_of(grants):
    return {"materials": grants.materials, "training": grants.training}


@pytest.mark.parametrize("change, column", [
    ({"date": "2025-01-05"}, "date"),  # outside fiscal year 2567
    ({"amount": "12.345"}, "amount"),
    ({"amount": "0"}, "amount"),
    ({"description": ""}, "description"),
    ({"payee": "x" * 201}, "payee"),
    ({"amount": "100000.01"}, ""),  # over the allocation on its own
])
def test_a_bad_row_is_refused_with_the_one_row_message(world, grants, change, column):
    user = world.users["school_staff"]
    values = {**GOOD, **change}
    expected = one_row_refusal(user, grants.own, values, categories_of(grants))
    result = bulk.import_expenditures(user, [values], dry_run=False, school=world.own.school,
                                      fiscal_year=grants.year)
    assert expected and [(1, column)] == [(r, c) for r, c, _m in expected]
    if change.get("amount") == "12.345":
        # A file's amount cell is refused when it is read (sandbox.money), with Django's own digit message.
        assert [(r, c) for r, c, _m in result.errors] == [(1, "amount")]
        assert result.errors[0][2] in expected[0][2]
    else:
        assert result.errors == expected
    assert not Expenditure.objects.exists()


def test_over_allocation_across_rows_of_one_file_and_against_existing_rows(world, grants):
    user = world.users["school_staff"]
    spend(grants.own, "30000.00")
    rows = [{**GOOD, "amount": "50000.00"}, {**GOOD, "amount": "20000.01"}, {**GOOD, "amount": "20000.00"}]
    result = bulk.import_expenditures(user, rows, dry_run=False, school=world.own.school, fiscal_year=grants.year)
    # The second row would take spending to 100,000.01; the third still fits after the first.
    assert [(r, c) for r, c, _m in result.errors] == [(2, "")]
    assert "100,000.01" in result.errors[0][2] and "20,000.00 baht left" in result.errors[0][2]
    assert Expenditure.objects.count() == 1  # only the fixture's row: nothing of the file

    services.save_expenditure(user, Expenditure(allocation=grants.own, date=datetime.date(2024, 1, 5),
                                                amount=Decimal("50000.00"), category=grants.materials,
                                                description="Tablets", payee="Shop"))
    last = {**GOOD, "amount": "20000.01"}
    expected = one_row_refusal(user, grants.own, last, categories_of(grants))
    result = bulk.import_expenditures(user, [last], dry_run=False, school=world.own.school, fiscal_year=grants.year)
    assert expected and result.errors == expected


def test_a_locked_month_is_refused_with_the_one_row_message(world, grants):
    user = world.users["school_staff"]
    Period.objects.create(school=world.own.school, fiscal_year=grants.year, month=datetime.date(2024, 1, 1),
                          status=PeriodStatus.SUBMITTED)
    expected = one_row_refusal(user, grants.own, GOOD, categories_of(grants))
    result = bulk.import_expenditures(user, [{**GOOD, "date": "2024-02-05"}, GOOD], dry_run=False,
                                      school=world.own.school, fiscal_year=grants.year)
    assert expected and "locked" in expected[0][2]
    assert result.errors == [(2, *expected[0][1:])]
    assert not Expenditure.objects.exists()


def test_a_closed_year_is_refused(world, grants):
    grants.year.is_open = False
    grants.year.save()
    user = world.users["school_staff"]
    expected = one_row_refusal(user, grants.own, GOOD, categories_of(grants))
    result = bulk.import_expenditures(user, [GOOD], dry_run=False, school=world.own.school, fiscal_year=grants.year)
    assert expected and result.errors == expected


def test_another_schools_allocation_is_refused(world, grants):
    user = world.users["school_staff"]
    expected = one_row_refusal(user, grants.other, GOOD, categories_of(grants))
    by_page = bulk.import_expenditures(user, [GOOD], dry_run=False, school=world.other.school,
                                       fiscal_year=grants.year)
    by_code = bulk.import_expenditures(user, [{**GOOD, "school_code": world.other.school.code,
                                               "fiscal_year": "2567"}], dry_run=False)
    assert expected and by_page.errors == expected and by_code.errors == expected
    assert not Expenditure.objects.exists()


def test_nothing_is_written_when_any_row_is_wrong_and_everything_when_all_are_good(world, grants):
    user = world.users["school_staff"]
    good = [{**GOOD, "amount": "100.00", "category": "training"}, {**GOOD, "date": "2024-03-01"}]
    result = bulk.import_expenditures(user, [*good, {**GOOD, "category": "nosuch"}], dry_run=False,
                                      school=world.own.school, fiscal_year=grants.year)
    assert [(r, c) for r, c, _m in result.errors] == [(3, "category")] and result.imported == 0
    assert not Expenditure.objects.exists() and not SpendingRollup.objects.exists()
    assert not MonthlyRollup.objects.exists()

    dry = bulk.import_expenditures(user, good, dry_run=True, school=world.own.school, fiscal_year=grants.year)
    assert dry.ok and not Expenditure.objects.exists()

    events = Expenditure.pgh_event_model.objects.count()
    result = bulk.import_expenditures(user, good, dry_run=False, school=world.own.school, fiscal_year=grants.year)
    assert result.ok and result.imported == 2 and Expenditure.objects.count() == 2
    assert Expenditure.pgh_event_model.objects.count() == events + 2  # the audit trail has every row
    assert set(Expenditure.objects.values_list("province_id", flat=True)) == {world.own.province.code}
    monthly = {(m.month, m.category_id): m.total for m in MonthlyRollup.objects.all()}
    assert monthly == {(datetime.date(2024, 1, 1), grants.training.pk): Decimal("100.00"),
                       (datetime.date(2024, 3, 1), grants.materials.pk): Decimal("1000.00")}
    before = sorted(SpendingRollup.objects.values_list("school_id", "category_id", "total", "count"))
    services.rebuild_rollups()
    assert sorted(SpendingRollup.objects.values_list("school_id", "category_id", "total", "count")) == before
    assert {(m.month, m.category_id): m.total for m in MonthlyRollup.objects.all()} == monthly


def test_the_row_cap_is_enforced_while_reading():
    upload = SimpleUploadedFile("s.csv", b"a\n1\n2\n3\n4\n")
    _header, rows = tabular.iter_table(upload, max_rows=2)
    assert next(rows) == (2, {"a": "1"}) and next(rows) == (3, {"a": "2"})
    with pytest.raises(tabular.UnreadableFile):
        next(rows)


def test_allocation_import_refuses_a_cut_below_spending_like_the_one_row_service(world, grants):
    admin = world.users["sbn_admin"]
    spend(grants.own, "30000.00")
    row = {"school_code": world.own.school.code, "fiscal_year": "2567", "programme": "innovation",
           "amount": "29999.99"}
    expected = []
    try:
        cut = Allocation.objects.get(pk=grants.own.pk)
        cut.amount = Decimal("29999.99")
        services.save_allocation(admin, cut)
    except ValidationError as exc:
        bulk.collect(expected, 1, exc)
    result = bulk.import_allocations(admin, [row], dry_run=False)
    assert expected and result.errors == expected
    assert Allocation.objects.get(pk=grants.own.pk).amount == Decimal("100000.00")

    director = world.users["school_director"]
    refused = bulk.import_allocations(director, [{**row, "amount": "200000"}], dry_run=False)
    assert refused.errors == [(1, "", "You do not have permission to do this.")]
    done = bulk.import_allocations(admin, [{**row, "amount": "200000"}, {**row, "school_code":
                                           world.other.school.code, "amount": "5"}], dry_run=False)
    assert done.ok and Allocation.objects.get(pk=grants.own.pk).amount == Decimal("200000.00")
    assert Allocation.objects.get(pk=grants.other.pk).amount == Decimal("5.00")
