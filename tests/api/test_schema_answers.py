"""The schema describes what these operations really answer: the awaiting lists are pages of rows, the bulk
sign-off is its tally, and a body whose Content-Type no parser reads is the 415 every body-taking
operation documents. Each refusal is the error body and writes nothing."""

import datetime

import pytest

from grants import services as grant_services
from grants.models import Period, PeriodStatus, PeriodStep, Programme
from provinces import values as kpi_values
from provinces.models import IndicatorValue, ProvinceGroup
from tests.api.schema import openapi_document
from tests.conftest import api_as
from tests.grants.conftest import grants  # noqa: F401  (the grant fixtures, shared)
from tests.provinces.factories import value as make_value
from tests.supervision.factories import ActionFactory, VisitFactory

pytestmark = pytest.mark.django_db

BODY_METHODS = ("post", "put", "patch")


@pytest.fixture(scope="module")
def document():
    return openapi_document()


def component(document, ref):
    return document["components"]["schemas"][ref.rsplit("/", 1)[1]]


def described(document, path, method, status="200"):
    """The body the schema promises, its $ref resolved."""
    return component(document, document["paths"][path][method]["responses"][status]["content"][
        "application/json"]["schema"]["$ref"])


def fields(schema):
    return set(schema["properties"])


def assert_page_of_rows_as_described(document, path, body):
    page = described(document, path, "get")
    assert set(body) == fields(page) >= {"count", "results"}
    assert body["results"], "the page must hold a row for its shape to be checked"
    assert set(body["results"][0]) == fields(component(document, page["properties"]["results"]["items"]["$ref"]))


def test_overdue_actions_awaiting_are_a_page_of_actions(document, world):
    path = "/api/v1/follow-up-actions/awaiting/"
    action = ActionFactory(visit=VisitFactory(school=world.own.school), due_date=datetime.date(2024, 10, 31))
    api = api_as(world.users["agency_supervisor"], "en")
    body = api.get(path).json()
    assert_page_of_rows_as_described(document, path, body)
    assert [row["id"] for row in body["results"]] == [action.pk]
    refused = api.get(path, {"page_size": 0})
    assert refused.status_code == 400 and refused.json()["code"] == "invalid"
    assert "400" in document["paths"][path]["get"]["responses"]


def test_kpi_values_awaiting_are_a_page_of_values(document, world):
    path = "/api/v1/indicator-values/awaiting/"
    value = make_value(world.own.province)
    IndicatorValue.objects.filter(pk=value.pk).update(evidence_link="https://example.go.th/evidence.pdf")
    value.refresh_from_db()
    kpi_values.submit(world.users["province_officer"], value)
    api = api_as(world.users["sbn_admin"], "en")
    body = api.get(path).json()
    assert_page_of_rows_as_described(document, path, body)
    assert [row["id"] for row in body["results"]] == [value.pk]
    refused = api.get(path, {"ordering": "nonsense"})
    assert refused.status_code == 400 and refused.json()["code"] == "invalid"


@pytest.fixture
def submitted_period(world, grants):  # noqa: F811
    period = Period.objects.create(school=world.own.school, fiscal_year=grants.year, month=datetime.date(2024, 1, 1))
    return grant_services.transition(world.users["school_director"], period, "submit")


def test_the_bulk_sign_off_answers_its_tally_as_described(document, world, submitted_period):
    path = "/api/v1/periods/bulk/"
    answer = described(document, path, "post")
    unknown = submitted_period.pk + 1000
    response = api_as(world.users["agency_supervisor"], "en").post(
        path, {"action": "verify", "ids": [submitted_period.pk, unknown]}, format="json")
    assert response.status_code == 200, response.content
    body = response.json()
    assert set(body) == fields(answer) == {"done", "refused", "results"}
    result_row = component(document, answer["properties"]["results"]["items"]["$ref"])
    assert all(set(row) == fields(result_row) for row in body["results"])
    assert (body["done"], body["refused"]) == (1, 1)
    assert [(row["id"], row["code"]) for row in body["results"]] == [(submitted_period.pk, "ok"), (unknown, "not_found")]


def test_a_bulk_step_that_cannot_be_taken_in_bulk_is_a_400_and_moves_nothing(world, submitted_period):
    response = api_as(world.users["agency_supervisor"], "en").post(
        "/api/v1/periods/bulk/", {"action": "submit", "ids": [submitted_period.pk]}, format="json")
    assert response.status_code == 400, response.content
    assert response.json()["code"] == "invalid" and list(response.json()["errors"]) == ["action"]
    submitted_period.refresh_from_db()
    assert submitted_period.status == PeriodStatus.SUBMITTED
    assert PeriodStep.objects.filter(period=submitted_period).count() == 1


def test_every_operation_that_reads_a_body_documents_415_and_no_other_does(document):
    for path, operations in document["paths"].items():
        for method, operation in operations.items():
            documented = "415" in operation["responses"]
            assert documented == ("requestBody" in operation), f"{method.upper()} {path}"
            if documented:
                body = operation["responses"]["415"]["content"]["application/json"]["schema"]
                assert body == {"$ref": "#/components/schemas/Error"}


@pytest.mark.parametrize("path, model", [("/api/v1/province-groups/", ProvinceGroup),
                                         ("/api/v1/grant-programmes/", Programme)])
@pytest.mark.parametrize("content_type", ["text/plain", ""])
def test_a_body_no_parser_reads_is_a_415_and_writes_nothing(document, world, path, model, content_type):
    before = model.objects.count()
    response = api_as(world.users["sbn_admin"], "en").generic("POST", path, b'{"name": "x"}',
                                                               content_type=content_type)
    assert response.status_code == 415, response.content
    assert response.json()["code"] == "unsupported_media_type"
    assert "415" in document["paths"][path]["post"]["responses"]
    assert model.objects.count() == before
