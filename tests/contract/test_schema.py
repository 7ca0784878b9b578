"""The schema tells the truth: shared headers, error answers, typed summary, anchored patterns."""

import pytest
from drf_spectacular.generators import SchemaGenerator
from drf_spectacular.validation import validate_schema


@pytest.fixture(scope="module")
def document():
    return SchemaGenerator().get_schema(request=None, public=True)


def operation(document, path, method):
    return document["paths"][path][method]


def parameter_names(op):
    return {(p["in"], p["name"]) for p in op.get("parameters", [])}


def test_the_schema_validates(document):
    validate_schema(document)


def test_idempotency_key_and_if_match_are_header_parameters(document):
    assert ("header", "Idempotency-Key") in parameter_names(operation(document, "/api/v1/expenditures/", "post"))
    for method in ("put", "patch", "delete"):
        assert ("header", "If-Match") in parameter_names(operation(document, "/api/v1/expenditures/{id}/", method))
    assert ("header", "If-Match") in parameter_names(operation(document, "/api/v1/periods/{id}/submit/", "post"))


def test_errors_are_documented_with_their_body(document):
    op = operation(document, "/api/v1/expenditures/{id}/", "patch")
    for status in ("400", "401", "403", "404", "409", "412"):
        body = op["responses"][status]["content"]["application/json"]["schema"]
        assert body == {"$ref": "#/components/schemas/Error"}
    assert "422" in operation(document, "/api/v1/expenditures/", "post")["responses"]
    error = document["components"]["schemas"]["Error"]
    assert {"code", "message", "errors"} <= set(error["properties"]) and set(error["required"]) == {"code", "message"}


def test_the_spending_summary_is_typed(document):
    schema = operation(document, "/api/v1/spending-summary/", "get")["responses"]["200"]["content"]
    ref = schema["application/json"]["schema"]["$ref"].rsplit("/", 1)[1]
    assert {"fiscal_year", "as_of", "totals", "results"} <= set(document["components"]["schemas"][ref]["properties"])


def test_the_download_format_is_an_enum(document):
    path = next(p for p in document["paths"] if "download" in p)
    fmt = next(p for p in operation(document, path, "get")["parameters"] if p["name"] == "fmt")
    assert fmt["schema"]["enum"] == ["pdf", "xlsx"] and "pattern" not in fmt["schema"]


def test_money_is_strict_in_the_schema(document):
    amount = document["components"]["schemas"]["Expenditure"]["properties"]["amount"]
    assert amount["oneOf"][0]["pattern"] == r"^-?[0-9]{1,12}(\.[0-9]{1,2})?$"


def test_new_endpoints_are_described(document):
    for path in ("/api/v1/me/", "/api/v1/expenditures/{id}/receipt/", "/api/v1/expenditures/import/",
                 "/api/v1/allocations/import/"):
        assert path in document["paths"], path
