"""Totals at every level come from the same rows: they add up, on the pages and the API."""

import datetime
from decimal import Decimal

from django.urls import reverse

from grants import summaries
from grants.models import Allocation, Expenditure, Period, Transfer
from grants.services import rebuild_rollups, transition
from tests.battery import assert_constant_queries
from tests.conftest import api_as
from tests.factories import AgencyFactory, SchoolFactory
from tests.grants.conftest import spend

TODAY = datetime.date(2024, 3, 15)  # February 2567 is the latest month due


def _more_schools(world, grants):
    extra_agency = AgencyFactory(province=world.own.province)
    rows = []
    for index, agency in enumerate([world.own.agency, extra_agency, world.other.agency]):
        school = SchoolFactory(agency=agency)
        allocation = Allocation.objects.create(school=school, fiscal_year=grants.year, programme=grants.programme,
                                               amount=Decimal("50000.00") + index)
        rows.append(spend(allocation, f"{1234.56 + index}", category=grants.training))
        rows.append(spend(allocation, "0.01"))
    spend(grants.own, "333.33")
    spend(grants.other, "777.77", category=grants.training)
    return extra_agency


def _expenditure_total(**lookup):
    return sum((e.amount for e in Expenditure.objects.filter(fiscal_year__year=2567, **lookup)), Decimal("0"))


def test_every_level_adds_up_to_the_rows(world, grants):
    _more_schools(world, grants)
    national = summaries.spending_summary(2567, "province")
    assert national.totals["spent"] == _expenditure_total()
    by_province = {row["key"]: row["spent"] for row in national.rows}
    assert by_province == {world.own.province.pk: _expenditure_total(school__province=world.own.province),
                           world.other.province.pk: _expenditure_total(school__province=world.other.province)}
    by_school = summaries.spending_summary(2567, "school").rows
    assert sum(row["spent"] for row in by_school) == national.totals["spent"]
    for row in by_school:
        assert row["spent"] == _expenditure_total(school_id=row["key"])
    by_agency = summaries.spending_summary(2567, "agency", province=world.own.province.pk)
    assert sum(r["spent"] for r in by_agency.rows) == by_province[world.own.province.pk]
    categories = summaries.spending_summary(2567, "category")
    assert sum(r["spent"] for r in categories.rows) == national.totals["spent"]
    assert national.totals["allocated"] == sum(a.amount for a in Allocation.objects.all())


def test_the_rollup_equals_a_rebuild_from_the_rows(world, grants):
    _more_schools(world, grants)
    before = summaries.spending_summary(2567, "school").rows
    rebuild_rollups()
    assert summaries.spending_summary(2567, "school").rows == before


def test_api_summary_matches_the_rows_and_uses_strings(world, grants):
    _more_schools(world, grants)
    client = api_as(world.users["school_staff"])
    for group_by in ["province", "agency", "school"]:
        body = client.get("/api/v1/spending-summary/", {"fiscal_year": 2567, "group_by": group_by}).json()
        assert body["totals"]["spent"] == str(_expenditure_total())
        assert sum(Decimal(r["spent"]) for r in body["results"]) == _expenditure_total()
    category = client.get("/api/v1/spending-summary/", {"fiscal_year": 2567, "group_by": "category"}).json()
    assert Decimal(category["totals"]["spent"]) == _expenditure_total()
    bad = client.get("/api/v1/spending-summary/", {"fiscal_year": 2567, "group_by": "district"})
    assert bad.status_code == 400
    assert client.get("/api/v1/spending-summary/", {"fiscal_year": 2999}).status_code == 400


def test_summary_export_csv(world, grants):
    _more_schools(world, grants)
    response = api_as(world.users["sbn_viewer"]).get("/api/v1/spending-summary/",
                                                     {"fiscal_year": 2567, "group_by": "province", "export": "csv"})
    text = b"".join(response.streaming_content).decode("utf-8-sig")
    assert world.own.province.name_th in text
    assert str(_expenditure_total(school__province=world.own.province)) in text


def test_pages_show_the_same_totals(client, world, grants):
    _more_schools(world, grants)
    client.force_login(world.users["school_staff"])
    national = client.get(reverse("grants:home"), {"fiscal_year": 2567}).content.decode()
    from sandbox.formatting import format_baht

    assert format_baht(_expenditure_total()) in national
    assert format_baht(_expenditure_total(school__province=world.own.province)) in national
    province = client.get(reverse("grants:home"), {"fiscal_year": 2567, "province": world.own.province.pk})
    assert format_baht(_expenditure_total(school__province=world.own.province)) in province.content.decode()
    agency = client.get(reverse("grants:home"), {"fiscal_year": 2567, "agency": world.own.agency.pk})
    assert format_baht(_expenditure_total(school__agency=world.own.agency)) in agency.content.decode()


def test_not_reported_counts_schools_without_a_submitted_due_month(world, grants):
    period = Period.objects.create(school=world.own.school, fiscal_year=grants.year, month=datetime.date(2024, 2, 1))
    transition(world.users["sbn_admin"], period, "submit")
    summary = summaries.spending_summary(2567, "school", today=TODAY)
    assert summary.due_month == datetime.date(2024, 2, 1)
    reported = {row["key"]: row["reported"] for row in summary.rows}
    assert reported == {world.own.school.pk: True, world.other.school.pk: False}
    assert summaries.spending_summary(2567, "province", today=TODAY).totals["not_reported"] == 1


def test_school_year_figures(world, grants):
    Transfer.objects.create(allocation=grants.own, installment=1, date=datetime.date(2023, 11, 1), amount="60000")
    spend(grants.own, "1500.25")
    spend(grants.own, "499.75", category=grants.training)
    figures = summaries.school_year_figures(world.own.school, 2567)
    assert figures["allocated"] == Decimal("100000.00") and figures["received"] == Decimal("60000.00")
    assert figures["spent"] == Decimal("2000.00") and figures["balance"] == Decimal("98000.00")
    assert figures["spend_rate"] == Decimal("2.0")
    assert figures["as_of"] is not None
    assert {c["code"]: c["spent"] for c in figures["by_category"]} == {"materials": Decimal("1500.25"),
                                                                      "training": Decimal("499.75")}


def test_national_page_and_api_issue_a_constant_number_of_queries(client, world, grants):
    client.force_login(world.users["sbn_viewer"])
    viewer = api_as(world.users["sbn_viewer"])
    _more_schools(world, grants)

    def schools_listed():
        body = viewer.get("/api/v1/spending-summary/", {"fiscal_year": 2567, "group_by": "school"}).json()
        return len(body["results"])

    listed_at_start = schools_listed()

    def add_rows():
        for _ in range(5):
            _more_schools(world, grants)

    assert_constant_queries(client, reverse("grants:home"), add_rows, fiscal_year=2567)
    assert_constant_queries(viewer, "/api/v1/spending-summary/", add_rows, fiscal_year=2567, group_by="school")
    assert_constant_queries(viewer, "/api/v1/allocations/", add_rows)
    # Each call added 5 x 3 schools: the constant counts were taken over growing lists.
    assert schools_listed() == listed_at_start + 3 * 5 * 3
