import csv
import io

import openpyxl
import pytest
from django.core.cache import cache
from django.urls import reverse

from tests.battery import assert_constant_queries
from tests.factories import SchoolFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _fresh_cache():
    cache.clear()  # figures are cached for minutes; every test computes its own
    yield
    cache.clear()


def national():
    return reverse("reports:dashboard-national") + "?fiscal_year=2567"


@pytest.mark.parametrize("role, url_name, expected", [
    # National spending is open to every role (the grants pages show it too); no role reads nothing.
    ("sbn_viewer", "national", 200), ("province_officer", "national", 200), ("school_director", "national", 200),
    ("agency_supervisor", "national", 200), ("no_role", "national", 404),
    ("province_officer", "own_province", 200), ("province_officer", "other_province", 404),
    ("agency_supervisor", "own_agency", 200), ("agency_supervisor", "own_province", 404),
    ("school_director", "own_agency", 404), ("sbn_admin", "other_agency", 200),
])
def test_dashboard_access(client, world, grants, role, url_name, expected):
    urls = {
        "national": national(),
        "own_province": reverse("reports:dashboard-province", args=[world.own.province.code]),
        "other_province": reverse("reports:dashboard-province", args=[world.other.province.code]),
        "own_agency": reverse("reports:dashboard-agency", args=[world.own.agency.pk]),
        "other_agency": reverse("reports:dashboard-agency", args=[world.other.agency.pk]),
    }
    client.force_login(world.users[role])
    assert client.get(urls[url_name]).status_code == expected


def test_dashboard_needs_sign_in(client, world, grants):
    response = client.get(national())
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]


def test_national_dashboard_shows_figures_charts_and_computed_time(client, world, grants):
    client.force_login(world.users["sbn_admin"])
    html = client.get(national()).content.decode()
    assert "100,001.00" in html  # spent nationally, in baht with separators
    assert "บุรีรัมย์" in html and "สตูล" in html
    assert html.count("<svg") >= 4  # spend curve, by province, by category, not reported
    assert 'class="plan"' in html  # the straight line
    assert 'id="computed"' in html
    assert "style=" not in html and "<script>" not in html
    assert world.other.school.name_th in html  # listed among the schools that have not reported


def test_figures_are_cached_with_their_time_until_refreshed(client, world, grants):
    from grants.models import MonthlyRollup, SpendingRollup

    client.force_login(world.users["sbn_admin"])
    first = client.get(national()).context["data"]
    SpendingRollup.objects.update(total=0)
    MonthlyRollup.objects.update(total=0)
    assert client.get(national()).context["data"]["computed_at"] == first["computed_at"]
    refreshed = client.get(national() + "&refresh=1").context["data"]
    assert refreshed["computed_at"] > first["computed_at"] and refreshed["totals"]["spent"] == 0


def test_unknown_fiscal_year_is_404(client, world, grants):
    client.force_login(world.users["sbn_admin"])
    assert client.get(reverse("reports:dashboard-national") + "?fiscal_year=2400").status_code == 404
    assert client.get(reverse("reports:dashboard-national") + "?fiscal_year=abc").status_code == 404


def test_exports_csv_and_xlsx(client, world, grants):
    client.force_login(world.users["province_officer"])
    url = reverse("reports:dashboard-province", args=[world.own.province.code]) + "?fiscal_year=2567"
    response = client.get(url + "&export=csv&table=spending")
    assert response.status_code == 200 and response["Content-Type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert rows[1][0] == world.own.agency.name_th and float(rows[1][3]) == pytest.approx(60000.50)
    response = client.get(url + "&export=xlsx&table=categories")
    sheet = openpyxl.load_workbook(io.BytesIO(response.content)).active
    assert {row[0].value for row in sheet.iter_rows(min_row=2)} == {"ค่าวัสดุ", "ค่าอบรม"}
    assert client.get(url + "&export=pdf&table=spending").status_code == 404
    assert client.get(url + "&export=csv&table=nothing").status_code == 404


def test_committee_terms_ending_are_listed(client, world, grants):
    import datetime

    from django.utils import timezone

    from committees.models import Committee

    soon = timezone.localdate() + datetime.timedelta(days=30)
    Committee.objects.create(name_th="กขน.บุรีรัมย์ชุดเดิม", level="provincial", province=world.own.province,
                             term_start=datetime.date(2023, 1, 1), term_end=soon)
    Committee.objects.create(name_th="กขน.สตูลชุดเดิม", level="provincial", province=world.other.province,
                             term_start=datetime.date(2023, 1, 1), term_end=soon)
    client.force_login(world.users["province_officer"])
    html = client.get(reverse("reports:dashboard-province", args=[world.own.province.code])).content.decode()
    assert "กขน.บุรีรัมย์ชุดเดิม" in html and "กขน.สตูลชุดเดิม" not in html


def test_national_dashboard_queries_do_not_grow_with_schools(client, world, grants):
    from grants.models import Allocation

    client.force_login(world.users["sbn_admin"])

    def add_rows():
        for _ in range(3):
            school = SchoolFactory(agency=world.other.agency)
            Allocation.objects.create(school=school, fiscal_year=grants.year,
                                      programme=next(iter(grants.allocations.values())).programme, amount=1000)

    assert_constant_queries(client, reverse("reports:dashboard-national"), add_rows, fiscal_year=2567, refresh=1)


def test_job_list_links_the_dashboards_the_user_reaches(client, world, grants):
    from provinces.models import Province

    Province.objects.filter(pk__in=[world.own.province.pk, world.other.province.pk]).update(is_sandbox=True)
    own = reverse("reports:dashboard-province", args=[world.own.province.code])
    other = reverse("reports:dashboard-province", args=[world.other.province.code])
    client.force_login(world.users["province_officer"])
    html = client.get(reverse("reports:list")).content.decode()
    assert own in html and other not in html and reverse("reports:dashboard-national") in html
    client.force_login(world.users["agency_supervisor"])
    html = client.get(reverse("reports:list")).content.decode()
    assert reverse("reports:dashboard-agency", args=[world.own.agency.pk]) in html and own not in html


def test_a_long_table_shows_its_first_rows_and_the_export_holds_all(client, world, grants, monkeypatch):
    from reports import tables

    monkeypatch.setattr(tables, "PAGE_ROWS", 1)
    client.force_login(world.users["sbn_admin"])
    html = client.get(national()).content.decode()
    spending = html[html.index('id="table-spending"'):html.index('id="table-categories"')]
    assert spending.count("<tr>") == 2  # the header and one province of two
    assert "แสดง 1 แถวแรกจากทั้งหมด 2 แถว" in spending
    response = client.get(national() + "&export=csv&table=spending")
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert {r[0] for r in rows[1:]} == {world.own.province.name_th, world.other.province.name_th}
