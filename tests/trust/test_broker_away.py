"""Issue 17 item 9: a report request answers "queued" at once whatever the broker does; the sending is
the outbox thread's, and a job the broker did not take is sent once it is back."""

import socket
import threading
import time

import pytest

from reports import services
from reports.models import JobStatus, ReportJob
from sandbox import outbox
from sandbox.celery import app as celery_app
from tests.conftest import api_as


class SilentBroker:
    """A real listener on loopback that counts the connections made to it, accepts them and never
    answers: a send made in the request would hang on it."""

    def __init__(self):
        self.server = socket.create_server(("127.0.0.1", 0))
        self.port = self.server.getsockname()[1]
        self.accepted = []
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self):
        while True:
            try:
                conn, _ = self.server.accept()
            except OSError:
                return
            self.accepted.append(conn)
            if self.closed:
                conn.close()
                return

    closed = False

    def close(self):
        """From now on the broker refuses: the listener goes and every open connection is reset."""
        self.closed = True
        try:
            self.server.shutdown(socket.SHUT_RDWR)  # wakes the blocked accept()
        except OSError:
            pass
        self.server.close()
        for conn in list(self.accepted):
            conn.close()


@pytest.fixture
def use_broker():
    original = celery_app.conf.broker_url

    def use(url):
        celery_app.conf.broker_url = url
        celery_app._pool = None
        celery_app.amqp._producer_pool = None

    yield use
    use(original)


@pytest.fixture
def silent_broker():
    broker = SilentBroker()
    yield broker
    broker.close()


def wait_for(condition, seconds=10):
    deadline = time.monotonic() + seconds
    while not condition() and time.monotonic() < deadline:
        time.sleep(0.05)
    return condition()


@pytest.mark.django_db(transaction=True)
def test_a_report_request_never_waits_on_the_broker(world, grants, use_broker, silent_broker):
    officer = world.users["province_officer"]
    payload = {"kind": "province_spending", "parameters": {"province": world.own.province.code, "fiscal_year": 2567}}
    client = api_as(officer, "en")
    assert client.get("/api/v1/reports/").status_code == 200  # first-request warm-up is not the broker's
    use_broker(f"redis://127.0.0.1:{silent_broker.port}/0")
    started = time.monotonic()
    response = client.post("/api/v1/reports/", payload, format="json")
    elapsed = time.monotonic() - started
    assert response.status_code == 202, response.content
    assert elapsed < 1.0, elapsed  # committed and answered; the commit hook only hands the job over
    job = ReportJob.objects.get()
    assert job.status == JobStatus.QUEUED
    waiting = job.progress_message
    # The sending happens after the answer, on the outbox thread, which is the one left waiting.
    assert wait_for(lambda: len(silent_broker.accepted) >= 1)
    silent_broker.close()  # now the broker refuses: the thread gives this send up
    assert outbox.wait_until_sent(60)
    job.refresh_from_db()
    assert job.status == JobStatus.QUEUED and job.progress_message != waiting  # says the service is away
    use_broker(original_broker())
    assert services.requeue_waiting(older_than_seconds=0) == 1


@pytest.mark.django_db(transaction=True)
def test_a_refusing_broker_costs_the_request_nothing(world, grants, use_broker):
    client = api_as(world.users["province_officer"])
    assert client.get("/api/v1/reports/").status_code == 200
    use_broker("redis://127.0.0.1:1/0")  # nothing listens on port 1: a send there took 6 s before
    payload = {"kind": "province_spending", "parameters": {"province": world.own.province.code, "fiscal_year": 2567}}
    started = time.monotonic()
    response = client.post("/api/v1/reports/", payload, format="json")
    assert response.status_code == 202 and time.monotonic() - started < 1.0
    assert outbox.wait_until_sent(60)
    assert ReportJob.objects.get().status == JobStatus.QUEUED


def original_broker():
    from django.conf import settings

    return settings.CELERY_BROKER_URL
