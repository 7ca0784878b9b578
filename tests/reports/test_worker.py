"""A real Celery worker (a subprocess on Redis) produces reports requested through the API, and a
worker killed in the middle of a report does not lose it nor produce it twice."""

import io
import time
from pathlib import Path

import openpyxl
import psycopg
import pytest
from pypdf import PdfReader

from reports.models import JobStatus, ReportJob
from tests.conftest import api_as
from tests.reports.data import make_grants
from tests.worker import Worker, connection_params, new_queue

pytestmark = [pytest.mark.slow, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def queue(settings):
    name = new_queue()
    settings.REPORTS_QUEUE = name
    return name


@pytest.fixture
def workers(tmp_path):
    started = []

    def start(queue, **kwargs):
        worker = Worker(queue, tmp_path / "worker.log", **kwargs)
        started.append(worker)
        return worker

    yield start
    for worker in started:
        worker.stop()


def wait_for(job_id, predicate, timeout, log=None):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        job = ReportJob.objects.get(pk=job_id)
        if predicate(job):
            return job
        time.sleep(0.2)
    tail = Path(log).read_text(errors="replace")[-3000:] if log else ""
    raise AssertionError(f"job {job_id} stuck at {job.status} {job.progress}% {job.progress_message!r}\n{tail}")


def open_files(client, body):
    xlsx = client.get(f"/api/v1/reports/{body['id']}/download/xlsx/")
    pdf = client.get(f"/api/v1/reports/{body['id']}/download/pdf/")
    assert xlsx.status_code == pdf.status_code == 200
    book = openpyxl.load_workbook(io.BytesIO(b"".join(xlsx.streaming_content)))
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(b"".join(pdf.streaming_content))).pages)
    return book, text


def test_real_worker_produces_a_province_report(world, queue, workers, tmp_path):
    make_grants(world)
    officer = world.users["province_officer"]
    workers(queue)
    client = api_as(officer)
    response = client.post("/api/v1/reports/", {"kind": "province_spending", "parameters": {
        "province": world.own.province.code, "fiscal_year": 2567}}, format="json")
    assert response.status_code == 202, response.content
    job_id = response.json()["id"]
    deadline = time.monotonic() + 90
    while True:  # poll through the API, as a client would
        body = client.get(f"/api/v1/reports/{job_id}/").json()
        if body["status"] in ("done", "failed") or time.monotonic() > deadline:
            break
        time.sleep(0.3)
    assert body["status"] == "done", (body, (tmp_path / "worker.log").read_text(errors="replace")[-3000:])
    book, text = open_files(client, body)
    assert len(book.sheetnames) == 2
    assert world.own.province.name_th == "บุรีรัมย์" and "บุรีรัมย์" in text


def test_killed_worker_mid_report_is_replaced_and_the_report_made_once(world, queue, workers, tmp_path):
    make_grants(world)
    officer = world.users["province_officer"]
    log = tmp_path / "worker.log"
    first = workers(queue, visibility_timeout=2)
    # Hold the report in the middle: the worker marks the job running, then waits on this lock.
    blocker = psycopg.connect(**connection_params())
    blocker.execute("LOCK TABLE grants_allocation IN ACCESS EXCLUSIVE MODE")
    try:
        client = api_as(officer)
        response = client.post("/api/v1/reports/", {"kind": "province_spending", "parameters": {
            "province": world.own.province.code, "fiscal_year": 2567}}, format="json")
        assert response.status_code == 202
        job_id = response.json()["id"]
        wait_for(job_id, lambda j: j.status == JobStatus.RUNNING, 60, log)
        time.sleep(0.5)
        first.kill()
    finally:
        blocker.rollback()
        blocker.close()
    job = ReportJob.objects.get(pk=job_id)
    assert job.status == JobStatus.RUNNING and not job.files(), "the first worker must die mid-report"

    workers(queue, visibility_timeout=2)
    job = wait_for(job_id, lambda j: j.status in (JobStatus.DONE, JobStatus.FAILED), 90, log)
    assert job.status == JobStatus.DONE, job.error
    assert job.attempts == 2
    assert ReportJob.objects.count() == 1
    folder = Path(job.pdf.storage.path(str(job.pk)))
    assert sorted(p.suffix for p in folder.iterdir()) == [".pdf", ".xlsx"]  # one of each, no copies
    book, text = open_files(client, client.get(f"/api/v1/reports/{job_id}/").json())
    assert "บุรีรัมย์" in text
    # the message is settled: nothing left for a third worker to pick up
    time.sleep(3)
    assert ReportJob.objects.get(pk=job_id).attempts == 2
