"""The expenditure list writes its rows from tuples (grants.api.serializers.list_rows/list_data) for speed
at national scale; what a client reads must stay what ExpenditureSerializer writes for the same row."""

import datetime

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.test.utils import CaptureQueriesContext
from rest_framework.test import APIRequestFactory

from grants.api.serializers import ExpenditureSerializer
from grants.models import Expenditure, PlanLine
from tests.conftest import api_as
from tests.grants.conftest import spend

pytestmark = pytest.mark.django_db


def test_each_list_row_is_the_serializers_row(world, grants):
    line = PlanLine.objects.create(allocation=grants.own, activity="Books", category=grants.materials,
                                   planned_amount="5000.00")
    spend(grants.own, "1250.50", day=datetime.date(2024, 2, 3), receipt_number="RC-1", plan_line=line)
    spend(grants.own, "99.00", day=datetime.date(2024, 3, 1), receipt=SimpleUploadedFile("r.pdf", b"%PDF-1.4"),
          receipt_token="a" * 32, receipt_type="application/pdf")
    response = api_as(world.users["school_director"], "en").get("/api/v1/expenditures/", {"fiscal_year": 2567})
    assert response.status_code == 200
    listed = response.json()["results"]
    request = APIRequestFactory().get("/api/v1/expenditures/")
    for row in listed:
        expected = ExpenditureSerializer(Expenditure.objects.get(pk=row["id"]), context={"request": request}).data
        assert row == dict(expected)
    assert [row["amount"] for row in listed] == ["99.00", "1250.50"]  # newest first
    assert listed[0]["receipt_url"].endswith(f"/api/v1/expenditures/{listed[0]['id']}/receipt/")
    assert listed[1]["receipt_url"] is None and listed[1]["plan_line"] == line.pk


def test_the_list_runs_the_same_queries_for_10_or_500_rows(world, grants):
    client = api_as(world.users["sbn_admin"], "en")
    for day in range(1, 29):
        spend(grants.own, "10.00", day=datetime.date(2024, 2, day))
    counts = set()
    for size in (1, 10, 28):
        with CaptureQueriesContext(connection) as queries:
            body = client.get("/api/v1/expenditures/", {"fiscal_year": 2567, "page_size": size}).json()
        assert len(body["results"]) == size
        counts.add(len(queries))
    assert len(counts) == 1


def test_the_count_of_a_year_or_a_provinces_year_matches_the_rows(world, grants):
    """A whole year's list takes its count from the monthly rollup; every other filter counts the rows."""
    from grants import bulk

    spend(grants.own, "10.00", day=datetime.date(2024, 2, 1))
    spend(grants.other, "10.00", day=datetime.date(2024, 2, 1))
    rows = [{"date": "2024-02-02", "amount": "5.00", "category": "materials", "description": "Pens", "payee": "Shop"}]
    assert bulk.import_expenditures(world.users["school_staff"], rows * 3, dry_run=False, school=world.own.school,
                                    fiscal_year=grants.year).imported == 3
    client = api_as(world.users["sbn_admin"], "en")
    own_province = world.own.school.province_id
    for params, expected in (({"fiscal_year": 2567}, 5), ({"fiscal_year": 2567, "province": own_province}, 4),
                             ({"fiscal_year": 2567, "school": world.own.school.pk}, 4),
                             ({"fiscal_year": 2566}, 0)):
        body = client.get("/api/v1/expenditures/", {**params, "page_size": 2}).json()
        assert body["count"] == expected == Expenditure.objects.filter(
            fiscal_year__year=params["fiscal_year"], **({"province_id": params["province"]} if "province" in params
                                                       else {"school": params["school"]} if "school" in params
                                                       else {})).count(), params
    assert api_as(None).get("/api/v1/expenditures/", {"fiscal_year": 2567}).status_code in (401, 403)
