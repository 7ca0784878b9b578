"""A Thai page shows no Gregorian year; an English page shows the Gregorian calendar."""

import datetime
import io
import re

import openpyxl
import pytest
from django.urls import reverse

from grants import services
from grants.models import Period
from tests.conftest import api_as
from tests.grants.conftest import spend

GREGORIAN_YEAR = re.compile(r"\b(19|20)\d\d\b")
HIDDEN = re.compile(r"<(script|style)\b.*?</\1>|<[^>]*>", re.S)


def visible_text(response):
    """The page text a reader sees: tags (and so ISO dates in input value attributes) removed."""
    return HIDDEN.sub(" ", response.content.decode())


def gregorian_years(response):
    text = visible_text(response)
    return [text[max(0, m.start() - 40):m.end() + 10] for m in GREGORIAN_YEAR.finditer(text)]


@pytest.fixture
def named(world, grants):
    """Names without numbers: factory sequence numbers could read as years."""
    for letter, side in (("A", world.own), ("B", world.other)):
        side.agency.__class__.objects.filter(pk=side.agency.pk).update(
            code=f"AG-{letter}", name_th=f"สำนักงานเขต {letter}", name_en=f"Area office {letter}")
        side.school.__class__.objects.filter(pk=side.school.pk).update(
            name_th=f"โรงเรียน {letter}", name_en=f"School {letter}")
    return grants


def _submitted_february(world, grants):
    period = Period.objects.create(school=world.own.school, fiscal_year=grants.year, month=datetime.date(2024, 2, 1))
    services.transition(world.users["sbn_admin"], period, "submit")
    return period


def _quick_add(client, world, grants, **changes):
    data = {"allocation": grants.own.pk, "date": "2024-02-01", "amount": "1500.00", "category": grants.materials.pk,
            "description": "Microscopes", "payee": "Lab shop", "receipt_number": "R-9", "plan_line": ""}
    data.update(changes)
    return client.post(reverse("grants:expenditure-add", args=[world.own.school.pk, 2567]), data,
                       HTTP_HX_REQUEST="true")


def test_school_year_page_in_thai_labels_months_and_quarters_in_be(client, world, named):
    spend(named.own, day=datetime.date(2024, 1, 15))
    _submitted_february(world, named)
    client.force_login(world.users["school_director"])
    response = client.get(reverse("grants:school-year", args=[world.own.school.pk, 2567]))
    text = visible_text(response)
    assert "ต.ค. 2566" in text and "ก.ย. 2567" in text and "ไตรมาส 1" in text and "ไตรมาส 4" in text
    assert "15 ม.ค. 2567" in text
    assert gregorian_years(response) == []
    # the month a school opens a report for is still posted as an ISO date
    assert 'name="month" value="2023-10-01"' in response.content.decode()


def test_period_and_expenditure_lists_in_thai(client, world, named):
    spend(named.own, day=datetime.date(2024, 9, 1))
    _submitted_february(world, named)
    client.force_login(world.users["sbn_admin"])
    periods = client.get(reverse("grants:period-list"))
    assert "ก.พ. 2567" in visible_text(periods) and gregorian_years(periods) == []
    expenditures = client.get(reverse("grants:expenditure-list"))
    assert "1 ก.ย. 2567" in visible_text(expenditures) and gregorian_years(expenditures) == []


def test_out_of_year_error_in_thai(client, world, named):
    client.force_login(world.users["school_director"])
    response = _quick_add(client, world, named, date="2025-01-01")
    text = visible_text(response)
    assert "1 ต.ค. 2566 – 30 ก.ย. 2567" in text
    assert gregorian_years(response) == []


def test_locked_month_error_in_thai_on_the_page_and_in_the_api(client, world, named):
    _submitted_february(world, named)
    client.force_login(world.users["school_director"])
    response = _quick_add(client, world, named)
    assert "ก.พ. 2567" in visible_text(response) and "ถูกล็อก" in visible_text(response)
    assert gregorian_years(response) == []
    api = api_as(world.users["school_director"], "th").post(
        "/api/v1/expenditures/", {"allocation": named.own.pk, "date": "2024-02-03", "amount": "10.00",
                                  "category": "materials", "description": "Kits", "payee": "Shop"}, format="json")
    assert api.status_code == 409 and "ก.พ. 2567" in api.json()["message"]
    assert not GREGORIAN_YEAR.search(api.json()["message"])


def test_history_page_in_thai(client, world, named):
    row = spend(named.own, day=datetime.date(2024, 1, 15))
    row.date = datetime.date(2024, 3, 20)
    row.save()
    client.force_login(world.users["sbn_admin"])
    response = client.get(reverse("grants:expenditure-history", args=[row.pk]))
    text = visible_text(response)
    assert response.status_code == 200
    assert "15 ม.ค. 2567" in text and "20 มี.ค. 2567" in text
    assert gregorian_years(response) == []


def test_english_pages_use_the_gregorian_calendar(client, world, named):
    spend(named.own, day=datetime.date(2024, 1, 15))
    _submitted_february(world, named)
    client.force_login(world.users["school_director"])
    client.post("/i18n/setlang/", {"language": "en"})
    text = visible_text(client.get(reverse("grants:school-year", args=[world.own.school.pk, 2567])))
    assert "Oct 2023" in text and "Sep 2024" in text and "Q1" in text and "15 Jan 2024" in text
    assert "2567" in text  # fiscal years keep their BE number
    assert "Feb 2024" in visible_text(_quick_add(client, world, named))
    out_of_year = visible_text(_quick_add(client, world, named, date="2025-01-01"))
    assert "1 Oct 2023 – 30 Sep 2024" in out_of_year


def test_xlsx_export_month_column_reads_be_in_thai(client, world, named):
    _submitted_february(world, named)
    client.force_login(world.users["sbn_admin"])
    response = client.get(reverse("grants:period-list"), {"export": "xlsx"})
    rows = list(openpyxl.load_workbook(io.BytesIO(response.content)).active.values)
    assert rows[1][0] == "ก.พ. 2567"
    assert not any(GREGORIAN_YEAR.search(str(value)) for row in rows for value in row if value is not None)
