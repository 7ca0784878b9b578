"""Money is strict everywhere: the API, the pages and imported files read an amount one way."""

from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError

from grants.models import Allocation, Expenditure
from sandbox.money import MoneyFormField, parse_cell, parse_money
from tests.contract.conftest import refused

pytestmark = pytest.mark.django_db

REFUSED_EVERYWHERE = ["1e3", "2.5E1", "+5", " 5", "5 ", "๕", "٣", "1.234", "1234567890123", "1,0", "5\n",
                      "NaN", "Infinity", "0x10", "1_000", ""]


@pytest.mark.parametrize("text", REFUSED_EVERYWHERE)
def test_the_parser_refuses(text):
    with pytest.raises(ValidationError):
        parse_money(text)
    with pytest.raises(ValidationError):
        parse_cell(text)


@pytest.mark.parametrize("value, amount", [
    ("1000", "1000"), ("1000.5", "1000.50"), ("-12.34", "-12.34"), (1000, "1000"), (1000.5, "1000.50"),
    ("123456789012.99", "123456789012.99"),
])
def test_the_parser_reads(value, amount):
    assert parse_money(value) == Decimal(amount)


@pytest.mark.parametrize("value", [True, None, [], {}, 1e16, 0.125])
def test_json_values_that_are_not_amounts(value):
    with pytest.raises(ValidationError):
        parse_money(value)


def test_people_may_type_thousands_separators_on_pages_and_in_files_not_in_json():
    assert parse_cell("3,500") == Decimal("3500")
    assert parse_cell("1,234,567.50") == Decimal("1234567.50")
    assert MoneyFormField().clean("3,500") == Decimal("3500")
    with pytest.raises(ValidationError):
        parse_money("3,500")
    with pytest.raises(ValidationError):
        parse_cell("35,00")


@pytest.mark.parametrize("amount", ["1e3", "2.5E1", "+5", " 5", "๕", "٣", "1.234", "3,500", "1234567890123"])
def test_the_api_refuses_an_allocation_amount(admin_api, world, grants, amount):
    before = Allocation.objects.count()
    response = admin_api.post("/api/v1/allocations/", {
        "school": world.own.school.pk, "fiscal_year": 2567, "programme": "other", "amount": amount},
        format="json")
    body = refused(response, 400)
    assert "amount" in body["errors"]
    assert Allocation.objects.count() == before


@pytest.mark.parametrize("amount", ["1e3", "2.5E1", "๕", "1.005", "3,500"])
def test_the_api_refuses_an_expenditure_amount(world, grants, amount):
    from tests.contract.conftest import token_client

    api = token_client(world.users["school_staff"])
    response = api.post("/api/v1/expenditures/", {
        "allocation": grants.own.pk, "date": "2024-01-05", "amount": amount, "category": "materials",
        "description": "Paper", "payee": "Shop"}, format="json")
    body = refused(response, 400)
    assert "amount" in body["errors"]
    assert not Expenditure.objects.exists()


def test_the_api_takes_a_json_number_and_answers_a_string(world, grants):
    from tests.contract.conftest import token_client

    api = token_client(world.users["school_staff"])
    response = api.post("/api/v1/expenditures/", {
        "allocation": grants.own.pk, "date": "2024-01-05", "amount": 1500.5, "category": "materials",
        "description": "Paper", "payee": "Shop"}, format="json")
    assert response.status_code == 201, response.json()
    assert response.json()["amount"] == "1500.50"


def test_the_page_form_takes_thousands_separators_and_refuses_exponents(world, grants):
    from grants.forms import AllocationForm

    data = {"school": world.own.school.pk, "fiscal_year": grants.year.pk, "programme": grants.programme.pk,
            "amount": "3,500"}
    form = AllocationForm(data=data, user=world.users["sbn_admin"])
    form.is_valid()
    assert "amount" not in form.errors and form.cleaned_data["amount"] == Decimal("3500")
    form = AllocationForm(data={**data, "amount": "1e3"}, user=world.users["sbn_admin"])
    assert not form.is_valid() and "amount" in form.errors
