"""The policy brief for the national committee: its figures, its page, its request, and the PDF made
by a real Celery worker (the first page is kept as a PNG under artifacts/policy-brief/)."""

import datetime
import time
from pathlib import Path

import pytest
from django.test import Client
from django.urls import reverse

from committees.models import Committee, Level
from grants.models import FiscalYear
from provinces.models import MilestoneKind, ProvinceGroup, ProvinceGroupPreference
from reports.builders.policy_brief import policy_brief
from reports.models import ReportJob
from schools.models import PilotSchool, SituationAnalysis
from tests.conftest import api_as
from tests.factories import SchoolFactory
from tests.pdftext import fold_thai, pdf_text, without_spaces, write_page_pngs
from tests.provinces.factories import indicator, milestone
from tests.reports.data import make_grants
from tests.worker import Worker, new_queue

ARTIFACTS = Path(__file__).resolve().parents[2] / "artifacts" / "policy-brief"


def brief_world(world):
    """Buriram: 40 pilot schools, 6 with a situation analysis, two KPIs (one missed), a committee whose
    term ends soon; Satun in no group."""
    make_grants(world)  # the world's own school and one more in Buriram
    for _ in range(38):
        SchoolFactory(agency=world.own.agency)
    schools = list(PilotSchool.objects.filter(province=world.own.province).order_by("pk"))
    for school in schools[:6]:
        SituationAnalysis.objects.create(school=school, year=2567)
    milestone(world.own.province, MilestoneKind.GAZETTE, datetime.date(2019, 5, 10))
    indicator(world.own.province, targets={2567: "80"}, values={2567: "85"})
    indicator(world.own.province, targets={2567: "70"}, values={2567: "40"})
    indicator(world.own.province, targets={2567: "60"})
    Committee.objects.create(name_th="คณะกรรมการขับเคลื่อนพื้นที่นวัตกรรมการศึกษาจังหวัดบุรีรัมย์",
                             short_name="กขน.บุรีรัมย์", level=Level.PROVINCIAL, province=world.own.province,
                             term_start=datetime.date(2022, 1, 1),
                             term_end=datetime.date.today() + datetime.timedelta(days=30))
    group = ProvinceGroup.objects.create(name="กลุ่มทดสอบ")
    group.provinces.add(world.own.province)
    return group, schools


@pytest.mark.django_db
def test_brief_figures_per_province(world):
    group, schools = brief_world(world)
    brief = policy_brief(FiscalYear.objects.get(year=2567))
    own = next(line for line in brief.lines if line.province == world.own.province)
    assert own.coverage == "6/40" and len(own.missing) == 34
    assert schools[0].name_th not in own.missing and schools[6].name_th in own.missing
    assert (own.kpis_on, own.kpis_off, own.kpis_unmeasured) == (1, 1, 1)
    assert own.stage and own.spend_rate is not None
    assert [name for name, _end in own.terms_ending] == ["กขน.บุรีรัมย์"]
    grouped = policy_brief(FiscalYear.objects.get(year=2567), group)
    assert [line.province for line in grouped.lines] == [world.own.province]


@pytest.mark.django_db
def test_brief_queries_do_not_grow_with_provinces(world):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    brief_world(world)
    year = FiscalYear.objects.get(year=2567)
    with CaptureQueriesContext(connection) as before:
        policy_brief(year)
    for _ in range(5):
        SchoolFactory(agency=world.other.agency)
    indicator(world.other.province, targets={2567: "10"}, values={2567: "12"})
    with CaptureQueriesContext(connection) as after:
        policy_brief(year)
    assert len(after) == len(before) <= 16


@pytest.mark.django_db
def test_page_opens_with_the_default_group_and_the_parameter_wins(world):
    group, _schools = brief_world(world)
    sbn = world.users["sbn_admin"]
    ProvinceGroupPreference.objects.create(user=sbn, group=group)
    client = Client()
    client.force_login(sbn)
    url = reverse("reports:policy-brief")
    page = client.get(url, {"fiscal_year": 2567})
    assert page.status_code == 200
    text = page.content.decode()
    assert "บุรีรัมย์" in text and "6/40" in text and world.other.province.name_th not in text
    everything = client.get(url, {"fiscal_year": 2567, "group": ""}).content.decode()
    assert world.other.province.name_th in everything


@pytest.mark.django_db
@pytest.mark.parametrize("query", [{"fiscal_year": 2999}, {"fiscal_year": "abc"}, {"group": "999999"},
                                   {"group": "x"}])
def test_page_refuses_bad_input(world, query):
    brief_world(world)
    client = Client()
    client.force_login(world.users["sbn_admin"])
    assert client.get(reverse("reports:policy-brief"), query).status_code == 404


@pytest.mark.django_db
@pytest.mark.parametrize(("role", "status"), [("province_officer", 403), ("agency_supervisor", 403),
                                              ("school_director", 403), ("no_role", 404)])
def test_page_is_for_nation_wide_roles(world, role, status):
    client = Client()
    client.force_login(world.users[role])
    assert client.get(reverse("reports:policy-brief")).status_code == status


@pytest.mark.django_db
def test_page_sends_anonymous_people_to_sign_in(world):
    response = Client().get(reverse("reports:policy-brief"))
    assert response.status_code == 302 and "login" in response["Location"]


@pytest.mark.django_db
def test_request_checks_group_year_and_scope(world):
    group, _schools = brief_world(world)
    sbn = api_as(world.users["sbn_admin"])
    ok = sbn.post("/api/v1/reports/", {"kind": "policy_brief", "parameters": {
        "fiscal_year": 2567, "group": group.pk}}, format="json")
    assert ok.status_code == 202, ok.content
    assert ReportJob.objects.get(pk=ok.json()["id"]).parameters == {"fiscal_year": 2567, "group": group.pk}
    assert "กลุ่มทดสอบ" in ok.json()["title"]
    bad = sbn.post("/api/v1/reports/", {"kind": "policy_brief", "parameters": {
        "fiscal_year": 2999, "group": "nope"}}, format="json")
    assert bad.status_code == 400 and {"fiscal_year", "group"} <= set(str(bad.content, "utf-8").split('"'))
    officer = api_as(world.users["province_officer"]).post("/api/v1/reports/", {
        "kind": "policy_brief", "parameters": {"fiscal_year": 2567}}, format="json")
    assert officer.status_code == 403
    assert api_as(None).post("/api/v1/reports/", {"kind": "policy_brief", "parameters": {
        "fiscal_year": 2567}}, format="json").status_code in (401, 403)


@pytest.fixture
def queue(settings):
    name = new_queue()
    settings.REPORTS_QUEUE = name
    return name


@pytest.mark.slow
@pytest.mark.django_db(transaction=True)
def test_real_worker_makes_the_policy_brief_pdf(world, queue, tmp_path):
    brief_world(world)
    worker = Worker(queue, tmp_path / "worker.log")
    try:
        client = api_as(world.users["sbn_admin"])
        response = client.post("/api/v1/reports/", {"kind": "policy_brief", "parameters": {"fiscal_year": 2567}},
                               format="json")
        assert response.status_code == 202, response.content
        job_id = response.json()["id"]
        deadline = time.monotonic() + 120
        while True:  # poll through the API, as a client would
            body = client.get(f"/api/v1/reports/{job_id}/").json()
            if body["status"] in ("done", "failed") or time.monotonic() > deadline:
                break
            time.sleep(0.3)
        assert body["status"] == "done", (body, worker.tail())
    finally:
        worker.stop()
    download = client.get(f"/api/v1/reports/{job_id}/download/pdf/")
    assert download.status_code == 200
    content = b"".join(download.streaming_content)
    text = without_spaces(pdf_text(content))
    for name in ("บุรีรัมย์", "สตูล", "กขน.บุรีรัมย์"):
        assert without_spaces(fold_thai(name)) in text
    assert "6/40" in text
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    pdf_path = ARTIFACTS / "policy-brief.pdf"
    pdf_path.write_bytes(content)
    write_page_pngs(content, str(ARTIFACTS / "page"), dpi=110, pages=1)
    assert (ARTIFACTS / "page-1.png").stat().st_size > 10_000
