"""Redis away: pages still serve, a report request says it is waiting, and nothing is lost."""

import pytest
from django.urls import reverse

from reports import services
from reports.models import JobStatus, ReportJob
from sandbox import outbox
from sandbox.celery import app as celery_app
from tests.conftest import api_as

pytestmark = pytest.mark.django_db

CLOSED = "redis://127.0.0.1:1/0"  # nothing listens on port 1: connections are refused at once


@pytest.fixture
def cache_away(settings):
    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": CLOSED}}


@pytest.fixture
def broker_away():
    original = celery_app.conf.broker_url

    def use(url):
        # Connection pools are shared per broker URL (kombu's registry): switching the URL gives
        # fresh pools, and the real broker's stay open for the tests that follow.
        celery_app.conf.broker_url = url
        celery_app._pool = None
        celery_app.amqp._producer_pool = None

    use(CLOSED)
    yield use
    use(original)


def test_dashboard_serves_without_the_cache(client, world, grants, cache_away):
    client.force_login(world.users["sbn_admin"])
    response = client.get(reverse("reports:dashboard-national") + "?fiscal_year=2567")
    assert response.status_code == 200
    assert "100,001.00" in response.content.decode()


def test_report_request_waits_for_the_broker_and_is_sent_when_it_returns(
        world, grants, officer, broker_away, django_capture_on_commit_callbacks):
    payload = {"kind": "province_spending", "parameters": {"province": world.own.province.code, "fiscal_year": 2567}}
    with django_capture_on_commit_callbacks(execute=True):
        response = api_as(officer, "en").post("/api/v1/reports/", payload, format="json")
    assert response.status_code == 202, response.content
    job = ReportJob.objects.get()
    assert job.status == JobStatus.QUEUED
    # The outbox thread tries the broker after the request (tests/trust/test_broker_away.py).
    assert outbox.wait_until_sent(60)
    assert services.requeue_waiting(older_than_seconds=0) == 0  # still away: still waiting
    broker_away(original_broker())  # Redis is back
    assert services.requeue_waiting(older_than_seconds=0) == 1


def original_broker():
    from django.conf import settings

    return settings.CELERY_BROKER_URL
