"""Issue 17 item 6 (duplicates): the same receipt (school, receipt number, amount, date) entered twice is
a likely duplicate on the quick form and in the API; it goes in only when the person confirms."""

import datetime
from decimal import Decimal

import pytest
from django.urls import reverse

from grants import services
from grants.models import Expenditure
from tests.conftest import api_as
from tests.trust.conftest import spend

pytestmark = pytest.mark.django_db
URL = "/api/v1/expenditures/"


@pytest.fixture
def first(grants):
    return spend(grants.own, "1250.00", day=datetime.date(2024, 2, 3), receipt_number="RC-77")


def payload(grants, **changes):
    return {"allocation": grants.own.pk, "date": "2024-02-03", "amount": "1250.00", "category": "materials",
            "description": "Paper again", "payee": "Shop", "receipt_number": "rc-77 ", **changes}


def test_the_api_answers_409_naming_the_matching_row(world, grants, first):
    client = api_as(world.users["school_director"], "en")
    response = client.post(URL, payload(grants), format="json")
    assert response.status_code == 409, response.content
    body = response.json()
    assert body["code"] == "likely_duplicate" and "RC-77" in body["message"]
    assert body["duplicate"]["id"] == first.pk and body["duplicate"]["amount"] == "1250.00"
    assert Expenditure.objects.count() == 1
    confirmed = client.post(URL, payload(grants, confirm_duplicate=True), format="json")
    assert confirmed.status_code == 201, confirmed.content
    assert Expenditure.objects.count() == 2


def test_a_different_amount_date_or_missing_number_is_no_duplicate(world, grants, first):
    client = api_as(world.users["school_director"])
    for changes in ({"amount": "1250.01"}, {"date": "2024-02-04"}, {"receipt_number": ""}):
        assert client.post(URL, payload(grants, **changes), format="json").status_code == 201, changes
    other_school = api_as(world.users["sbn_admin"]).post(URL, payload(grants, allocation=grants.other.pk),
                                                          format="json")
    assert other_school.status_code == 201


def test_editing_a_row_into_a_duplicate_is_refused_too(world, grants, first):
    second = spend(grants.own, "99.00", day=datetime.date(2024, 2, 3), receipt_number="RC-77")
    client = api_as(world.users["school_director"])
    response = client.patch(f"{URL}{second.pk}/", {"amount": "1250.00"}, format="json")
    assert response.status_code == 409
    second.refresh_from_db()
    assert second.amount == Decimal("99.00")


def test_the_quick_form_warns_and_records_once_confirmed(client, world, grants, first):
    client.force_login(world.users["school_staff"])
    url = reverse("grants:expenditure-add", args=[world.own.school.pk, 2567])
    data = {"allocation": grants.own.pk, "date": "2024-02-03", "amount": "1250.00", "category": grants.materials.pk,
            "description": "Paper again", "payee": "Shop", "receipt_number": "RC-77"}
    response = client.post(url, data, HTTP_HX_REQUEST="true", HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 200
    assert "already recorded" in response.content.decode() and 'name="confirm_duplicate"' in response.content.decode()
    assert Expenditure.objects.count() == 1
    response = client.post(url, {**data, "confirm_duplicate": "on"}, HTTP_HX_REQUEST="true")
    assert response.status_code == 200 and Expenditure.objects.count() == 2


def test_one_rule_for_every_path(grants, first):
    assert list(services.likely_duplicates(first.school_id, " rc-77", Decimal("1250.00"), first.date)) == [first]
    assert not services.likely_duplicates(first.school_id, "", Decimal("1250.00"), first.date).exists()
    assert not services.likely_duplicates(first.school_id, "RC-77", Decimal("1250.00"), first.date,
                                          excluding=first.pk).exists()


def test_no_role_and_other_school_cannot_write_at_all(world, grants, first):
    assert api_as(world.users["no_role"]).post(URL, payload(grants), format="json").status_code == 403
