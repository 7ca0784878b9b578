"""Webhooks delivered to a real HTTP server on loopback: signed, scoped, retried, switched off."""

import datetime
import hashlib
import hmac
import json

import pytest
from rest_framework.test import APIClient

from accounts.models import ApiToken
from grants import services as sign_off
from grants.models import Expenditure
from notifications.models import Kind, Notification
from tests.conftest import api_as
from tests.notifications.conftest import make_period
from webhooks import services
from webhooks.models import Delivery, DeliveryStatus, Subscription

pytestmark = pytest.mark.django_db

URL = "/api/v1/webhooks/"
PERIOD_EVENTS = ["period.submitted", "period.verified", "period.returned"]


def token_client(user, read_only=False):
    _token, key = ApiToken.issue(user, "ระบบติดตามของเขต", read_only=read_only)
    return APIClient(HTTP_AUTHORIZATION=f"Token {key}", HTTP_ACCEPT_LANGUAGE="en")


def signature(secret, body):
    return "sha256=" + hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()


def subscribe(user, url, events=PERIOD_EVENTS, **scope):
    scope = scope or {"scope": "nation"}
    subscription = Subscription(url=url, events=events, **scope)
    return services.save_subscription(user, subscription)


def submit(world, grants, side, after_commit, month=datetime.date(2024, 1, 1)):
    period = make_period(world, grants, side, month)
    with after_commit():
        sign_off.transition(world.users["sbn_admin"], period, "submit")
    return period


def test_a_token_client_gets_a_signed_webhook_inside_its_scope_and_none_outside(
        world, grants, eager, loopback, after_commit):
    client = token_client(world.users["agency_supervisor"])
    response = client.post(URL, {"url": loopback.url("/hooks/sandbox"), "events": ["period.submitted"],
                                 "scope": "agency", "agency": world.own.agency.pk}, format="json")
    assert response.status_code == 201, response.content
    created = response.json()
    secret = created["secret"]
    assert len(secret) == 64 and "secret" not in client.get(f"{URL}{created['id']}/").json()

    inside = submit(world, grants, "own", after_commit)
    submit(world, grants, "other", after_commit)

    (delivered,) = loopback.requests
    assert delivered.path == "/hooks/sandbox"
    assert delivered.headers["x-sandbox-signature"] == signature(secret, delivered.body)
    assert delivered.headers["x-sandbox-event"] == "period.submitted"
    assert delivered.headers["content-type"] == "application/json"
    body = delivered.json()
    assert body["event"] == "period.submitted" and body["object_type"] == "grants.Period"
    assert body["object_id"] == inside.pk
    assert (body["school"], body["agency"], body["province"]) == (
        world.own.school.code, world.own.agency.code, world.own.province.code)
    assert body["data"]["month"] == "2024-01-01" and body["data"]["total"] == "0.00"
    datetime.datetime.fromisoformat(body["occurred_at"])

    log = client.get(f"{URL}{created['id']}/deliveries/").json()
    assert log["count"] == 1
    (entry,) = log["results"]
    assert entry["status"] == "delivered" and entry["attempts"] == 1 and entry["response_status"] == 200
    assert entry["id"] == delivered.headers["x-sandbox-delivery"] and entry["payload"] == body


def test_every_scope_level_hears_only_its_own(world, grants, eager, loopback, after_commit):
    from tests.factories import user_with_role

    hooks = {
        "nation": subscribe(world.users["sbn_viewer"], loopback.url("/nation")),
        "province": subscribe(world.users["province_officer"], loopback.url("/province"), scope="province",
                              province=world.own.province),
        "school": subscribe(world.users["school_director"], loopback.url("/school"), scope="school",
                            school=world.own.school),
        "other-school": subscribe(user_with_role("school_director", world.other.school), loopback.url("/other"),
                                  scope="school", school=world.other.school),
    }
    submit(world, grants, "own", after_commit)
    assert sorted(r.path for r in loopback.requests) == ["/nation", "/province", "/school"]
    loopback.requests.clear()
    submit(world, grants, "other", after_commit)
    assert sorted(r.path for r in loopback.requests) == ["/nation", "/other"]
    assert Delivery.objects.filter(subscription=hooks["nation"]).count() == 2


def test_expenditure_events_carry_the_row(world, grants, eager, loopback, after_commit):
    subscribe(world.users["school_staff"], loopback.url("/spending"), scope="school", school=world.own.school,
              events=["expenditure.created", "expenditure.changed", "expenditure.deleted"])
    staff = world.users["school_staff"]
    row = Expenditure(allocation=grants.own, date=datetime.date(2024, 1, 15), amount="1500.25",
                      category=grants.materials, description="ชุดทดลองวิทยาศาสตร์", payee="ร้านศึกษาภัณฑ์")
    with after_commit():
        sign_off.save_expenditure(staff, row)
    row.amount = "1600.00"
    with after_commit():
        sign_off.save_expenditure(staff, row)
    with after_commit():
        sign_off.delete_expenditure(staff, row)
    created, changed, deleted = (r.json() for r in loopback.requests)
    assert [created["event"], changed["event"], deleted["event"]] == [
        "expenditure.created", "expenditure.changed", "expenditure.deleted"]
    assert created["data"]["amount"] == "1500.25" and created["data"]["fiscal_year"] == 2567
    assert created["data"]["description"] == "ชุดทดลองวิทยาศาสตร์" and created["data"]["category"] == "materials"
    assert changed["data"]["previous"] == {"date": "2024-01-15", "amount": "1500.25"}
    assert changed["data"]["amount"] == "1600.00" and deleted["object_id"] == created["object_id"]
    assert "ชุดทดลองวิทยาศาสตร์".encode() in loopback.requests[0].body  # UTF-8 JSON, not escapes


def test_nothing_is_queued_for_events_nobody_subscribed_to(world, grants, eager, loopback, after_commit,
                                                           monkeypatch):
    from webhooks import tasks

    queued = []
    monkeypatch.setattr(tasks.handle_event, "apply", lambda *a, **k: queued.append(a))
    row = Expenditure(allocation=grants.own, date=datetime.date(2024, 1, 15), amount="10.00",
                      category=grants.materials, description="x", payee="y")
    with after_commit():
        sign_off.save_expenditure(world.users["school_staff"], row)
    assert queued == [] and not Delivery.objects.exists()


def test_failures_are_retried_with_growing_pauses_then_delivered(world, grants, eager, loopback, after_commit):
    hook = subscribe(world.users["sbn_admin"], loopback.url("/flaky"))
    loopback.answers = [500, 502, 404]
    submit(world, grants, "own", after_commit)
    assert len(loopback.requests) == 4
    assert len({r.headers["x-sandbox-delivery"] for r in loopback.requests}) == 1
    assert len({r.body for r in loopback.requests}) == 1
    delivery = Delivery.objects.get(subscription=hook)
    assert delivery.status == DeliveryStatus.DELIVERED and delivery.attempts == 4
    hook.refresh_from_db()
    assert hook.consecutive_failures == 0 and hook.is_active


def test_the_pauses_double_from_the_setting(settings):
    settings.WEBHOOKS_RETRY_DELAY = 30
    assert [services.backoff(n) for n in range(1, 8)] == [30, 60, 120, 240, 480, 960, 1800]


def test_an_attempt_that_fails_asks_for_the_next_one_later(world, grants, loopback, settings):
    settings.WEBHOOKS_MAX_ATTEMPTS = 3
    hook = subscribe(world.users["sbn_admin"], loopback.url("/down"))
    loopback.answers = [503, 503, 503]
    delivery = Delivery.objects.create(subscription=hook, event_id="6f0b5d1e-3a51-4c7b-9a43-5d3c2f0e8b11",
                                       event="period.submitted", body='{"event": "period.submitted"}')
    assert services.attempt(delivery.pk) == (services.RETRY, 30)
    delivery.refresh_from_db()
    assert delivery.status == "pending" and delivery.response_status == 503 and delivery.next_attempt
    assert services.attempt(delivery.pk) == (services.RETRY, 60)
    assert services.attempt(delivery.pk) == (services.FAILED, None)
    assert services.attempt(delivery.pk) == (services.SKIPPED, None)
    delivery.refresh_from_db()
    assert delivery.status == "failed" and delivery.attempts == 3 and "503" in delivery.error


def test_a_webhook_that_keeps_failing_is_switched_off_and_its_owner_told(world, grants, eager, loopback,
                                                                         after_commit, settings):
    settings.WEBHOOKS_MAX_ATTEMPTS = 2
    settings.WEBHOOKS_DISABLE_AFTER = 2
    owner = world.users["province_officer"]
    hook = subscribe(owner, loopback.url("/broken"), scope="province", province=world.own.province)
    loopback.answers = [500] * 10
    submit(world, grants, "own", after_commit)
    hook.refresh_from_db()
    assert hook.is_active and hook.consecutive_failures == 1
    submit(world, grants, "own", after_commit, month=datetime.date(2024, 2, 1))
    hook.refresh_from_db()
    assert not hook.is_active and hook.consecutive_failures == 2 and "500" in hook.disabled_reason
    assert len(loopback.requests) == 4
    told = Notification.objects.get(user=owner, kind=Kind.WEBHOOK_DISABLED)
    assert told.url == hook.get_absolute_url() and "127.0.0.1" in str(told)
    submit(world, grants, "own", after_commit, month=datetime.date(2024, 3, 1))
    assert len(loopback.requests) == 4  # switched off: nothing more is sent

    # Switched on again by its owner, it starts afresh.
    client = api_as(owner, "en")
    response = client.patch(f"{URL}{hook.pk}/", {"is_active": True}, format="json")
    assert response.status_code == 200 and response.json()["consecutive_failures"] == 0
    assert response.json()["disabled_reason"] == ""


def test_a_redirect_is_not_followed(world, grants, eager, loopback, after_commit, settings):
    settings.WEBHOOKS_MAX_ATTEMPTS = 1
    hook = subscribe(world.users["sbn_admin"], loopback.url("/moved"))
    loopback.answers = [302]
    submit(world, grants, "own", after_commit)
    assert len(loopback.requests) == 1
    assert Delivery.objects.get(subscription=hook).status == "failed"


def test_the_secret_can_be_rotated_and_later_deliveries_use_the_new_one(world, grants, eager, loopback,
                                                                        after_commit):
    client = api_as(world.users["sbn_admin"], "en")
    created = client.post(URL, {"url": loopback.url("/r"), "events": ["period.submitted"], "scope": "nation"},
                          format="json").json()
    rotated = client.post(f"{URL}{created['id']}/rotate-secret/")
    assert rotated.status_code == 200
    new = rotated.json()["secret"]
    assert new != created["secret"]
    submit(world, grants, "own", after_commit)
    (request,) = loopback.requests
    assert request.headers["x-sandbox-signature"] == signature(new, request.body)
    assert request.headers["x-sandbox-signature"] != signature(created["secret"], request.body)


def test_a_test_delivery_on_request(world, eager, loopback, after_commit):
    client = api_as(world.users["school_director"], "en")
    created = client.post(URL, {"url": loopback.url("/ping"), "events": ["period.accepted"], "scope": "school",
                                "school": world.own.school.pk}, format="json").json()
    with after_commit():
        response = client.post(f"{URL}{created['id']}/ping/")
    assert response.status_code == 202 and response.json()["event"] == "webhook.ping"
    (request,) = loopback.requests
    assert request.json()["event"] == "webhook.ping"
    assert request.headers["x-sandbox-signature"] == signature(created["secret"], request.body)


def test_a_report_goes_only_to_the_webhooks_of_whoever_asked_for_it(world, eager, loopback):
    import uuid

    officer = world.users["province_officer"]
    mine = subscribe(officer, loopback.url("/mine"), events=["report.ready"], scope="province",
                     province=world.own.province)
    subscribe(world.users["sbn_admin"], loopback.url("/theirs"), events=["report.ready"])
    services.handle_event({"id": str(uuid.uuid4()), "name": "report.ready", "model": "reports.ReportJob",
                           "object_id": 3, "actor_id": None, "school_id": None, "agency_id": None,
                           "province_id": None, "at": "2024-01-01T00:00:00+07:00",
                           "data": {"requested_by": officer.pk, "title": "x", "kind": "province_spending",
                                    "formats": ["pdf"]}})
    assert [d.subscription for d in Delivery.objects.all()] == [mine]


def test_an_owner_who_lost_the_role_no_longer_receives(world, grants, eager, loopback, after_commit):
    owner = world.users["agency_supervisor"]
    hook = subscribe(owner, loopback.url("/gone"), scope="agency", agency=world.own.agency)
    owner.role_assignments.all().delete()
    submit(world, grants, "own", after_commit)
    assert loopback.requests == []
    hook.refresh_from_db()
    assert not hook.is_active
    assert Notification.objects.filter(user=owner, kind=Kind.WEBHOOK_DISABLED).exists()


def test_a_broker_outage_leaves_the_deliveries_for_the_sweep(world, grants, loopback, after_commit, monkeypatch,
                                                             settings):
    from sandbox import outbox
    from webhooks import events as webhook_events

    hook = subscribe(world.users["sbn_admin"], loopback.url("/later"))
    monkeypatch.setattr(outbox, "send_later", lambda send, *args: send(*args))  # the thread's work, here
    monkeypatch.setattr(webhook_events, "enqueue", lambda task, *args: False)
    monkeypatch.setattr(services, "enqueue", lambda task, *args: False)
    submit(world, grants, "own", after_commit)
    delivery = Delivery.objects.get(subscription=hook)
    assert delivery.status == "pending" and loopback.requests == []
    monkeypatch.undo()
    settings.CELERY_TASK_ALWAYS_EAGER = True
    settings.CELERY_TASK_EAGER_PROPAGATES = False
    assert services.resend_stuck(older_than_seconds=-60) == 1
    assert len(loopback.requests) == 1
    delivery.refresh_from_db()
    assert delivery.status == "delivered"


def test_old_deliveries_are_forgotten(world, loopback):
    hook = subscribe(world.users["sbn_admin"], loopback.url("/old"))
    old = Delivery.objects.create(subscription=hook, event_id="6f0b5d1e-3a51-4c7b-9a43-5d3c2f0e8b12",
                                  event="period.submitted", body="{}", status="delivered")
    Delivery.objects.filter(pk=old.pk).update(created=old.created - datetime.timedelta(days=31))
    Delivery.objects.create(subscription=hook, event_id="6f0b5d1e-3a51-4c7b-9a43-5d3c2f0e8b13",
                            event="period.submitted", body="{}", status="delivered")
    assert services.prune() == 1 and Delivery.objects.count() == 1


def test_a_payload_is_json_with_codes(world, grants):
    body = services.payload({"id": "e", "name": "period.submitted", "at": "2024-01-01T00:00:00+07:00",
                             "model": "grants.Period", "object_id": 5, "school_id": world.own.school.pk,
                             "agency_id": world.own.agency.pk, "province_id": world.own.province.pk,
                             "data": {"total": "1.00"}})
    assert json.loads(json.dumps(body))["school"] == world.own.school.code
