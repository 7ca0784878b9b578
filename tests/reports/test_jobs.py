import io

import openpyxl
import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.urls import reverse
from pypdf import PdfReader
from rest_framework.test import APIClient

from reports import services
from reports.models import JobStatus, ReportJob
from tests.conftest import api_as

pytestmark = pytest.mark.django_db


def province_request(world):
    return {"kind": "province_spending", "parameters": {"province": world.own.province.code, "fiscal_year": 2567}}


def test_post_answers_202_and_queues_on_commit(world, grants, officer, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks() as callbacks:
        response = api_as(officer).post("/api/v1/reports/", province_request(world), format="json")
    assert response.status_code == 202, response.content
    body = response.json()
    assert body["status"] == "queued" and body["progress"] == 0
    assert "บุรีรัมย์" in body["title"]
    assert response["Location"].endswith(f"/api/v1/reports/{body['id']}/")
    assert len(callbacks) == 1  # sent to the workers only once the job row is committed
    assert ReportJob.objects.get().requested_by == officer


def test_nothing_is_queued_when_the_transaction_rolls_back(world, grants, officer,
                                                          django_capture_on_commit_callbacks):
    from django.db import transaction

    with django_capture_on_commit_callbacks() as callbacks:
        try:
            with transaction.atomic():
                services.request_report(officer, "province_spending",
                                        {"province": world.own.province.code, "fiscal_year": 2567})
                raise RuntimeError("the caller failed")
        except RuntimeError:
            pass
    assert callbacks == [] and not ReportJob.objects.exists()


@pytest.mark.parametrize("payload, field, words", [
    ({"kind": "province_spending", "parameters": {"province": "31"}}, "fiscal_year", "fiscal year"),
    ({"kind": "province_spending", "parameters": {"province": "31", "fiscal_year": 2400}}, "fiscal_year",
     "does not exist"),
    ({"kind": "province_spending", "parameters": {"province": "zz", "fiscal_year": 2567}}, "province", "No province"),
    ({"kind": "no_such_kind", "parameters": {}}, "kind", ""),
])
def test_bad_requests_are_400_in_plain_words_and_create_nothing(world, grants, officer, payload, field, words):
    response = api_as(officer, language="en").post("/api/v1/reports/", payload, format="json")
    assert response.status_code == 400, response.content
    body = response.json()
    assert field in body["errors"]
    assert words in body["message"]
    assert not ReportJob.objects.exists()


@pytest.mark.parametrize("role, side, allowed", [
    ("sbn_admin", "other", True), ("sbn_viewer", "own", True), ("province_officer", "own", True),
    ("province_officer", "other", False), ("agency_supervisor", "own", False), ("school_director", "own", False),
    ("no_role", "own", False),
])
def test_province_report_scope(world, grants, role, side, allowed):
    payload = {"kind": "province_spending",
               "parameters": {"province": world.side(side).province.code, "fiscal_year": 2567}}
    response = api_as(world.users[role]).post("/api/v1/reports/", payload, format="json")
    assert response.status_code == (202 if allowed else 403), response.content
    assert ReportJob.objects.count() == (1 if allowed else 0)


@pytest.mark.parametrize("role, side, allowed", [
    ("school_director", "own", True), ("school_staff", "other", False), ("agency_supervisor", "own", True),
    ("province_officer", "other", False), ("sbn_viewer", "other", True),
])
def test_school_statement_scope(world, grants, role, side, allowed):
    with pytest.raises(PermissionDenied) if not allowed else _nothing():
        services.request_report(world.users[role], "school_statement",
                                {"school": world.side(side).school.pk, "fiscal_year": 2567})


class _nothing:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False


def test_national_reports_are_for_sbn_only(world, grants):
    with pytest.raises(PermissionDenied):
        services.request_report(world.users["province_officer"], "national_summary", {"fiscal_year": 2567})
    job = services.request_report(world.users["sbn_viewer"], "national_summary", {"fiscal_year": 2567})
    assert job.parameters == {"fiscal_year": 2567}


def test_anonymous_gets_401_and_jobs_are_private(world, grants, officer):
    job = services.request_report(officer, "province_spending",
                                  {"province": world.own.province.code, "fiscal_year": 2567})
    assert APIClient().get("/api/v1/reports/").status_code == 401
    assert APIClient().post("/api/v1/reports/", province_request(world), format="json").status_code == 401
    other_officer_view = api_as(world.users["sbn_admin"])
    assert other_officer_view.get(f"/api/v1/reports/{job.pk}/").status_code == 404
    assert other_officer_view.get(f"/api/v1/reports/{job.pk}/download/pdf/").status_code == 404
    assert [r["id"] for r in api_as(officer).get("/api/v1/reports/").json()["results"]] == [job.pk]


def run(job):
    assert services.run_job(job.pk) == JobStatus.DONE, ReportJob.objects.get(pk=job.pk).error
    job.refresh_from_db()
    return job


def test_province_report_runs_to_xlsx_and_pdf(world, grants, officer):
    job = run(services.request_report(officer, "province_spending",
                                      {"province": world.own.province.code, "fiscal_year": 2567}))
    assert job.progress == 100 and job.attempts == 1 and job.finished >= job.started
    client = api_as(officer)
    body = client.get(f"/api/v1/reports/{job.pk}/").json()
    assert set(body["files"]) == {"xlsx", "pdf"}
    xlsx = client.get(f"/api/v1/reports/{job.pk}/download/xlsx/")
    assert xlsx.status_code == 200
    book = openpyxl.load_workbook(io.BytesIO(b"".join(xlsx.streaming_content)))
    assert len(book.sheetnames) == 2  # the summary and the province's one affiliation office
    summary = book[book.sheetnames[0]]
    values = [[c.value for c in row] for row in summary.iter_rows()]
    total_row = next(r for r in values if r[0] == "รวม" or r[0] == "Total")
    # the own school spent 40,000.50 and the second school of the province 20,000.00
    assert total_row[4] == pytest.approx(60000.50)
    agency_sheet = book[book.sheetnames[1]]
    codes = {row[0].value for row in agency_sheet.iter_rows() if row[0].value}
    assert world.own.school.code in codes and world.other.school.code not in codes
    pdf = client.get(f"/api/v1/reports/{job.pk}/download/pdf/")
    text = "".join(p.extract_text() for p in PdfReader(io.BytesIO(b"".join(pdf.streaming_content))).pages)
    assert "บุรีรัมย์" in text
    assert "60,000.50" in text  # baht with thousands separators
    assert "2567" in text


def test_a_finished_job_is_not_produced_again(world, grants, officer):
    job = run(services.request_report(officer, "province_spending",
                                      {"province": world.own.province.code, "fiscal_year": 2567}))
    first_finished = job.finished
    assert services.run_job(job.pk) == JobStatus.DONE
    job.refresh_from_db()
    assert job.attempts == 1 and job.finished == first_finished


def test_a_failing_report_says_why_in_plain_words(world, grants, officer, monkeypatch):
    from reports.builders import spending

    def broken(self, job, progress):
        raise services.ReportError("No school in this province has an allocation yet.")

    monkeypatch.setattr(spending.ProvinceSpending, "build", broken)
    job = services.request_report(officer, "province_spending",
                                  {"province": world.own.province.code, "fiscal_year": 2567})
    assert services.run_job(job.pk) == JobStatus.FAILED
    job.refresh_from_db()
    assert job.error == "No school in this province has an allocation yet." and not job.files()


def test_an_unexpected_error_fails_the_job_without_a_traceback(world, grants, officer, monkeypatch):
    from reports.builders import spending

    monkeypatch.setattr(spending.ProvinceSpending, "build", lambda self, job, progress: 1 / 0)
    job = services.request_report(officer, "province_spending",
                                  {"province": world.own.province.code, "fiscal_year": 2567})
    assert services.run_job(job.pk) == JobStatus.FAILED
    job.refresh_from_db()
    assert "unexpected error" in job.error.lower() or "ไม่คาดคิด" in job.error
    assert "ZeroDivision" not in job.error


def test_a_job_that_keeps_killing_its_worker_is_given_up(world, grants, officer):
    job = services.request_report(officer, "province_spending",
                                  {"province": world.own.province.code, "fiscal_year": 2567})
    ReportJob.objects.filter(pk=job.pk).update(status=JobStatus.RUNNING, attempts=services.MAX_ATTEMPTS)
    assert services.run_job(job.pk) == JobStatus.FAILED
    job.refresh_from_db()
    assert str(services.MAX_ATTEMPTS) in job.error


def test_job_list_page_polls_unfinished_rows_only(client, world, grants, officer):
    running = services.request_report(officer, "province_spending",
                                      {"province": world.own.province.code, "fiscal_year": 2567})
    done = run(services.request_report(officer, "agency_spending",
                                       {"agency": world.own.agency.pk, "fiscal_year": 2567}))
    client.force_login(officer)
    html = client.get(reverse("reports:list")).content.decode()
    assert f'hx-get="{reverse("reports:row", args=[running.pk])}"' in html
    assert f'hx-get="{reverse("reports:row", args=[done.pk])}"' not in html
    assert reverse("reports:download", args=[done.pk, "xlsx"]) in html
    assert "style=" not in html and "onclick" not in html
    row = client.get(reverse("reports:row", args=[running.pk]), HTTP_HX_REQUEST="true")
    assert row.status_code == 200 and "<progress" in row.content.decode()


def test_job_pages_and_downloads_are_the_requesters(client, world, grants, officer):
    done = run(services.request_report(officer, "agency_spending",
                                       {"agency": world.own.agency.pk, "fiscal_year": 2567}))
    assert client.get(reverse("reports:list")).status_code == 302
    client.force_login(world.users["sbn_admin"])
    assert client.get(reverse("reports:detail", args=[done.pk])).status_code == 404
    assert client.get(reverse("reports:download", args=[done.pk, "pdf"])).status_code == 404
    client.force_login(officer)
    response = client.get(reverse("reports:download", args=[done.pk, "pdf"]))
    assert response.status_code == 200 and response["Content-Type"] == "application/pdf"
    assert client.get(reverse("reports:download", args=[done.pk, "exe"])).status_code == 404


def test_request_form_queues_and_reports_errors(client, world, grants, officer,
                                                django_capture_on_commit_callbacks):
    client.force_login(officer)
    with django_capture_on_commit_callbacks() as callbacks:
        response = client.post(reverse("reports:list"), {"kind": "province_spending",
                                                          "province": world.own.province.code,
                                                          "fiscal_year": "2567"})
    assert response.status_code == 302 and len(callbacks) == 1
    response = client.post(reverse("reports:list"), {"kind": "province_spending",
                                                      "province": world.own.province.code})
    assert response.status_code == 400
    assert ReportJob.objects.count() == 1


def test_validation_error_names_the_parameter(world, grants, officer):
    with pytest.raises(ValidationError) as caught:
        services.request_report(officer, "province_spending", {"fiscal_year": 2567})
    assert "province" in caught.value.message_dict


def test_two_runs_of_a_job_numbered_alike_keep_their_scratch_files_apart():
    """Two databases on one machine (test workers, staging beside production) number their jobs alike."""
    from types import SimpleNamespace

    from reports.services import Progress

    first, second = Progress(SimpleNamespace(pk=23)), Progress(SimpleNamespace(pk=23))
    mine, theirs = first.work_path("school_statement-23.xlsx"), second.work_path("school_statement-23.xlsx")
    mine.write_bytes(b"first"), theirs.write_bytes(b"second")
    assert mine != theirs
    first.cleanup()
    assert not mine.exists() and theirs.read_bytes() == b"second"
    second.cleanup()
    assert not theirs.parent.exists()
