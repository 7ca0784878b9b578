"""Issue 17 item 3: a fiscal year's number and an allocation's school, year and programme are fixed once
anything refers to them; records that money or sign-off refer to are never deleted."""

import datetime
from decimal import Decimal

import pytest
from django.db import IntegrityError, transaction
from django.urls import reverse

from grants.models import (
    Allocation,
    FiscalYear,
    Period,
    PeriodStatus,
    PeriodStep,
    PlanLine,
    Programme,
    Transfer,
)
from tests.conftest import api_as
from tests.factories import SchoolFactory
from tests.trust.conftest import spend

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin(world):
    return world.users["sbn_admin"]


def test_a_used_fiscal_years_number_is_fixed_in_the_api(admin, grants):
    spend(grants.own)
    response = api_as(admin, "en").patch("/api/v1/fiscal-years/2567/", {"year": 2599}, format="json")
    assert response.status_code == 400, response.content
    assert "cannot change" in response.json()["errors"]["year"][0]
    assert FiscalYear.objects.filter(year=2567).exists() and not FiscalYear.objects.filter(year=2599).exists()
    # Other fields of the same year stay editable.
    assert api_as(admin).patch("/api/v1/fiscal-years/2567/", {"due_day": 15}, format="json").status_code == 200


def test_a_used_fiscal_years_number_is_fixed_on_the_page(client, admin, grants):
    client.force_login(admin)
    response = client.post(reverse("grants:fiscalyear-edit", args=[grants.year.pk]),
                           {"year": 2599, "is_open": "on", "due_day": 10}, HTTP_ACCEPT_LANGUAGE="th")
    assert response.status_code == 200
    assert response.context["form"].errors["year"]
    grants.year.refresh_from_db()
    assert grants.year.year == 2567 and grants.year.start == datetime.date(2023, 10, 1)


def test_an_unused_fiscal_year_may_still_be_renumbered(admin, world):
    FiscalYear.objects.create(year=2580)
    response = api_as(admin).patch("/api/v1/fiscal-years/2580/", {"year": 2581}, format="json")
    assert response.status_code == 200, response.content
    assert FiscalYear.objects.get(year=2581).start == datetime.date(2037, 10, 1)


@pytest.mark.parametrize("field", ["school", "fiscal_year", "programme"])
def test_an_allocation_with_spending_keeps_its_keys(admin, world, grants, field):
    spend(grants.own)
    FiscalYear.objects.create(year=2568)
    Programme.objects.create(code="second", name_th="ที่สอง")
    third = SchoolFactory(agency=world.other.agency)  # a school with no allocation of its own yet
    value = {"school": third.pk, "fiscal_year": 2568, "programme": "second"}[field]
    before = Allocation.objects.values().get(pk=grants.own.pk)
    response = api_as(admin, "en").patch(f"/api/v1/allocations/{grants.own.pk}/", {field: value}, format="json")
    assert response.status_code == 400, response.content
    assert "cannot change" in response.json()["errors"][field][0], response.json()
    assert Allocation.objects.values().get(pk=grants.own.pk) == before
    assert api_as(admin).patch(f"/api/v1/allocations/{grants.own.pk}/", {"amount": "150000.00"},
                               format="json").status_code == 200


def test_an_allocation_with_transfers_keeps_its_school_on_the_page(client, admin, world, grants):
    Transfer.objects.create(allocation=grants.own, installment=1, date=datetime.date(2023, 11, 1),
                            amount=Decimal("50000.00"))
    client.force_login(admin)
    response = client.post(reverse("grants:allocation-edit", args=[grants.own.pk]), {
        "school": world.other.school.pk, "fiscal_year": grants.year.pk, "programme": grants.programme.pk,
        "amount": "100000.00", "note": ""})
    assert response.status_code == 200 and response.context["form"].errors
    grants.own.refresh_from_db()
    assert grants.own.school_id == world.own.school.pk


def test_an_unused_allocation_may_move(admin, world, grants):
    response = api_as(admin).patch(f"/api/v1/allocations/{grants.own.pk}/", {"programme": "innovation",
                                                                              "note": "checked"}, format="json")
    assert response.status_code == 200


def test_an_allocation_with_transfers_or_plan_lines_is_not_deleted(admin, grants):
    Transfer.objects.create(allocation=grants.own, installment=1, date=datetime.date(2023, 11, 1),
                            amount=Decimal("50000.00"))
    PlanLine.objects.create(allocation=grants.other, activity="Camp", category=grants.materials,
                            planned_amount=Decimal("1000.00"))
    for allocation in (grants.own, grants.other):
        response = api_as(admin).delete(f"/api/v1/allocations/{allocation.pk}/")
        assert response.status_code == 400, response.content
        assert Allocation.objects.filter(pk=allocation.pk).exists()
    assert Transfer.objects.count() == 1 and PlanLine.objects.count() == 1


def test_a_verified_period_with_its_steps_is_not_deleted(admin, world, grants):
    period = Period.objects.create(school=world.own.school, fiscal_year=grants.year, month=datetime.date(2024, 1, 1),
                                   status=PeriodStatus.VERIFIED)
    for action, before, after in (("submit", "open", "submitted"), ("verify", "submitted", "verified")):
        PeriodStep.objects.create(period=period, action=action, from_status=before, to_status=after, user=admin)
    response = api_as(admin).delete(f"/api/v1/periods/{period.pk}/")
    assert response.status_code == 400, response.content
    period.refresh_from_db()
    assert period.status == PeriodStatus.VERIFIED and period.steps.count() == 2
    # The month stays locked: its rows cannot be changed.
    row = spend(grants.own, day=datetime.date(2024, 1, 20))
    director = api_as(world.users["school_director"])
    assert director.patch(f"/api/v1/expenditures/{row.pk}/", {"amount": "5.00"}, format="json").status_code == 409


def test_a_shell_update_cannot_bend_the_keys_either(grants, world):
    spend(grants.own)
    with pytest.raises(IntegrityError), transaction.atomic():
        FiscalYear.objects.filter(pk=grants.year.pk).update(year=2599)
    with pytest.raises(IntegrityError), transaction.atomic():
        Allocation.objects.filter(pk=grants.own.pk).update(school=world.other.school)
    # An allocation nobody refers to yet may still be corrected, and amounts are not keys.
    assert Allocation.objects.filter(pk=grants.other.pk).update(amount=Decimal("90000.00")) == 1
