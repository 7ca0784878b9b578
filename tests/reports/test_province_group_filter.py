"""A province group narrows the national dashboard, the grants summary (page, export, API), the
completeness API and the province-level lists; a page opens with the user's default group, a named
group (even "all") wins, and an unknown group is refused."""

import csv
import datetime
import io
from decimal import Decimal

import pytest
from django.core.cache import cache
from django.test import Client
from django.urls import reverse

from provinces.models import ProvinceGroup, ProvinceGroupPreference
from tests.conftest import api_as
from tests.reports.data import YEAR, make_grants

# make_grants: the world's own school spends 40,000.50 and one more school of its province 20,000.00; the
# other province's one school 40,000.50.
OWN_SPENT = Decimal("60000.50")
OTHER_SPENT = Decimal("40000.50")


@pytest.fixture
def grouped(world):
    make_grants(world)
    group = ProvinceGroup.objects.create(name="กลุ่มจังหวัดทดสอบ")
    group.provinces.add(world.own.province)
    cache.clear()
    return group


def body(response):
    chunks = response.streaming_content if response.streaming else [response.content]
    return b"".join(chunks).decode("utf-8-sig")


def signed_in(user):
    client = Client()
    client.force_login(user)
    return client


def dashboard(client, **query):
    return client.get(reverse("reports:dashboard-national"), {"fiscal_year": YEAR, **query})


@pytest.mark.django_db
def test_national_dashboard_shows_only_the_group(world, grouped):
    client = signed_in(world.users["sbn_admin"])
    whole = dashboard(client).context["data"]
    assert {row["key"] for row in whole["groups"]} == {world.own.province.pk, world.other.province.pk}
    narrowed = dashboard(client, group=grouped.pk)
    data = narrowed.context["data"]
    assert [row["key"] for row in data["groups"]] == [world.own.province.pk]
    assert data["totals"]["spent"] == sum(row["spent"] for row in data["groups"])
    assert data["totals"]["spent"] == OWN_SPENT
    assert whole["totals"]["spent"] - data["totals"]["spent"] == OTHER_SPENT
    assert [row["key"] for row in data["completeness"]] == [world.own.province.pk]
    assert world.other.province.name_th not in narrowed.content.decode().split('id="group"')[1].split("</select>")[1]


@pytest.mark.django_db
def test_dashboard_opens_with_the_default_group_and_all_wins(world, grouped):
    sbn = world.users["sbn_admin"]
    ProvinceGroupPreference.objects.create(user=sbn, group=grouped)
    client = signed_in(sbn)
    default = dashboard(client)
    assert default.context["group"] == grouped
    assert [row["key"] for row in default.context["data"]["groups"]] == [world.own.province.pk]
    everything = dashboard(client, group="")
    assert everything.context["group"] is None
    assert len(everything.context["data"]["groups"]) == 2


@pytest.mark.django_db
def test_dashboard_export_keeps_the_group(world, grouped):
    client = signed_in(world.users["sbn_admin"])
    response = dashboard(client, group=grouped.pk, export="csv", table="spending")
    assert response.status_code == 200
    text = body(response)
    assert world.own.province.name_th in text and world.other.province.name_th not in text


@pytest.mark.django_db
@pytest.mark.parametrize("group", ["999999", "abc", "99999999999999999999999"])
def test_unknown_group_is_not_found_on_pages(world, grouped, group):
    client = signed_in(world.users["sbn_admin"])
    assert dashboard(client, group=group).status_code == 404
    assert client.get(reverse("grants:home"), {"fiscal_year": YEAR, "group": group}).status_code == 404


@pytest.mark.django_db
def test_summary_page_and_its_export_keep_to_the_group(world, grouped):
    client = signed_in(world.users["province_officer"])
    page = client.get(reverse("grants:home"), {"fiscal_year": YEAR, "group": grouped.pk})
    assert [row["key"] for row in page.context["summary"].rows] == [world.own.province.pk]
    assert page.context["summary"].totals["spent"] == OWN_SPENT
    export = client.get(reverse("grants:home"), {"fiscal_year": YEAR, "group": grouped.pk, "export": "csv"})
    rows = list(csv.reader(io.StringIO(body(export))))
    names = " ".join(" ".join(row) for row in rows)
    assert world.own.province.name_th in names and world.other.province.name_th not in names


@pytest.mark.django_db
def test_spending_summary_api_takes_a_group_and_no_default(world, grouped):
    sbn = world.users["sbn_admin"]
    ProvinceGroupPreference.objects.create(user=sbn, group=grouped)
    client = api_as(sbn)
    url = "/api/v1/spending-summary/"
    everything = client.get(url, {"fiscal_year": YEAR})
    assert everything.status_code == 200, everything.content
    assert len(everything.json()["results"]) == 2  # the API applies no default group
    narrowed = client.get(url, {"fiscal_year": YEAR, "group": grouped.pk}).json()
    assert [row["key"] for row in narrowed["results"]] == [world.own.province.pk]
    assert narrowed["totals"]["spent"] == str(OWN_SPENT)
    refused = client.get(url, {"fiscal_year": YEAR, "group": 999999})
    assert refused.status_code == 400
    assert "group" in refused.json()["errors"]


@pytest.mark.django_db
def test_completeness_api_takes_a_group(world, grouped):
    client = api_as(world.users["sbn_admin"])
    body = client.get("/api/v1/completeness/", {"fiscal_year": YEAR, "group_by": "province",
                                                "group": grouped.pk}).json()
    assert [row["key"] for row in body["results"]] == [world.own.province.pk]
    assert client.get("/api/v1/completeness/", {"fiscal_year": YEAR, "group": "x"}).status_code == 400


@pytest.mark.django_db
def test_lists_take_a_group(world, grouped):
    client = api_as(world.users["sbn_admin"])
    everything = client.get("/api/v1/expenditures/", {"fiscal_year": YEAR}).json()
    assert everything["count"] == 7, everything
    expenditures = client.get("/api/v1/expenditures/", {"fiscal_year": YEAR, "group": grouped.pk}).json()
    assert expenditures["count"] == 4  # the own school's three and the other own-province school's one
    assert world.other.school.pk not in {row["school"] for row in expenditures["results"]}
    schools = client.get("/api/v1/schools/", {"group": grouped.pk}).json()
    assert {row["province"] for row in schools["results"]} == {world.own.province.pk}
    allocations = client.get("/api/v1/allocations/", {"fiscal_year": YEAR, "group": grouped.pk}).json()
    assert allocations["count"] == 2


@pytest.mark.django_db
def test_dashboard_is_closed_to_anonymous_and_api_to_no_token(world, grouped):
    assert Client().get(reverse("reports:dashboard-national"), {"group": grouped.pk}).status_code == 302
    assert Client().get("/api/v1/spending-summary/", {"fiscal_year": YEAR, "group": grouped.pk}).status_code == 401


@pytest.mark.django_db
def test_committee_lists_take_a_group(world, grouped):
    from committees.models import Committee, Level

    Committee.objects.create(name_th="คณะกรรมการในกลุ่ม", short_name="ในกลุ่ม", level=Level.PROVINCIAL,
                             province=world.own.province, term_start=datetime.date(2024, 1, 1))
    Committee.objects.create(name_th="คณะกรรมการนอกกลุ่ม", short_name="นอกกลุ่ม", level=Level.PROVINCIAL,
                             province=world.other.province, term_start=datetime.date(2024, 1, 1))
    client = api_as(world.users["sbn_admin"])
    names = {row["short_name"] for row in client.get("/api/v1/committees/", {"group": grouped.pk}).json()["results"]}
    assert names == {"ในกลุ่ม"}
    assert client.get("/api/v1/committees/", {"group": "x"}).status_code == 400
