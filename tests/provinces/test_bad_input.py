"""Bad input gets a clear message on the page and in the API, and writes nothing."""

import datetime

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone

from provinces.models import IndicatorTarget, IndicatorValue, Milestone, OutcomeSummary, Strategy
from tests.conftest import api_as
from tests.provinces import factories as f

FUTURE_MESSAGE = "A completed step cannot be dated in the future."


def tomorrow():
    return (timezone.localdate() + datetime.timedelta(days=1)).isoformat()


@pytest.fixture
def officer_page(client, world):
    client.force_login(world.users["province_officer"])
    client.defaults["HTTP_ACCEPT_LANGUAGE"] = "en"
    return client


@pytest.fixture
def officer_api(world):
    return api_as(world.users["province_officer"], language="en")


def test_completed_step_in_the_future_is_refused_on_the_page(officer_page):
    response = officer_page.post(reverse("provinces:milestone-add"), {
        "province": "31", "kind": "gazette", "status": "done", "date": tomorrow()})
    assert response.status_code == 200
    assert FUTURE_MESSAGE in response.content.decode()
    assert not Milestone.objects.exists()


def test_completed_step_in_the_future_is_refused_in_the_api(officer_api):
    response = officer_api.post("/api/v1/milestones/", {"province": "31", "kind": "gazette", "date": tomorrow()},
                                format="json")
    assert response.status_code == 400
    body = response.json()
    assert body["code"] == "invalid" and FUTURE_MESSAGE in body["message"]
    assert FUTURE_MESSAGE in body["errors"]["date"][0]
    assert not Milestone.objects.exists()


def test_a_planned_step_may_be_in_the_future(officer_api):
    response = officer_api.post("/api/v1/milestones/", {"province": "31", "kind": "strategy_approval",
                                                        "status": "planned", "date": tomorrow()}, format="json")
    assert response.status_code == 201, response.content


def test_marking_a_future_step_done_is_refused(officer_api, world):
    step = f.milestone(world.own.province, status="planned", date=timezone.localdate() + datetime.timedelta(days=9))
    response = officer_api.patch(f"/api/v1/milestones/{step.pk}/", {"status": "done"}, format="json")
    assert response.status_code == 400
    step.refresh_from_db()
    assert step.status == "planned"


def test_kpi_value_for_a_year_without_target_is_refused(officer_page, officer_api, world):
    kpi = f.indicator(world.own.province, targets={2567: "60"})
    response = officer_api.post("/api/v1/indicator-values/", {"indicator": kpi.pk, "fiscal_year": 2580,
                                                              "value": "10"}, format="json")
    assert response.status_code == 400
    message = "Fiscal year 2580 is not in this indicator's plan: set a target for that year first."
    assert response.json()["errors"]["fiscal_year"] == [message]
    response = officer_page.post(reverse("provinces:value-add"), {"indicator": kpi.pk, "fiscal_year": "2580",
                                                                  "value": "10"})
    assert response.status_code == 200
    assert "Fiscal year 2580 is not in this indicator&#x27;s plan" in response.content.decode()
    assert not IndicatorValue.objects.exists()


def test_kpi_value_for_an_impossible_year_is_refused(officer_api, world):
    kpi = f.indicator(world.own.province, targets={2567: "60"})
    response = officer_api.post("/api/v1/indicator-values/", {"indicator": kpi.pk, "fiscal_year": 2024,
                                                              "value": "10"}, format="json")
    assert response.status_code == 400
    assert "fiscal_year" in response.json()["errors"]
    assert not IndicatorValue.objects.exists()


def test_target_that_is_not_a_number_is_refused(officer_page, officer_api, world):
    """Targets are read by the strict rule of sandbox.money, worded for a figure that is not baht."""
    kpi = f.indicator(world.own.province)
    target = {"indicator": kpi.pk, "fiscal_year": 2567, "target": "eighty"}
    response = officer_api.post("/api/v1/indicator-targets/", target, format="json")
    assert response.status_code == 400
    assert response.json()["errors"]["target"] == [
        "Enter a number with the digits 0-9 and a decimal point, like 75.50."]
    thai = api_as(world.users["province_officer"]).post("/api/v1/indicator-targets/", target, format="json")
    assert thai.status_code == 400
    assert thai.json()["errors"]["target"] == ["กรอกตัวเลข ด้วยเลข 0-9 และจุดทศนิยม เช่น 75.50"]
    response = officer_page.post(reverse("provinces:target-add"), {"indicator": kpi.pk, "fiscal_year": "2567",
                                                                   "target": "eighty"})
    assert response.status_code == 200
    # A page accepts thousands separators, so its example shows one.
    assert "Enter a number with the digits 0-9 and a decimal point, like 1,275.50." in response.content.decode()
    assert not IndicatorTarget.objects.exists()


def test_second_target_for_the_same_year_is_refused(officer_api, world):
    kpi = f.indicator(world.own.province, targets={2567: "60"})
    response = officer_api.post("/api/v1/indicator-targets/", {"indicator": kpi.pk, "fiscal_year": 2567,
                                                               "target": "70"}, format="json")
    assert response.status_code == 400
    assert "already has a target for that fiscal year" in response.json()["message"]
    assert kpi.targets.get().target == 60


def test_second_strategy_for_the_same_year_is_refused(officer_page, world):
    f.strategy(world.own.province, year=2567)
    response = officer_page.post(reverse("provinces:strategy-add"), {"province": "31", "year": "2567",
                                                                     "vision": "ซ้ำ"})
    assert response.status_code == 200
    assert "already has a strategy for that year" in response.content.decode()
    assert Strategy.objects.count() == 1


def test_outcome_summary_only_for_first_cohort(officer_api):
    response = officer_api.post("/api/v1/outcome-summaries/", {"province": "31", "year": 2567,
                                                               "what_worked": "x"}, format="json")
    assert response.status_code == 400
    assert "first-cohort" in response.json()["message"]
    assert not OutcomeSummary.objects.exists()


# --- documents -----------------------------------------------------------------------------------------------

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def test_pdf_document_is_accepted_and_linked_from_the_timeline(officer_api, officer_page):
    upload = SimpleUploadedFile("gazette.pdf", PDF, content_type="application/pdf")
    response = officer_api.post("/api/v1/milestones/", {"province": "31", "kind": "gazette",
                                                        "date": "2024-05-09", "document": upload},
                                format="multipart")
    assert response.status_code == 201, response.content
    step = Milestone.objects.get()
    assert step.document.name.endswith(".pdf")
    assert step.document.url in officer_page.get(reverse("provinces:detail", args=["31"])).content.decode()


def test_file_that_is_not_a_pdf_is_refused(officer_api, officer_page):
    upload = SimpleUploadedFile("gazette.pdf", b"MZ\x90\x00 not a pdf", content_type="application/pdf")
    response = officer_api.post("/api/v1/milestones/", {"province": "31", "kind": "gazette",
                                                        "date": "2024-05-09", "document": upload},
                                format="multipart")
    assert response.status_code == 400
    assert response.json()["errors"]["document"] == ["This file is not a PDF document."]
    word = SimpleUploadedFile("minutes.docx", PDF)
    response = officer_page.post(reverse("provinces:milestone-add"), {
        "province": "31", "kind": "gazette", "status": "done", "date": "2024-05-09", "document": word})
    assert response.status_code == 200
    assert "Only PDF documents can be uploaded." in response.content.decode()
    assert not Milestone.objects.exists()


def test_pdf_larger_than_the_limit_is_refused(officer_api, settings):
    settings.UPLOAD_MAX_BYTES = 20
    upload = SimpleUploadedFile("big.pdf", PDF, content_type="application/pdf")
    response = officer_api.post("/api/v1/milestones/", {"province": "31", "kind": "gazette",
                                                        "date": "2024-05-09", "document": upload},
                                format="multipart")
    assert response.status_code == 400
    assert "too large" in response.json()["errors"]["document"][0]
    assert not Milestone.objects.exists()


def test_document_and_link_together_are_refused(officer_api):
    upload = SimpleUploadedFile("gazette.pdf", PDF, content_type="application/pdf")
    response = officer_api.post("/api/v1/milestones/", {"province": "31", "kind": "gazette", "date": "2024-05-09",
                                                        "document": upload, "link": "https://ratchakitcha.soc.go.th/x"},
                                format="multipart")
    assert response.status_code == 400
    assert "either a PDF document or a link" in response.json()["message"]
    assert not Milestone.objects.exists()
