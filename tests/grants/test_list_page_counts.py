"""The expenditure list page counts a list narrowed by nothing or by its year alone from the monthly
rollup, not by a COUNT(*) over every row, and the count it shows is the rows' own."""

import datetime

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from grants.models import Allocation, FiscalYear
from tests.grants.conftest import spend

pytestmark = pytest.mark.django_db


def shown_count(client, **filters):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(reverse("grants:expenditure-list"), {"group": "", **filters})
    assert response.status_code == 200
    counted = [q["sql"] for q in queries if 'COUNT(*)' in q["sql"] and '"grants_expenditure"' in q["sql"]]
    return response.context["paginator"].count, bool(counted)


def test_the_list_page_shows_the_rows_count_from_the_rollup_for_all_years_and_for_one(world, grants):
    spend(grants.own, day=datetime.date(2024, 1, 15))
    spend(grants.other, day=datetime.date(2024, 2, 15))
    later = FiscalYear.objects.create(year=2568)
    next_year = Allocation.objects.create(school=world.own.school, fiscal_year=later, programme=grants.programme,
                                          amount="5000.00")
    for day in (1, 2, 3):
        spend(next_year, day=datetime.date(2024, 11, day))
    client = Client(HTTP_ACCEPT_LANGUAGE="th")
    client.force_login(world.users["sbn_viewer"])
    assert shown_count(client) == (5, False)
    assert shown_count(client, fiscal_year=2567) == (2, False)
    assert shown_count(client, fiscal_year=2568) == (3, False)
    assert shown_count(client, fiscal_year=2570) == (0, False)  # no such year: nothing, and nothing counted
    assert shown_count(client, school=world.own.school.pk) == (4, True)  # counted from the rows
    assert shown_count(client, fiscal_year=2567, q="Notebooks") == (2, True)
    # a year that is no number lists nothing and says so (tests/sandbox/test_refused_filters.py), counting nothing
    refused = client.get(reverse("grants:expenditure-list"), {"fiscal_year": "not-a-year"})
    assert refused.status_code == 400 and refused.context["paginator"].count == 0


def test_a_role_less_account_sees_no_rows_and_no_count(world, grants):
    spend(grants.own)
    client = Client()
    client.force_login(world.users["no_role"])
    response = client.get(reverse("grants:expenditure-list"))
    assert response.status_code == 200
    assert response.context["paginator"].count == 0
