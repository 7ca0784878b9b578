"""Spending past a plan line or past the transfers received is saved, and said: when entering, on the
review page and on the dashboards."""

import datetime
from decimal import Decimal

import pytest
from django.urls import reverse

from grants import services, summaries
from grants.models import Expenditure, Period, PlanLine, Transfer
from tests.conftest import api_as
from tests.grants.conftest import spend

URL = "/api/v1/expenditures/"


@pytest.fixture
def plan(grants):
    """A 10,000 baht transfer received and a 3,000 baht plan line for the own school."""
    Transfer.objects.create(allocation=grants.own, installment=1, date=datetime.date(2023, 11, 1),
                            amount=Decimal("10000.00"))
    return PlanLine.objects.create(allocation=grants.own, activity="ค่ายวิทยาศาสตร์", category=grants.materials,
                                   planned_amount=Decimal("3000.00"))


def _payload(grants, plan, **changes):
    data = {"allocation": grants.own.pk, "date": "2024-02-01", "amount": "2000.00", "category": "materials",
            "description": "ชุดทดลอง", "payee": "ร้านวิทย์", "plan_line": plan.pk}
    data.update(changes)
    return data


def _codes(response):
    return [w["code"] for w in response.json()["warnings"]]


def test_api_saves_and_warns_past_the_plan_line_then_past_the_transfers(world, grants, plan):
    director = api_as(world.users["school_director"])
    first = director.post(URL, _payload(grants, plan), format="json")
    assert first.status_code == 201 and _codes(first) == []
    second = director.post(URL, _payload(grants, plan, amount="1500.00"), format="json")
    assert second.status_code == 201 and _codes(second) == ["over_plan_line"]
    assert "500.00" in second.json()["warnings"][0]["message"]
    third = director.post(URL, _payload(grants, plan, amount="7000.00", plan_line=None), format="json")
    assert third.status_code == 201 and _codes(third) == ["over_received"]
    assert Expenditure.objects.filter(school=world.own.school).count() == 3
    # An edit that brings it back under says nothing more.
    fixed = director.patch(f"{URL}{third.json()['id']}/", {"amount": "6000.00"}, format="json")
    assert fixed.status_code == 200 and _codes(fixed) == []


def test_a_refused_write_has_no_warnings_and_writes_nothing(world, grants, plan):
    response = api_as(world.users["school_director"]).post(URL, _payload(grants, plan, amount="100000.01"),
                                                           format="json")
    assert response.status_code == 409 and "warnings" not in response.json()
    assert not Expenditure.objects.exists()


def test_another_school_cannot_write_and_so_sees_no_warning(world, grants, plan):
    response = api_as(world.users["school_director"]).post(URL, {**_payload(grants, plan),
                                                                 "allocation": grants.other.pk, "plan_line": None},
                                                           format="json")
    assert response.status_code == 403


def test_quick_form_shows_the_warning_with_htmx(client, world, grants, plan):
    client.force_login(world.users["school_staff"])
    url = reverse("grants:expenditure-add", args=[world.own.school.pk, 2567])
    form = {"allocation": grants.own.pk, "date": "2024-02-01", "amount": "3500.00", "category": grants.materials.pk,
            "description": "ชุดทดลอง", "payee": "ร้านวิทย์", "receipt_number": "", "plan_line": plan.pk}
    html = client.post(url, form, HTTP_HX_REQUEST="true").content.decode()
    assert 'data-warning="over_plan_line"' in html and "alert-success" in html
    assert Expenditure.objects.count() == 1


def test_review_page_and_dashboard_flag_the_school(client, world, grants, plan):
    spend(grants.own, "12000.00", day=datetime.date(2024, 1, 10), plan_line=plan)
    flags = summaries.spending_flags(grants.year)
    assert [(f["school_id"], f["over_received"], f["lines_over"], f["over_plan"]) for f in flags] == [
        (world.own.school.pk, Decimal("2000.00"), 1, Decimal("9000.00"))]
    assert summaries.spending_flags(grants.year, province=world.other.province) == []
    period = Period.objects.create(school=world.own.school, fiscal_year=grants.year, month=datetime.date(2024, 1, 1))
    services.transition(world.users["school_director"], period, "submit")
    client.force_login(world.users["agency_supervisor"])
    html = client.get(reverse("grants:period-detail", args=[period.pk])).content.decode()
    assert 'data-flag="over_received"' in html and 'data-flag="over_plan_line"' in html
    queue = client.get(reverse("grants:queue")).content.decode()
    assert 'data-flag="over_received"' in queue
    client.force_login(world.users["sbn_admin"])
    dashboard = client.get(reverse("reports:dashboard-national"), {"fiscal_year": 2567, "refresh": 1})
    assert dashboard.status_code == 200
    html = dashboard.content.decode()
    assert "table-money_flags" in html and 'id="completeness"' in html and "table-completeness" in html
