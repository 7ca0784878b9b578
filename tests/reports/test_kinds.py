import datetime
import io

import openpyxl
import pytest

from reports import services
from reports.models import JobStatus
from tests.pdftext import fold_thai, pdf_text

pytestmark = pytest.mark.django_db


def produce(user, kind, parameters):
    job = services.request_report(user, kind, parameters)
    status = services.run_job(job.pk)
    job.refresh_from_db()
    assert status == JobStatus.DONE, job.error
    return job


def job_pdf_text(job):
    with job.pdf.open("rb") as handle:
        return pdf_text(handle.read())


def test_school_statement_lists_every_expenditure_in_baht_and_be_dates(world, grants):
    job = produce(world.users["school_director"], "school_statement",
                  {"school": world.own.school.pk, "fiscal_year": 2567})
    text = job_pdf_text(job)
    assert world.own.school.name_th in text
    assert "12,500.50" in text and "40,000.50" in text  # one expenditure and the total
    assert "15 พ.ย. 2566" in text  # 2023-11-15 in the Buddhist Era
    assert job.xlsx  # also as a workbook (tests/reports/test_printouts.py)


def test_national_summary_has_charts_and_unreported_schools(world, grants):
    job = produce(world.users["sbn_viewer"], "national_summary", {"fiscal_year": 2567})
    text = job_pdf_text(job)
    assert "บุรีรัมย์" in text and "สตูล" in text
    # the two schools without a September report are listed; the one that reported is not
    assert world.other.school.name_th in text
    assert fold_thai("ค่าวัสดุ") in text  # spending by category chart label
    assert "100,001.00" in text  # national spending: 40,000.50 × 2 + 20,000.00


def test_national_summary_for_a_province_group_keeps_to_its_provinces(world, grants):
    from provinces.models import ProvinceGroup

    group = ProvinceGroup.objects.create(name="กลุ่มทดสอบรายงาน")
    group.provinces.add(world.own.province)
    job = produce(world.users["sbn_viewer"], "national_summary", {"fiscal_year": 2567, "group": group.pk})
    text = job_pdf_text(job)
    assert fold_thai("กลุ่มทดสอบรายงาน") in text
    assert "บุรีรัมย์" in text and "สตูล" not in text
    assert world.other.school.name_th not in text
    assert "60,000.50" in text and "100,001.00" not in text  # the own province: 40,000.50 + 20,000.00


def test_national_listing_writes_every_expenditure_row(world, grants):
    job = produce(world.users["sbn_admin"], "national_expenditures", {"fiscal_year": 2567})
    with job.xlsx.open("rb") as handle:
        sheet = openpyxl.load_workbook(io.BytesIO(handle.read()), read_only=True).active
        rows = list(sheet.iter_rows(values_only=True))
    amounts = [r[9] for r in rows if len(r) > 9 and isinstance(r[9], (int, float))]
    assert len(amounts) == 7 and sum(amounts) == pytest.approx(100001.00)
    assert any(r[3] == world.own.school.code for r in rows if r)


def test_committee_roster(world):
    from committees.models import Committee, Membership, Person

    committee = Committee.objects.create(name_th="คณะกรรมการขับเคลื่อนพื้นที่นวัตกรรมการศึกษาจังหวัดบุรีรัมย์",
                                         level="provincial", province=world.own.province,
                                         term_start=datetime.date(2024, 1, 1))
    person = Person.objects.create(title="นาย", first_name_th="สมชาย", last_name_th="ใจดี",
                                   office_title="ผู้ว่าราชการจังหวัดบุรีรัมย์", sector="government")
    Membership.objects.create(committee=committee, person=person, position="chair", sequence=1,
                              term_start=datetime.date(2024, 1, 1))
    job = produce(world.users["province_officer"], "committee_roster", {"committee": committee.pk})
    text = job_pdf_text(job)
    assert "สมชาย" in text and "บุรีรัมย์" in text


def test_committee_roster_is_not_for_other_provinces(world):
    from django.core.exceptions import PermissionDenied

    from committees.models import Committee

    committee = Committee.objects.create(name_th="กขน.สตูล", level="provincial", province=world.other.province,
                                         term_start=datetime.date(2024, 1, 1))
    with pytest.raises(PermissionDenied):
        services.request_report(world.users["province_officer"], "committee_roster", {"committee": committee.pk})


def test_readiness_without_a_questionnaire_fails_in_plain_words(world):
    job = services.request_report(world.users["province_officer"], "province_readiness",
                                  {"province": world.own.province.code})
    assert services.run_job(job.pk) == JobStatus.FAILED
    job.refresh_from_db()
    assert "questionnaire" in job.error.lower() or "แบบ" in job.error
