"""Open data: anyone reads SBN-accepted spending per month, keyed by official codes; nothing else."""

import csv
import datetime
import io

import pytest
from rest_framework.test import APIClient

from grants.models import Period, PeriodStatus, PeriodStep
from schools.models import Agency
from tests.contract.conftest import refused
from tests.grants.conftest import spend

pytestmark = pytest.mark.django_db
JAN, FEB = datetime.date(2024, 1, 1), datetime.date(2024, 2, 1)


def period(world, grants, side, month, status, steps=()):
    row = Period.objects.create(school=world.side(side).school, fiscal_year=grants.year, month=month, status=status)
    for action, before, after in steps:
        PeriodStep.objects.create(period=row, action=action, from_status=before, to_status=after,
                                  user=world.users["sbn_admin"])
    return row


ACCEPTED = [("accept", PeriodStatus.ACKNOWLEDGED, PeriodStatus.ACCEPTED)]
REVISED = [*ACCEPTED, ("reopen", PeriodStatus.ACCEPTED, PeriodStatus.OPEN),
           ("accept", PeriodStatus.ACKNOWLEDGED, PeriodStatus.ACCEPTED)]


@pytest.fixture
def published(world, grants):
    spend(grants.own, "1000.00", datetime.date(2024, 1, 10), payee="Secret payee")
    spend(grants.own, "250.50", datetime.date(2024, 1, 20), category=grants.training)
    spend(grants.own, "700.00", datetime.date(2024, 2, 3))  # February: not accepted
    spend(grants.other, "300.00", datetime.date(2024, 1, 5))
    period(world, grants, "own", JAN, PeriodStatus.ACCEPTED, ACCEPTED)
    period(world, grants, "own", FEB, PeriodStatus.ACKNOWLEDGED)
    period(world, grants, "other", JAN, PeriodStatus.ACCEPTED, REVISED)


def test_anyone_reads_only_accepted_months_keyed_by_official_codes(world, published):
    rows = APIClient().get("/api/v1/open-data/spending/?fiscal_year=2567&by=school").json()
    assert [(r["month"], r["school_code"], r["amount"]) for r in rows] == sorted([
        ("2024-01", world.own.school.code, "1250.50"), ("2024-01", world.other.school.code, "300.00")])
    own = next(r for r in rows if r["school_code"] == world.own.school.code)
    assert own["province_code"] == world.own.province.code and own["fiscal_year"] == 2567
    assert own["as_of"] and own["revised"] is False and own["expenditures"] == 2
    other = next(r for r in rows if r["school_code"] == world.other.school.code)
    assert other["revised"] is True


def test_by_province_and_category_and_csv(world, published):
    api = APIClient()
    provinces = api.get("/api/v1/open-data/spending/?fiscal_year=2567&by=province&month=2024-01").json()
    assert {r["province_code"]: r["amount"] for r in provinces} == {
        world.own.province.code: "1250.50", world.other.province.code: "300.00"}
    categories = api.get("/api/v1/open-data/spending/?fiscal_year=2567&by=category").json()
    assert {r["category_code"]: r["amount"] for r in categories} == {"materials": "1300.00", "training": "250.50"}
    response = api.get("/api/v1/open-data/spending/?fiscal_year=2567&by=school&export=csv")
    assert response["Content-Type"].startswith("text/csv")
    text = response.content.decode("utf-8-sig")  # a byte-order mark, as every CSV the portal writes
    assert "Secret payee" not in text and "receipt" not in text
    table = list(csv.DictReader(io.StringIO(text)))
    assert {r["school_code"] for r in table} == {world.own.school.code, world.other.school.code}
    assert set(table[0]) == {"fiscal_year", "month", "province_code", "agency_code", "school_code", "amount",
                             "expenditures", "schools", "as_of", "revised"}


def test_csv_keeps_a_code_that_looks_like_a_formula_as_text(world, published):
    """An office code typed as a spreadsheet formula is published as text, never run when opened."""
    Agency.objects.filter(pk=world.own.agency.pk).update(code='=cmd|"/c calc"!A1')
    response = APIClient().get("/api/v1/open-data/spending/?fiscal_year=2567&by=agency&export=csv")
    table = list(csv.DictReader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert {r["agency_code"] for r in table} == {"'=cmd|\"/c calc\"!A1", world.other.agency.code}
    assert {r["revised"] for r in table} == {"true", "false"} and {r["amount"] for r in table} == {"1250.50", "300.00"}


def test_the_index_lists_published_months_and_the_page_links_to_it(client, published):
    body = APIClient().get("/api/v1/open-data/").json()
    assert body["datasets"] == [{"fiscal_year": 2567, "months": ["2024-01"]}]
    page = client.get("/open-data/")
    assert page.status_code == 200 and "/api/v1/open-data/spending/" in page.content.decode()


@pytest.mark.parametrize("query", ["fiscal_year=2599", "fiscal_year=abc", "", "fiscal_year=2567&by=payee",
                                   "fiscal_year=2567&month=2025-01", "fiscal_year=2567&month=13",
                                   "fiscal_year=2567&export=xlsx"])
def test_refusals(grants, query):
    refused(APIClient().get(f"/api/v1/open-data/spending/?{query}"), 400)
