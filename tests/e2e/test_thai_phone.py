"""A school director, an affiliation office's supervisor and a province officer read the grant pages in
Thai on a 1,366 × 768 screen and on a 390 × 844 phone: no Gregorian year in what they see (errors they
provoke included), no known English leftover, no serious or critical axe-core violation; the phone
menu folds, amounts are never cut, the director's quick form keeps a receipt across errors.

Screenshots of every page are written under artifacts/e2e/thai-phone/.
"""

import io
import re
from decimal import Decimal

import pytest
from django.urls import reverse
from django.utils import timezone
from PIL import Image

from grants import services
from grants.models import Allocation, Category, Expenditure, FiscalYear, Programme
from sandbox.formatting import fiscal_year_of
from tests.e2e.browser import screenshot, serious_violations, sign_in
from tests.factories import PASSWORD

SIZES = {"desktop": {"width": 1366, "height": 768}, "phone": {"width": 390, "height": 844}}
GREGORIAN_YEAR = re.compile(r"\b(19|20)[0-9]{2}\b")
# English seen on Thai pages before the Thai catalogue carried these messages.
KNOWN_ENGLISH = ["Select an option", "---------", "— Choose —", "Short name", "Order number",
                 "Proposed position", "Nominated on", "Starts at", "Open file", "Save spending", "Menu",
                 "Printed", "Report this month", "Attached:", "Enter the year", "Enter the date",
                 "Amount (baht)", "fiscal year", "Fiscal year", "Supervision", "Grants", "Spending", "Balance",
                 "Allocation", "History", "Receipt", "Payee", "Description", "Category", "Date"]


@pytest.fixture
def spending(world):
    """The current fiscal year: an allocation for the world's own school with spending in it."""
    today = timezone.localdate()
    year = FiscalYear.objects.create(year=fiscal_year_of(today))
    programme = Programme.objects.create(code="innovation", name_th="เงินอุดหนุนพัฒนานวัตกรรมการศึกษา",
                                         name_en="Innovation subsidy")
    category = Category.objects.create(code="materials", name_th="ค่าวัสดุ", name_en="Materials", sort_order=1)
    allocation = Allocation.objects.create(school=world.own.school, fiscal_year=year, programme=programme,
                                           amount=Decimal("200000.00"))
    Allocation.objects.create(school=world.other.school, fiscal_year=year, programme=programme,
                              amount=Decimal("150000.00"))
    row = services.save_expenditure(world.users["school_director"], Expenditure(
        allocation=allocation, date=today, amount=Decimal("150000.00"), category=category,
        description="ชุดอุปกรณ์ห้องเรียนวิทยาศาสตร์", payee="ร้านศึกษาภัณฑ์บุรีรัมย์"))
    return type("Spending", (), {"year": year, "allocation": allocation, "row": row})()


class Reader:
    """One person's look at the pages at one size, collecting what the checks find."""

    def __init__(self, page, base, who, size, findings):
        self.page, self.base, self.who, self.size, self.findings = page, base, who, size, findings

    def look(self, name, path=None, status=200):
        if path is not None:
            response = self.page.goto(f"{self.base}{path}")
            assert response.status == status, f"{path}: {response.status}"
        self.page.wait_for_load_state("networkidle")
        label = f"{self.who}-{self.size}-{name}"
        screenshot(self.page, f"thai-phone/{label}")
        text = self.page.locator("body").inner_text()
        years = sorted({m.group(0) for m in GREGORIAN_YEAR.finditer(text)})
        assert not years, f"{label}: Gregorian years {years} in the visible text"
        english = [word for word in KNOWN_ENGLISH if re.search(rf"(?<![A-Za-z]){re.escape(word)}(?![A-Za-z])", text)]
        if english:
            self.findings.append(f"{label}: {', '.join(english)}")
        problems = serious_violations(self.page, name)
        assert not problems, f"{label}:\n" + "\n".join(problems)
        if self.size == "phone":
            self.check_phone()
        else:
            self.check_desktop()

    def check_phone(self):
        page = self.page
        assert page.evaluate("document.documentElement.scrollWidth") <= 390 + 1, "the page scrolls sideways"
        header = page.locator("nav.navbar-portal").bounding_box()
        assert header["height"] < 120, f"the folded header takes {header['height']} px"
        for cell in page.locator("td.card-amount").all()[:20]:
            cut = cell.evaluate("c => c.scrollWidth > c.clientWidth + 1")
            assert not cut, f"amount cut: {cell.inner_text()}"

    def check_desktop(self):
        links = self.page.locator("nav.navbar-portal .navbar-nav > li").all()
        tops = {round(link.bounding_box()["y"]) for link in links}
        assert len(tops) <= 1, f"the top navigation wraps onto {len(tops)} lines"


def open_menu_on_phone(page):
    toggle = page.locator(".portal-menu-toggle")
    assert toggle.is_visible() and not page.locator("#portal-menu").is_visible()
    toggle.click()
    assert page.locator("#portal-menu").is_visible()
    assert toggle.get_attribute("aria-expanded") == "true"


def receipt_photo():
    out = io.BytesIO()
    Image.new("RGB", (2600, 1800), "#f5f0e6").save(out, "PNG")
    return {"name": "receipt.png", "mimeType": "image/png", "buffer": out.getvalue()}


def provoke_quick_form_errors(reader, spending):
    """Wrong-calendar year, then an amount over the allocation with a receipt, then a good row."""
    page = reader.page
    page.fill("#id_date", "14/05/2024")
    page.fill("#id_amount", "3,500")
    page.select_option("#id_category", label="ค่าวัสดุ")
    page.fill("#id_description", "กระดาษและหมึกพิมพ์")
    page.fill("#id_payee", "ร้านเครื่องเขียนนางรอง")
    page.set_input_files("#id_receipt", files=[receipt_photo()])
    page.locator("#quick-form button.btn-primary").click()
    page.locator("#id_date.is-invalid").wait_for()
    date_error = page.locator("#quick-form .invalid-feedback").first.inner_text()
    assert "25" in date_error, f"the date error gives no BE example: {date_error}"
    assert page.locator("[data-held-receipt]").is_visible()
    reader.look("error-gregorian-year")

    today = timezone.localdate()
    page.fill("#id_date", f"{today.day:02d}/{today.month:02d}/{today.year + 543}")
    page.fill("#id_amount", "99,000")
    page.locator("#quick-form button.btn-primary").click()
    page.locator("#id_amount.is-invalid").wait_for()
    assert not page.locator("#quick-form .alert-danger").count(), "the over-allocation error is not at its field"
    assert page.locator("[data-held-receipt]").is_visible()
    reader.look("error-over-allocation")

    page.fill("#id_amount", "3,500")
    page.locator("#quick-form button.btn-primary").click()
    page.locator("#quick-form .alert-success").wait_for()
    row = Expenditure.objects.filter(allocation=spending.allocation).order_by("-pk").first()
    assert row.amount == Decimal("3500.00") and row.receipt, "the receipt did not survive the errors"
    assert row.receipt_type == "image/jpeg"  # the large photo was scaled down on the server
    with row.receipt.open("rb") as stored, Image.open(stored) as image:
        assert max(image.size) <= 2000
    reader.look("saved")


@pytest.mark.parametrize("who", ["school_director", "agency_supervisor", "province_officer"])
def test_thai_pages_at_desk_and_phone(live_server, new_page, world, spending, fresh_cache, who):
    findings = []
    school, year, row = world.own.school, spending.year, spending.row
    pages = [
        ("grants", reverse("grants:home")),
        ("school-year", reverse("grants:school-year", args=[school.pk, year.year])),
        ("expenditure", reverse("grants:expenditure-detail", args=[row.pk])),
        ("expenditures", reverse("grants:expenditure-list") + f"?fiscal_year={year.year}"),
        ("expenditure-history", reverse("grants:expenditure-history", args=[row.pk])),
        ("allocation-history", reverse("grants:allocation-history", args=[spending.allocation.pk])),
        ("national-dashboard", reverse("reports:dashboard-national") + f"?fiscal_year={year.year}"),
    ]
    for size, viewport in SIZES.items():
        page = new_page("th")
        page.set_viewport_size(viewport)
        sign_in(page, live_server.url, who, PASSWORD)
        reader = Reader(page, live_server.url, who, size, findings)
        for name, path in pages:
            reader.look(name, path)
        reader.look("not-found", reverse("grants:expenditure-detail", args=[row.pk + 10_000]), status=404)
        reader.look("bad-filter", reverse("grants:expenditure-list") + "?date_from=31/02/2567&fiscal_year=x",
                    status=400)
        if size == "phone":
            page.goto(f"{live_server.url}{reverse('grants:home')}")
            open_menu_on_phone(page)
            screenshot(page, f"thai-phone/{who}-phone-menu-open")
        if who == "school_director" and size == "phone":
            page.goto(f"{live_server.url}{reverse('grants:school-year', args=[school.pk, year.year])}")
            assert page.locator("#id_receipt").get_attribute("capture") == "environment"
            provoke_quick_form_errors(reader, spending)

    assert not findings, "English on Thai pages:\n" + "\n".join(findings)
