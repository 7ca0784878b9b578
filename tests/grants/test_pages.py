import datetime
import io
from decimal import Decimal

from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from PIL import Image

from grants import services
from grants.models import Expenditure, Period, SpendingRollup
from tests.grants.conftest import spend


def _form(grants, **changes):
    data = {"allocation": grants.own.pk, "date": "2024-02-01", "amount": "1500.00",
            "category": grants.materials.pk, "description": "Microscopes", "payee": "Lab shop",
            "receipt_number": "R-9", "plan_line": ""}
    data.update(changes)
    return data


def _png():
    buffer = io.BytesIO()
    Image.new("RGB", (4, 4), "white").save(buffer, "PNG")
    return SimpleUploadedFile("receipt.png", buffer.getvalue(), content_type="image/png")


def test_school_year_page_shows_figures_and_quick_form(client, world, grants):
    spend(grants.own, "2500.00")
    client.force_login(world.users["school_staff"])
    page = client.get(reverse("grants:school-year", args=[world.own.school.pk, 2567])).content.decode()
    assert 'id="quick-form"' in page and "97,500.00" in page and "hx-post" in page
    # The school has one allocation: the form carries it, so the person need not choose it.
    assert f'name="allocation" value="{grants.own.pk}"' in page
    # ... and so does the way to add a plan line (among all of SBN's allocations it would be a search)
    assert f'{reverse("grants:planline-add")}?allocation={grants.own.pk}' in page
    # A date field takes ISO dates whatever the language (the tests run in Thai).
    assert 'type="text" name="date" value="30/09/2567"' in page  # dd/mm/BE, not the browser's date box
    assert "<script>" not in page and 'style="' not in page and "onclick" not in page


def test_quick_add_with_htmx_returns_row_and_out_of_band_figures(client, world, grants):
    client.force_login(world.users["school_director"])
    url = reverse("grants:expenditure-add", args=[world.own.school.pk, 2567])
    response = client.post(url, _form(grants), HTTP_HX_REQUEST="true")
    html = response.content.decode()
    assert response.status_code == 200
    assert 'id="year-figures"' in html and 'hx-swap-oob="true"' in html
    assert 'hx-swap-oob="afterbegin:#expenditure-rows"' in html and "Microscopes" in html
    assert "98,500.00" in html  # the new balance
    assert 'id="expenditure-count"' in html and "(1)" in html
    assert Expenditure.objects.get().amount == Decimal("1500.00")


def test_quick_add_errors_come_back_in_the_form_and_nothing_is_saved(client, world, grants):
    client.force_login(world.users["school_director"])
    client.post("/i18n/setlang/", {"language": "en"})
    url = reverse("grants:expenditure-add", args=[world.own.school.pk, 2567])
    html = client.post(url, _form(grants, amount="1.234", date="2025-01-01"), HTTP_HX_REQUEST="true").content.decode()
    assert "at most 2 decimal" in html or "2 decimal places" in html
    assert "is-invalid" in html
    over = client.post(url, _form(grants, amount="100000.01"), HTTP_HX_REQUEST="true").content.decode()
    assert "over the allocation" in over
    assert not Expenditure.objects.exists() and not SpendingRollup.objects.exists()


def test_quick_add_is_refused_for_another_school_and_in_a_locked_month(client, world, grants):
    client.force_login(world.users["school_director"])
    other_url = reverse("grants:expenditure-add", args=[world.other.school.pk, 2567])
    assert client.post(other_url, _form(grants, allocation=grants.other.pk), HTTP_HX_REQUEST="true").status_code == 403
    period = Period.objects.create(school=world.own.school, fiscal_year=grants.year, month=datetime.date(2024, 2, 1))
    services.transition(world.users["sbn_admin"], period, "submit")
    client.post("/i18n/setlang/", {"language": "en"})
    html = client.post(reverse("grants:expenditure-add", args=[world.own.school.pk, 2567]), _form(grants),
                       HTTP_HX_REQUEST="true").content.decode()
    assert "locked" in html
    assert not Expenditure.objects.exists()


LOCKED_MESSAGE = "ถูกล็อกอยู่ โปรดขอให้เปิดแก้ไขก่อน"


def test_edit_and_delete_pages_refuse_another_school_and_a_locked_month(client, world, grants):
    other = spend(grants.other, "100.00")
    locked = spend(grants.own, "100.00", day=datetime.date(2024, 1, 5))
    period = Period.objects.create(school=world.own.school, fiscal_year=grants.year, month=datetime.date(2024, 1, 1))
    services.transition(world.users["sbn_admin"], period, "submit")
    client.force_login(world.users["school_director"])
    assert client.post(reverse("grants:expenditure-edit", args=[other.pk]), _form(grants)).status_code == 403
    assert client.post(reverse("grants:expenditure-delete", args=[other.pk])).status_code == 403
    edited = client.post(reverse("grants:expenditure-edit", args=[locked.pk]),
                         _form(grants, date="2024-01-05", amount="5"))
    assert edited.status_code == 200 and LOCKED_MESSAGE in edited.content.decode()
    deleted = client.post(reverse("grants:expenditure-delete", args=[locked.pk]), follow=True)
    assert LOCKED_MESSAGE in deleted.content.decode()
    locked.refresh_from_db()
    assert locked.amount == Decimal("100.00")
    assert Expenditure.objects.count() == 2


def test_receipt_upload_is_sniffed_and_served_only_through_the_checked_view(client, world, grants, settings):
    client.force_login(world.users["school_director"])
    url = reverse("grants:expenditure-add", args=[world.own.school.pk, 2567])
    client.post(url, {**_form(grants), "receipt": _png()}, HTTP_HX_REQUEST="true")
    row = Expenditure.objects.get()
    assert row.receipt_type == "image/png"
    assert not str(row.receipt.path).startswith(str(settings.MEDIA_ROOT))
    served = client.get(reverse("grants:receipt", args=[row.pk]))
    assert served.status_code == 200 and served["Content-Type"] == "image/png"
    client.logout()
    assert client.get(reverse("grants:receipt", args=[row.pk])).status_code == 302


def test_receipt_that_is_not_a_pdf_or_image_is_refused(client, world, grants, settings):
    client.force_login(world.users["school_director"])
    client.post("/i18n/setlang/", {"language": "en"})
    url = reverse("grants:expenditure-add", args=[world.own.school.pk, 2567])
    fake = SimpleUploadedFile("receipt.pdf", b"MZ\x90\x00 not a pdf", content_type="application/pdf")
    html = client.post(url, {**_form(grants), "receipt": fake}, HTTP_HX_REQUEST="true").content.decode()
    assert "must be a PDF or an image" in html
    settings.UPLOAD_MAX_BYTES = 10
    big = SimpleUploadedFile("r.pdf", b"%PDF-1.4 " + b"x" * 100, content_type="application/pdf")
    html = client.post(url, {**_form(grants), "receipt": big}, HTTP_HX_REQUEST="true").content.decode()
    assert "larger than" in html
    assert not Expenditure.objects.exists()


def test_expenditure_import_dry_run_reports_every_bad_row_and_imports_nothing(client, world, grants):
    client.force_login(world.users["school_staff"])
    client.post("/i18n/setlang/", {"language": "en"})
    url = reverse("grants:expenditure-import", args=[world.own.school.pk, 2567])
    csv_text = ("date,amount,category,description,payee,receipt_number\n"
                "2024-01-05,1000.00,materials,Paper,Shop,R1\n"
                "2024-13-05,1000.00,materials,Paper,Shop,R2\n"
                "2024-01-06,12.345,materials,Paper,Shop,R3\n"
                "2024-01-07,50.00,nosuch,Paper,Shop,R4\n")
    upload = SimpleUploadedFile("spend.csv", csv_text.encode("utf-8-sig"), content_type="text/csv")
    html = client.post(url, {"file": upload}).content.decode()
    assert "3 problems found" in html
    assert "YYYY-MM-DD" in html and "2 decimal" in html and "No spending category" in html
    assert not Expenditure.objects.exists()
    good = "date,amount,category,description,payee\n2024-01-05,1000.00,materials,Paper,Shop\n2024-01-06,2.5,training,Pens,Shop\n"
    dry = client.post(url, {"file": SimpleUploadedFile("s.csv", good.encode()), "dry_run": "on"}).content.decode()
    assert "All 2 rows are good" in dry and not Expenditure.objects.exists()
    client.post(url, {"file": SimpleUploadedFile("s.csv", good.encode())})
    assert Expenditure.objects.count() == 2
    assert SpendingRollup.objects.get(category=grants.training).total == Decimal("2.50")


def test_import_over_the_allocation_across_rows_imports_nothing(client, world, grants):
    client.force_login(world.users["school_staff"])
    url = reverse("grants:expenditure-import", args=[world.own.school.pk, 2567])
    rows = "date,amount,category,description,payee\n" + "2024-01-05,60000,materials,Tablets,Shop\n" * 2
    client.post(url, {"file": SimpleUploadedFile("s.csv", rows.encode())})
    assert not Expenditure.objects.exists()


def test_allocation_import_from_xlsx(client, world, grants):
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(["school_code", "fiscal_year", "programme", "amount", "note"])
    sheet.append([world.own.school.code, 2567, "innovation", 150000, "raised"])
    sheet.append(["9999999999", 2567, "innovation", 1000, ""])
    buffer = io.BytesIO()
    book.save(buffer)
    client.force_login(world.users["sbn_admin"])
    client.post("/i18n/setlang/", {"language": "en"})
    url = reverse("grants:allocation-import")
    html = client.post(url, {"file": SimpleUploadedFile("a.xlsx", buffer.getvalue())}).content.decode()
    assert "No pilot school has this code" in html
    grants.own.refresh_from_db()
    assert grants.own.amount == Decimal("100000.00")
    sheet.delete_rows(3)
    buffer = io.BytesIO()
    book.save(buffer)
    client.post(url, {"file": SimpleUploadedFile("a.xlsx", buffer.getvalue())})
    grants.own.refresh_from_db()
    assert grants.own.amount == Decimal("150000.00")
    client.force_login(world.users["province_officer"])
    assert client.get(url).status_code == 403


def test_allocation_cannot_be_cut_below_spending(client, world, grants):
    spend(grants.own, "80000.00")
    from tests.conftest import api_as

    response = api_as(world.users["sbn_admin"], "en").patch(f"/api/v1/allocations/{grants.own.pk}/",
                                                           {"amount": "79999.99"}, format="json")
    assert response.status_code == 400 and "already spent" in response.json()["message"]


def test_school_year_page_shows_the_latest_rows_and_leads_to_the_rest(client, world, grants, monkeypatch):
    from grants.views import SchoolYearView

    monkeypatch.setattr(SchoolYearView, "rows_shown", 2)
    for day in (1, 2, 3):
        spend(grants.own, "100.00", day=datetime.date(2024, 1, day), description=f"Row {day}")
    client.force_login(world.users["school_director"])
    page = client.get(reverse("grants:school-year", args=[world.own.school.pk, 2567])).content.decode()
    assert "Row 3" in page and "Row 2" in page and "Row 1" not in page  # the latest first
    assert "แสดง 2 รายการล่าสุดจากทั้งหมด 3 รายการ" in page
    whole_year = f'{reverse("grants:expenditure-list")}?school={world.own.school.pk}&amp;fiscal_year=2567&amp;group='
    assert whole_year in page
    listed = client.get(whole_year.replace("&amp;", "&")).content.decode()
    assert all(f"Row {day}" in listed for day in (1, 2, 3))
    spend(grants.own, "100.00", day=datetime.date(2024, 1, 4))
    monkeypatch.setattr(SchoolYearView, "rows_shown", 10)
    page = client.get(reverse("grants:school-year", args=[world.own.school.pk, 2567])).content.decode()
    assert "รายการล่าสุดจากทั้งหมด" not in page
