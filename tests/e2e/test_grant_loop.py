"""Issue 14, end to end in Thai: a month goes round the sign-off loop in a real browser.

The director submits through the summary step; the supervisor sees the bell count rise, opens the queue,
reads the month's total against the allocation, the transfers received and the plan, previews a receipt and
returns the month with a comment; the director sees the return on the landing page and in the inbox, edits
a line and resubmits; the supervisor sees exactly that change; then the supervisor verifies, the province
officer acknowledges and SBN accepts, each a different person. Screenshots at 1366 and 390 px wide go to
artifacts/e2e/grant-loop/."""

import datetime
import io
from decimal import Decimal

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone, translation
from PIL import Image
from playwright.sync_api import expect

from grants.models import (
    Allocation,
    Category,
    FiscalYear,
    Period,
    PeriodStatus,
    PlanLine,
    Programme,
    Transfer,
)
from sandbox.formatting import fiscal_year_of, format_baht, format_date
from tests.e2e.browser import ARTIFACTS, serious_violations, sign_in
from tests.factories import PASSWORD
from tests.grants.conftest import spend

SHOTS = ARTIFACTS / "grant-loop"
WIDTHS = (1366, 390)
RETURN_COMMENT = "ยอดค่าวิทยากรไม่ตรงกับใบเสร็จ โปรดแก้เป็น 3,600.00 บาท"


def shoot(page, name):
    """The page at each width, whole; the viewport is put back as it was."""
    SHOTS.mkdir(parents=True, exist_ok=True)
    size = page.viewport_size
    for width in WIDTHS:
        page.set_viewport_size({"width": width, "height": 900})
        page.screenshot(path=str(SHOTS / f"{name}-{width}.png"), full_page=True)
    page.set_viewport_size(size)


def thai(text):
    with translation.override("th"):
        return translation.gettext(text)


def _pdf_receipt():
    page = Image.new("RGB", (595, 842), "white")
    page.paste((30, 30, 30), (60, 60, 535, 140))
    for row in range(8):
        page.paste((120, 120, 120), (60, 200 + row * 40, 420, 212 + row * 40))
    buffer = io.BytesIO()
    page.save(buffer, "PDF", resolution=72)
    return buffer.getvalue()


def _photo_receipt():
    buffer = io.BytesIO()
    Image.new("RGB", (1600, 2200), (245, 240, 225)).save(buffer, "JPEG")
    return buffer.getvalue()


@pytest.fixture
def eager(settings):
    """Notification tasks run in the request that published the event (there is no worker here)."""
    settings.CELERY_TASK_ALWAYS_EAGER = True
    settings.CELERY_TASK_EAGER_PROPAGATES = False
    settings.MAILERS = {"default": {"BACKEND": "django.core.mail.backends.locmem.EmailBackend"}}
    settings.LINE_CHANNEL_TOKEN = ""


@pytest.fixture
def loop(world):
    """Last month (ended, so due) of the own school: 200,000 allocated, 80,000 received, two plan lines,
    three rows, two of them with a receipt file (a PDF and a photo)."""
    today = timezone.localdate()
    month = (today.replace(day=1) - datetime.timedelta(days=1)).replace(day=1)
    year = FiscalYear.objects.create(year=fiscal_year_of(month))
    programme = Programme.objects.create(code="innovation", name_th="เงินอุดหนุนพัฒนานวัตกรรมการศึกษา")
    materials = Category.objects.create(code="materials", name_th="ค่าวัสดุ", sort_order=1)
    training = Category.objects.create(code="training", name_th="ค่าอบรม", sort_order=2)
    allocation = Allocation.objects.create(school=world.own.school, fiscal_year=year, programme=programme,
                                           amount=Decimal("200000.00"))
    Transfer.objects.create(allocation=allocation, installment=1, date=year.start, amount=Decimal("80000.00"))
    kits = PlanLine.objects.create(allocation=allocation, activity="ชุดทดลองวิทยาศาสตร์ ป.4", category=materials,
                                   planned_amount=Decimal("15000.00"))
    coaching = PlanLine.objects.create(allocation=allocation, activity="อบรมครูการสอนเชิงรุก", category=training,
                                       planned_amount=Decimal("30000.00"))
    day = month.replace(day=12)
    kit_row = spend(allocation, "12500.00", day, category=materials, plan_line=kits,
                    description="ชุดทดลองวิทยาศาสตร์", payee="ร้านวิทย์ขอนแก่น", receipt_number="INV-2041",
                    receipt=SimpleUploadedFile("inv.pdf", _pdf_receipt()), receipt_token="b" * 32,
                    receipt_type="application/pdf")
    speaker = spend(allocation, "3400.00", day.replace(day=18), category=training, plan_line=coaching,
                    description="ค่าวิทยากรอบรมครู", payee="มหาวิทยาลัยราชภัฏบุรีรัมย์", receipt_number="RC-77",
                    receipt=SimpleUploadedFile("rc.jpg", _photo_receipt()), receipt_token="c" * 32,
                    receipt_type="image/jpeg")
    spend(allocation, "780.25", day.replace(day=20), category=materials, plan_line=kits,
          description="กระดาษและหมึกพิมพ์", payee="ร้านเครื่องเขียนนางรอง")
    period = Period.objects.create(school=world.own.school, fiscal_year=year, month=month)
    return type("Loop", (), {"month": month, "year": year, "period": period, "speaker": speaker,
                             "kit_row": kit_row, "total": Decimal("16680.25")})()


def unread(page):
    badge = page.locator("#notification-bell [data-unread]")
    return int(badge.get_attribute("data-unread")) if badge.count() else 0


def no_serious_violations(page, name):
    problems = serious_violations(page, name)
    assert not problems, f"{name}:\n" + "\n".join(problems)


def test_a_month_goes_round_the_loop_in_thai(live_server, new_page, world, loop, eager):
    base = live_server.url
    period = loop.period
    period_url = f"{base}{reverse('grants:period-detail', args=[period.pk])}"

    supervisor = new_page("th")
    sign_in(supervisor, base, "agency_supervisor", PASSWORD)
    bell_before = unread(supervisor)

    # The director submits through the summary step.
    director = new_page("th")
    sign_in(director, base, "school_director", PASSWORD)
    director.goto(period_url)
    director.locator(f'a[href$="{reverse("grants:period-submit", args=[period.pk])}"]').click()
    expect(director.locator('[data-figure="month-total"]')).to_have_text(format_baht(loop.total))
    expect(director.locator("#month-rows tbody tr")).to_have_count(3)
    no_serious_violations(director, "period-submit")
    shoot(director, "01-director-summary")
    director.locator("#confirm-submit button").click()
    expect(director.locator(".alert-success")).to_be_visible()
    period.refresh_from_db()
    assert period.status == PeriodStatus.SUBMITTED

    # The supervisor's bell count rises; the queue holds the month.
    supervisor.reload()
    assert unread(supervisor) == bell_before + 1
    shoot(supervisor, "02-supervisor-bell")
    supervisor.goto(f"{base}{reverse('grants:queue')}")
    row = supervisor.locator("#queue-verify ~ form tbody tr", has_text=world.own.school.name_th)
    expect(row).to_contain_text(format_baht(loop.total))
    shoot(supervisor, "03-supervisor-queue")
    row.locator(f'a[href="{reverse("grants:period-detail", args=[period.pk])}"]').click()

    # The review page: the month against allocation, transfers received and plan; a receipt previewed.
    expect(supervisor.locator('[data-figure="month-total"]')).to_have_text(format_baht(loop.total))
    expect(supervisor.locator('[data-figure="allocated"]')).to_have_text(format_baht(Decimal("200000")))
    expect(supervisor.locator('[data-figure="received"]')).to_have_text(format_baht(Decimal("80000")))
    expect(supervisor.locator('[data-figure="planned"]')).to_have_text(format_baht(Decimal("45000")))
    expect(supervisor.locator("#plan-lines")).to_contain_text("ชุดทดลองวิทยาศาสตร์ ป.4")
    expect(supervisor.locator("#month-rows")).to_contain_text("มหาวิทยาลัยราชภัฏบุรีรัมย์")
    expect(supervisor.locator("#month-rows")).to_contain_text(format_date(loop.speaker.date, "th"))
    for row_id in (loop.kit_row.pk, loop.speaker.pk):
        receipt = supervisor.locator(f'#month-rows tr[data-row="{row_id}"] details.receipt-preview')
        receipt.locator("summary").click()
        image = receipt.locator("img")
        expect(image).to_be_visible()
        supervisor.wait_for_function("img => img.complete && img.naturalWidth > 0", arg=image.element_handle())
        assert image.evaluate("img => img.naturalWidth") > 0
    assert supervisor.locator("iframe").count() == 0
    no_serious_violations(supervisor, "period-review")
    shoot(supervisor, "04-supervisor-review")

    # ... and returns it with a comment.
    supervisor.locator("#id_return_comment").fill(RETURN_COMMENT)
    supervisor.locator("#form-return button").click()
    expect(supervisor.locator(".alert-success")).to_be_visible()
    period.refresh_from_db()
    assert period.status == PeriodStatus.RETURNED and period.comment == RETURN_COMMENT

    # The director sees the return on the landing page and in the inbox.
    director.goto(f"{base}{reverse('home')}")
    card = director.locator('a[href$="#to-submit"]')
    expect(card.locator(".text-danger").first).to_contain_text("1")
    shoot(director, "05-director-landing")
    director.locator("#notification-bell").click()
    director.wait_for_url(f"**{reverse('notifications:inbox')}")
    expect(director.locator(".list-group").first).to_contain_text(RETURN_COMMENT)
    shoot(director, "06-director-inbox")

    # ... edits the line the supervisor named, and resubmits.
    director.goto(f"{base}{reverse('grants:expenditure-edit', args=[loop.speaker.pk])}")
    director.locator("[name=amount]").fill("3600.00")
    director.locator("main form button.btn-primary").click()
    director.wait_for_load_state()
    director.goto(period_url)
    expect(director.locator("#period-comment")).to_contain_text(RETURN_COMMENT)
    director.locator(f'a[href$="{reverse("grants:period-submit", args=[period.pk])}"]').click()
    expect(director.locator("#changes-since-submission [data-change]")).to_have_count(1)
    shoot(director, "07-director-resubmit-summary")
    director.locator("#confirm-submit button").click()
    expect(director.locator(".alert-success")).to_be_visible()

    # The supervisor sees exactly that change since the last submission.
    supervisor.goto(period_url)
    changes = supervisor.locator("#changes-since-submission [data-change]")
    expect(changes).to_have_count(1)
    expect(changes).to_have_attribute("data-row", str(loop.speaker.pk))
    expect(changes.locator("[data-field]")).to_have_count(1)
    expect(changes.locator("[data-field]")).to_contain_text(f"{format_baht(Decimal('3400'))} → "
                                                            f"{format_baht(Decimal('3600'))}")
    expect(supervisor.locator('[data-figure="month-total"]')).to_have_text(format_baht(loop.total + 200))
    shoot(supervisor, "08-supervisor-sees-the-change")

    # Verify, acknowledge and accept, each by a different person.
    supervisor.locator("#form-verify button").click()
    expect(supervisor.locator(".alert-success")).to_be_visible()
    expect(supervisor.locator("#form-acknowledge")).to_have_count(0)  # the next step is someone else's
    officer = new_page("th")
    sign_in(officer, base, "province_officer", PASSWORD)
    officer.goto(period_url)
    officer.locator("#form-acknowledge button").click()
    expect(officer.locator(".alert-success")).to_be_visible()
    sbn = new_page("th")
    sign_in(sbn, base, "sbn_admin", PASSWORD)
    sbn.goto(period_url)
    sbn.locator("#form-accept button").click()
    expect(sbn.locator(".alert-success")).to_be_visible()
    expect(sbn.locator("[data-status]")).to_have_text(thai("Accepted by SBN"))
    shoot(sbn, "09-sbn-accepted")

    period.refresh_from_db()
    assert period.status == PeriodStatus.ACCEPTED
    steps = list(period.steps.order_by("created", "pk").values_list("action", "user__username"))
    assert steps == [("submit", "school_director"), ("return", "agency_supervisor"),
                     ("submit", "school_director"), ("verify", "agency_supervisor"),
                     ("acknowledge", "province_officer"), ("accept", "sbn_admin")]
    signers = [user for action, user in steps if action in ("submit", "verify", "acknowledge", "accept")][1:]
    assert len(set(signers)) == len(signers) == 4
