"""The audit trail as people read it: the history page, the audit search and a deleted row's history."""

import datetime
from decimal import Decimal

import pghistory
import pytest
from django.urls import reverse
from django.utils import translation

from committees.models import Committee, Nomination
from grants.models import Expenditure
from sandbox import audit, audit_display
from tests.e2e.browser import screenshot, sign_in
from tests.e2e.conftest import browser, new_page  # noqa: F401  (the browser fixtures)
from tests.factories import PASSWORD
from tests.reports.data import make_grants

pytestmark = pytest.mark.django_db


def _edited_expenditure(world):
    grants = make_grants(world, extra_schools=0)
    director = world.users["school_director"]
    director.first_name, director.last_name = "สมศรี", "ใจงาม"
    director.save()
    expenditure = Expenditure.objects.filter(school=world.own.school).order_by("date").first()
    with pghistory.context(user=director.pk, request_id="req-9f2c1a7e4b"):
        Expenditure.objects.filter(pk=expenditure.pk).update(amount=Decimal("1234567.50"),
                                                             receipt_token="tok-secret-123")
    return grants, expenditure


def _page_text(client, user, url):
    client.force_login(user)
    response = client.get(url, HTTP_ACCEPT_LANGUAGE="th")
    assert response.status_code == 200, url
    return response.content.decode()


def test_presenter_speaks_thai_baht_and_buddhist_era(world):
    _grants, expenditure = _edited_expenditure(world)
    with translation.override("th"):
        entry = audit_display.present(audit.history_for(expenditure))[0]
    assert entry.action == "แก้ไข"
    assert entry.who == "สมศรี ใจงาม" and entry.role == "ผู้อำนวยการสถานศึกษา"
    changes = {c.label: (c.before, c.after) for c in entry.changes}
    assert changes == {"จำนวนเงิน (บาท)": ("12,500.50", "1,234,567.50")}  # the token change is not shown
    assert str(datetime.date.today().year + 543) in entry.when  # local time in the Buddhist Era


def test_history_page_is_readable_and_hides_internal_fields(client, world):
    _grants, expenditure = _edited_expenditure(world)
    html = _page_text(client, world.users["province_officer"],
                      reverse("grants:expenditure-history", args=[expenditure.pk]))
    assert "จำนวนเงิน (บาท)" in html and "1,234,567.50" in html and "12,500.50" in html
    assert "สมศรี ใจงาม" in html and "ผู้อำนวยการสถานศึกษา" in html
    assert "หมวดรายจ่าย" in html and "ค่าวัสดุ" in html  # the category by name, not by id
    this_year = datetime.date.today().year + 543
    assert str(this_year) in html
    for internal in ("receipt_token", "tok-secret", "req-9f2c", "row_version"):
        assert internal not in html, internal


def test_audit_search_is_readable(client, world):
    _edited_expenditure(world)
    html = _page_text(client, world.users["sbn_admin"], reverse("audit-search") + "?model=grants.Expenditure")
    assert "1,234,567.50" in html and "สมศรี ใจงาม" in html
    assert "tok-secret" not in html and "req-9f2c" not in html


def _nomination(world, side):
    committee = Committee.objects.create(name_th="คณะกรรมการไตรภาคี", level="esa", province=side.province,
                                         agency=side.agency, term_start=datetime.date(2024, 1, 1))
    nomination = Nomination.objects.create(committee=committee, first_name_th="วิไล", last_name_th="ศรีสุข",
                                           sector="government", qualifications="ครูผู้เชี่ยวชาญ")
    Nomination.objects.filter(pk=nomination.pk).delete()
    return reverse("audit-record", args=["committees.Nomination", nomination.pk])


def test_deleted_row_history_is_read_by_its_scope_only(client, world):
    """Nominations are read by offices of their scope only; once deleted, their history still is."""
    own, other = _nomination(world, world.own), _nomination(world, world.other)
    officer = world.users["province_officer"]
    html = _page_text(client, officer, own)
    assert "วิไล" in html and "ลบ" in html  # the deleted row's last values and the deletion
    assert client.get(other).status_code == 404
    client.force_login(world.users["school_director"])  # nominees are not for schools
    assert client.get(own).status_code == 404
    assert client.get(reverse("audit-record", args=["committees.Nomination", 999999])).status_code == 404
    assert client.get(reverse("audit-record", args=["no.Such", 1])).status_code == 404


def test_screenshots_of_the_audit_pages(live_server, new_page, world):  # noqa: F811
    _grants, expenditure = _edited_expenditure(world)
    own = _nomination(world, world.own)
    page = new_page("th")
    sign_in(page, live_server.url, "sbn_admin", PASSWORD)
    for name, path in (
        ("audit-history", reverse("grants:expenditure-history", args=[expenditure.pk])),
        ("audit-search", reverse("audit-search")),
        ("audit-deleted-record", own),
    ):
        assert page.goto(f"{live_server.url}{path}").status == 200
        screenshot(page, f"{name}-th")
        assert "tok-secret" not in page.content()
