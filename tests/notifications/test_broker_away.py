"""A sign-off step never waits on the broker: the request only hands the event to the outbox thread,
which sends it, or, when the broker is away, makes the inbox rows itself for the mail sweep to send."""

import time

import pytest

from notifications.models import Kind, Notification
from sandbox import outbox
from tests.conftest import api_as
from tests.grants.conftest import grants  # noqa: F401
from tests.notifications.conftest import make_period
from tests.trust.test_broker_away import SilentBroker, use_broker, wait_for  # noqa: F401
from webhooks.models import Delivery, Subscription


@pytest.mark.django_db(transaction=True)
def test_a_step_answers_at_once_while_the_broker_is_silent(world, grants, use_broker, settings,  # noqa: F811
                                                           monkeypatch):
    from notifications import events

    monkeypatch.setattr(events, "_broker_down_until", 0.0)  # and back to what it was afterwards
    settings.WEBHOOKS_ALLOW_LOOPBACK = True
    hook = Subscription.objects.create(owner=world.users["sbn_admin"], url="http://127.0.0.1:9/hook",
                                       scope="nation", events=["period.submitted"])
    period = make_period(world, grants)
    client = api_as(world.users["school_staff"], "en")
    assert client.get("/api/v1/periods/").status_code == 200  # first-request warm-up is not the broker's
    broker = SilentBroker()
    use_broker(f"redis://127.0.0.1:{broker.port}/0")
    try:
        started = time.monotonic()
        response = client.post(f"/api/v1/periods/{period.pk}/submit/", {"comment": ""}, format="json")
        elapsed = time.monotonic() - started
        assert response.status_code == 200, response.content
        assert elapsed < 1.0, elapsed
        assert wait_for(lambda: len(broker.accepted) >= 1)  # the outbox thread is the one waiting
    finally:
        broker.close()  # now the broker refuses: the thread does the work itself
    assert outbox.wait_until_sent(60)
    told = Notification.objects.get(kind=Kind.PERIOD_SUBMITTED)
    assert told.user == world.users["agency_supervisor"] and told.emailed_at is None  # the sweep mails it
    assert Delivery.objects.get(subscription=hook).status == "pending"  # the sweep sends it
