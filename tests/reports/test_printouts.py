"""Printouts that can be signed: with a 60-school province, no table row splits across pages, headers
repeat, totals print once after their rows, signatures, the report date and totals in Thai words.

Each PDF's pages are also written as PNGs under artifacts/pdf/ for people to look at."""

import datetime
import io
from collections import defaultdict
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest

from grants.models import Expenditure, Period, PeriodStatus, PeriodStep
from reports import services
from reports.models import JobStatus
from sandbox import pdf
from sandbox.formatting import baht_text, format_date
from schools.models import PilotSchool
from tests.pdftext import fold_thai, without_spaces, write_page_pngs
from tests.reports.data import make_grants, rebuild_rollups

pytestmark = pytest.mark.django_db

ARTIFACTS = Path(__file__).resolve().parents[2] / "artifacts" / "pdf"
SCHOOLS_IN_PROVINCE = 60


@pytest.fixture
def province_of_60(world):
    grants = make_grants(world, extra_schools=SCHOOLS_IN_PROVINCE - 1)  # plus the world's own school
    school = world.own.school
    allocation = grants.allocations[school.pk]
    for day in range(60):  # a statement long enough for several pages
        Expenditure.objects.create(
            allocation=allocation, school=school, fiscal_year=grants.year, amount=Decimal("100.00"),
            date=datetime.date(2024, 3, 1) + datetime.timedelta(days=day), category=grants.categories[day % 2],
            description=f"ค่าวัสดุการเรียนรู้ชุดที่ {day + 1} สำหรับกิจกรรมนวัตกรรมการศึกษา", payee="ร้านศึกษาภัณฑ์",
            receipt_number=f"RC-{day + 1:03d}")
    rebuild_rollups(grants.year)
    director, supervisor = world.users["school_director"], world.users["agency_supervisor"]
    for user, (first, last) in ((director, ("สมศรี", "ใจงาม")), (supervisor, ("ประเสริฐ", "มั่นคง"))):
        user.first_name, user.last_name = first, last
        user.save()
    period = Period.objects.get(school=school, fiscal_year=grants.year, month=datetime.date(2024, 9, 1))
    PeriodStep.objects.create(period=period, action="verify", from_status=PeriodStatus.SUBMITTED,
                              to_status=PeriodStatus.VERIFIED, user=supervisor)
    return grants


@pytest.fixture
def rendered_html(monkeypatch):
    """The HTML of every PDF a report draws, to lay it out again and inspect its boxes."""
    drawn = []
    original = pdf.html_to_pdf

    def keep(html):
        drawn.append(html)
        return original(html)

    monkeypatch.setattr(pdf, "html_to_pdf", keep)
    return drawn


def produce(user, kind, parameters):
    job = services.request_report(user, kind, parameters)
    assert services.run_job(job.pk) == JobStatus.DONE
    job.refresh_from_db()
    return job


def pages_of_rows(html):
    """{row element: {page numbers}} for every body row of every table, and the same for header rows."""
    from weasyprint.formatting_structure import boxes

    document = pdf.render_document(html)
    body, header = defaultdict(set), defaultdict(set)
    for number, page in enumerate(document.pages, start=1):
        for group in page._page_box.descendants():
            if isinstance(group, boxes.TableRowGroupBox):
                for row in group.children:
                    (header if group.is_header else body)[row.element].add(number)
    return body, header, len(document.pages)


def assert_no_row_split(html, at_least_rows):
    body, header, pages = pages_of_rows(html)
    split = [" ".join("".join(row.itertext()).split())[:80] for row, numbers in body.items() if len(numbers) > 1]
    assert not split, f"rows split across pages: {split}"
    assert len(body) >= at_least_rows
    assert pages > 1, "the test needs a document of several pages"
    assert any(len(numbers) > 1 for numbers in header.values()), "no table header repeats on a new page"
    totals = [numbers for row, numbers in body.items() if "total" in (row.get("class") or "")]
    assert totals and all(len(numbers) == 1 for numbers in totals)


def text_of(job):
    from pypdf import PdfReader

    with job.pdf.open("rb") as handle:
        content = handle.read()
    pages = [fold_thai(page.extract_text()) for page in PdfReader(io.BytesIO(content)).pages]
    write_pngs(content, job.kind)
    return pages


def write_pngs(content, name):
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    for old in ARTIFACTS.glob(f"{name}-*.png"):
        old.unlink()
    (ARTIFACTS / f"{name}.pdf").write_bytes(content)
    write_page_pngs(content, str(ARTIFACTS / name))


def has(pages, text):
    return without_spaces(fold_thai(text)) in without_spaces("".join(pages))


def test_school_statement_is_ready_to_sign(world, province_of_60, rendered_html):
    job = produce(world.users["school_director"], "school_statement",
                  {"school": world.own.school.pk, "fiscal_year": 2567})
    pages = text_of(job)
    assert_no_row_split(rendered_html[-1], at_least_rows=60)
    spent = Decimal("40000.50") + 60 * Decimal("100.00")
    assert has(pages, baht_text(spent)) and baht_text(spent).endswith("สตางค์")
    assert has(pages, baht_text(Decimal("100000.00"))) and has(pages, "หนึ่งแสนบาทถ้วน")  # the allocation
    assert has(pages, "สมศรี ใจงาม") and has(pages, "ประเสริฐ มั่นคง")  # director; verifying supervisor
    assert has(pages, format_date(datetime.date.today(), long=True))  # the report's date in the BE
    # The grand total is printed where it totals the rows above it, not in a footer on every page.
    grand_total = "46,000.50"
    with_total = [i for i, page in enumerate(pages) if grand_total in page]
    assert len(pages) >= 3 and with_total[0] == 0 and len(with_total) <= 2, with_total

    with job.xlsx.open("rb") as handle:
        book = openpyxl.load_workbook(io.BytesIO(handle.read()), read_only=True)
    summary = [row for row in book.worksheets[0].iter_rows(values_only=True) if row and any(row)]
    assert any(row[1] == pytest.approx(float(spent)) and row[2] == baht_text(spent) for row in summary if len(row) > 2)
    listed = [row for row in book.worksheets[1].iter_rows(values_only=True) if row and isinstance(row[-1], int | float)]
    assert len(listed) == 63 + 1  # every expenditure and the total
    assert listed[-1][-1] == pytest.approx(float(spent))


def test_province_report_keeps_every_school_row_whole(world, province_of_60, rendered_html):
    job = produce(world.users["province_officer"], "province_spending",
                  {"province": world.own.province.pk, "fiscal_year": 2567})
    pages = text_of(job)
    assert_no_row_split(rendered_html[-1], at_least_rows=SCHOOLS_IN_PROVINCE)
    codes = list(PilotSchool.objects.filter(province=world.own.province).values_list("code", flat=True))
    assert len(codes) == SCHOOLS_IN_PROVINCE
    for code in codes:
        assert sum(code in page for page in pages) == 1, code
    assert has(pages, "บาทถ้วน") or has(pages, "สตางค์")
    assert has(pages, format_date(datetime.date.today(), long=True))


def test_national_summary_is_ready_to_sign(world, province_of_60, rendered_html):
    job = produce(world.users["sbn_admin"], "national_summary", {"fiscal_year": 2567})
    pages = text_of(job)
    body, _header, _pages = pages_of_rows(rendered_html[-1])
    assert not [row for row, numbers in body.items() if len(numbers) > 1]
    assert has(pages, format_date(datetime.date.today(), long=True))
    assert any("สตางค์" in page or "บาทถ้วน" in page for page in pages)
