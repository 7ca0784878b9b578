"""The monthly round at national scale, end to end in a real browser, in Thai and in English:
a director enters three expenditures with the quick form and imports a file, then submits the
month; the affiliation office's supervisor verifies it; SBN sees the national dashboard change,
requests the national summary PDF, which a real Celery worker produces, and downloads it."""

import io
from decimal import Decimal

import pytest
from django.urls import reverse
from django.utils import timezone
from playwright.sync_api import expect
from pypdf import PdfReader

from grants.models import Allocation, Category, Expenditure, FiscalYear, Period, PeriodStatus, Programme
from reports.models import ReportJob
from sandbox.formatting import fiscal_year_of, format_baht
from tests.e2e.browser import ARTIFACTS, screenshot, serious_violations, sign_in
from tests.factories import PASSWORD

QUICK_ROWS = [
    ("1250.00", "materials", "Science kits for grade 4", "Khon Kaen Science Supply"),
    ("3400.50", "training", "Active learning workshop", "Buriram Rajabhat University"),
    ("780.25", "materials", "Printer paper and ink", "Nang Rong Stationery"),
]
IMPORTED_AMOUNTS = ["2100.00", "999.75"]


@pytest.fixture
def journey(world):
    """The current fiscal year with an allocation for each of the world's schools."""
    today = timezone.localdate()
    year = FiscalYear.objects.create(year=fiscal_year_of(today))
    programme = Programme.objects.create(code="innovation", name_th="เงินอุดหนุนพัฒนานวัตกรรมการศึกษา",
                                         name_en="Innovation subsidy")
    categories = {
        "materials": Category.objects.create(code="materials", name_th="ค่าวัสดุ", name_en="Materials", sort_order=1),
        "training": Category.objects.create(code="training", name_th="ค่าอบรม", name_en="Training", sort_order=2),
    }
    allocation = Allocation.objects.create(school=world.own.school, fiscal_year=year, programme=programme,
                                           amount=Decimal("200000.00"))
    Allocation.objects.create(school=world.other.school, fiscal_year=year, programme=programme,
                              amount=Decimal("150000.00"))
    return type("Journey", (), {"today": today, "year": year, "allocation": allocation,
                                "categories": categories})()


def import_file(today):
    lines = ["date,amount,category,description,payee"]
    lines += [f"{today.isoformat()},{amount},training,Teacher coaching visit {n},Satit School Network"
              for n, amount in enumerate(IMPORTED_AMOUNTS, start=1)]
    return ("\n".join(lines) + "\n").encode()


def check_a11y(page, name):
    problems = serious_violations(page, name)
    assert not problems, f"{name}:\n" + "\n".join(problems)


def dashboard_spent(page):
    return page.locator(".card-stat .value").nth(1).inner_text().strip()


@pytest.mark.parametrize("language", ["th", "en"])
def test_monthly_round_from_school_to_sbn_report(live_server, new_page, world, journey, report_worker,
                                                 fresh_cache, language):
    base = live_server.url
    school = world.own.school
    year = journey.year
    total = sum(Decimal(a) for a, *_ in QUICK_ROWS) + sum(Decimal(a) for a in IMPORTED_AMOUNTS)

    # SBN looks at the national dashboard before the month is entered.
    sbn = new_page(language)
    sign_in(sbn, base, "sbn_admin", PASSWORD)
    sbn.goto(f"{base}{reverse('reports:dashboard-national')}?fiscal_year={year.year}")
    assert dashboard_spent(sbn) == format_baht(0)
    check_a11y(sbn, "dashboard")

    # The director enters three expenditures with the quick form.
    director = new_page(language)
    sign_in(director, base, "school_director", PASSWORD)
    director.goto(f"{base}{reverse('grants:school-year', args=[school.pk, year.year])}")
    assert director.locator("html").get_attribute("lang") == language
    check_a11y(director, "school-year")
    for count, (amount, category, description, payee) in enumerate(QUICK_ROWS, start=1):
        form = director.locator("#quick-form")
        if form.locator("select[name=allocation]").count():  # hidden when the school has one allocation
            form.locator("select[name=allocation]").select_option(str(journey.allocation.pk))
        form.locator("[name=amount]").fill(amount)
        form.locator("[name=category]").select_option(str(journey.categories[category].pk))
        form.locator("[name=description]").fill(description)
        form.locator("[name=payee]").fill(payee)
        with director.expect_response(lambda r: r.request.method == "POST"):
            form.locator("button.btn-primary").click()
        expect(director.locator("#quick-form .alert-success")).to_be_visible()
        expect(director.locator("#expenditure-rows tr")).to_have_count(count, timeout=15000)
        # The rows arrive out of band before the fresh form is swapped in; typing the next row
        # into the old form would lose it.
        expect(director.locator("#quick-form [name=description]")).to_have_value("", timeout=15000)
    quick_total = sum(Decimal(a) for a, *_ in QUICK_ROWS)
    expect(director.locator('[data-figure="spent"]')).to_have_text(format_baht(quick_total))
    screenshot(director, f"journey-quick-form-{language}")

    # ... imports two more from a CSV file ...
    director.locator('a[href$="/import/"]').click()
    director.set_input_files("input[type=file]", files=[{
        "name": "spending.csv", "mimeType": "text/csv", "buffer": import_file(journey.today)}])
    director.locator("input[type=checkbox][name=dry_run]").uncheck()
    director.locator("form button.btn-primary").click()
    expect(director.locator(".alert-success")).to_be_visible()
    screenshot(director, f"journey-import-{language}")
    assert Expenditure.objects.filter(school=school, fiscal_year=year).count() == len(QUICK_ROWS) + 2

    # ... and submits the month.
    director.goto(f"{base}{reverse('grants:school-year', args=[school.pk, year.year])}")
    expect(director.locator("#expenditure-rows tr")).to_have_count(len(QUICK_ROWS) + 2)
    expect(director.locator('[data-figure="spent"]')).to_have_text(format_baht(total))
    month = journey.today.replace(day=1)
    director.locator(f'form:has(input[name=month][value="{month.isoformat()}"]) button').click()
    director.locator('#period-actions a[href$="/submit/"]').click()  # the summary the director confirms
    with director.expect_response(lambda r: r.request.method == "POST" and "/submit/" in r.url):
        director.locator("#confirm-submit button").click()
    period = Period.objects.get(school=school, fiscal_year=year, month=month)
    assert period.status == PeriodStatus.SUBMITTED
    screenshot(director, f"journey-submitted-{language}")

    # The supervisor of the school's affiliation office verifies it.
    supervisor = new_page(language)
    sign_in(supervisor, base, "agency_supervisor", PASSWORD)
    supervisor.goto(f"{base}{reverse('grants:period-detail', args=[period.pk])}")
    check_a11y(supervisor, "period")
    expect(supervisor.locator("table").first).to_contain_text(QUICK_ROWS[0][2])
    with supervisor.expect_response(lambda r: r.request.method == "POST" and "/verify/" in r.url):
        supervisor.locator('button[formaction$="/verify/"]').click()
    expect(supervisor.locator(".alert-success")).to_be_visible()
    period.refresh_from_db()
    assert period.status == PeriodStatus.VERIFIED
    screenshot(supervisor, f"journey-verified-{language}")

    # SBN sees the national figures change (the dashboard caches for minutes; refresh asks anew).
    sbn.goto(f"{base}{reverse('reports:dashboard-national')}?fiscal_year={year.year}&refresh=1")
    assert dashboard_spent(sbn) == format_baht(total)
    screenshot(sbn, f"journey-dashboard-{language}")

    # SBN requests the national summary PDF; the worker produces it; SBN downloads it.
    sbn.goto(f"{base}{reverse('reports:list')}")
    check_a11y(sbn, "reports")
    sbn.locator("#id_kind").select_option("national_summary")
    sbn.locator("#id_fiscal_year").select_option(str(year.year))
    sbn.locator("form.report-request button.btn-primary").click()
    job = ReportJob.objects.get(requested_by=world.users["sbn_admin"])
    link = sbn.locator(f'#job-{job.pk} a[href$="/download/pdf/"]')
    try:
        expect(link).to_be_visible(timeout=120_000)
    except AssertionError:
        job.refresh_from_db()
        raise AssertionError(f"report {job.status} {job.progress}% {job.error}\n{report_worker.tail()}") from None
    screenshot(sbn, f"journey-report-ready-{language}")
    with sbn.expect_download() as download_info:
        link.click()
    path = ARTIFACTS / f"national-summary-{language}.pdf"
    download_info.value.save_as(path)
    pdf = PdfReader(io.BytesIO(path.read_bytes()))
    text = "".join(page.extract_text() for page in pdf.pages)
    assert str(year.year) in text
    assert format_baht(total) in text, "the PDF does not show the month's national spending"
