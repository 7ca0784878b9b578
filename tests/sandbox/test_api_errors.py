"""Errors under /api/ are JSON in every profile, never Django's HTML (or its debug page)."""

import pytest
from django.test import Client

from tests.conftest import api_as

pytestmark = pytest.mark.django_db


@pytest.fixture(params=[True, False], ids=["debug", "production-like"])
def debug(request, settings):
    settings.DEBUG = request.param
    return request.param


def test_an_unknown_api_route_is_a_json_404(world, debug):
    for client in (Client(), api_as(world.users["sbn_admin"])):
        response = client.get("/api/v1/no-such-resource/")
        assert response.status_code == 404
        assert response["Content-Type"].startswith("application/json")
        body = response.json()
        assert body["code"] == "not_found"
        assert body["message"] == "ไม่พบ"
        assert body["request_id"] == response["X-Request-ID"]


def test_an_unexpected_error_is_a_json_500_with_the_request_id(world, debug, settings, caplog):
    settings.ROOT_URLCONF = "tests.sandbox.failing_urls"
    client = Client(raise_request_exception=False, HTTP_ACCEPT_LANGUAGE="en")
    client.force_login(world.users["sbn_admin"])
    response = client.get("/api/v1/broken/")
    assert response.status_code == 500
    assert response["Content-Type"].startswith("application/json")
    body = response.json()
    assert body["code"] == "server_error"
    assert "request id" in body["message"]
    assert body["request_id"] and body["request_id"] == response["X-Request-ID"]
    assert "Traceback" not in response.content.decode()
    assert any("an unexpected failure" in str(record.exc_info) for record in caplog.records)


def test_pages_outside_the_api_keep_their_html_404(world, settings):
    settings.DEBUG = False
    response = Client().get("/no-such-page/")
    assert response.status_code == 404
    assert response["Content-Type"].startswith("text/html")
