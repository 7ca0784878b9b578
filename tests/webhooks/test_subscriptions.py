"""Subscribing: who may subscribe to what scope, which addresses are refused, and the permission battery
(API and pages) for a person's own webhooks."""

import socket

import pytest
from django.urls import reverse

from tests.battery import PermissionBattery, form_fields
from tests.conftest import ROLE_NAMES, api_as
from tests.factories import user_with_role
from tests.webhooks.test_delivery import token_client
from webhooks import http
from webhooks.models import Subscription

pytestmark = pytest.mark.django_db

URL = "/api/v1/webhooks/"


def payload(url="https://93.184.215.14/hook", **scope):
    return {"url": url, "events": ["period.submitted"], **(scope or {"scope": "nation"})}


@pytest.mark.parametrize("url", [
    "http://127.0.0.1:8080/hook", "http://localhost/hook", "http://[::1]/hook", "http://10.1.2.3/hook",
    "http://192.168.1.20/hook", "http://172.16.0.5/hook", "http://169.254.169.254/latest/meta-data",
    "http://100.64.0.1/hook", "http://0.0.0.0/hook", "http://224.0.0.1/hook", "http://[fe80::1]/hook",
    "http://[::ffff:127.0.0.1]/hook", "http://[fd00::1]/hook",
])
def test_private_loopback_and_reserved_targets_are_refused(world, settings, url):
    settings.WEBHOOKS_ALLOW_LOOPBACK = False
    response = api_as(world.users["sbn_admin"], "en").post(URL, payload(url), format="json")
    assert response.status_code == 400, response.content
    assert "url" in response.json()["errors"]
    assert not Subscription.objects.exists()


@pytest.mark.parametrize("url", ["ftp://example.com/x", "https://user:pw@93.184.215.14/", "not an address",
                                 "https:///nohost"])
def test_only_plain_http_addresses(world, url):
    response = api_as(world.users["sbn_admin"], "en").post(URL, payload(url), format="json")
    assert response.status_code == 400 and "url" in response.json()["errors"]


def test_a_name_is_judged_by_every_address_it_resolves_to(monkeypatch, settings):
    settings.WEBHOOKS_ALLOW_LOOPBACK = False

    def resolves_to(*addresses):
        return lambda host, port, *a, **k: [(socket.AF_INET, socket.SOCK_STREAM, 6, "", (a, port)) for a in addresses]

    monkeypatch.setattr(socket, "getaddrinfo", resolves_to("93.184.215.14"))
    http.check("https://receiver.example.go.th/hook")
    monkeypatch.setattr(socket, "getaddrinfo", resolves_to("93.184.215.14", "10.0.0.7"))
    with pytest.raises(http.Refused):
        http.check("https://receiver.example.go.th/hook")

    def unknown(*args, **kwargs):
        raise socket.gaierror("Name or service not known")

    monkeypatch.setattr(socket, "getaddrinfo", unknown)
    with pytest.raises(http.Refused):
        http.check("https://nowhere.example.go.th/hook")


def test_a_name_that_turns_inward_after_subscribing_is_refused_at_delivery(world, loopback, settings):
    """The address is checked again for every attempt, and the connection goes to the address checked."""
    from webhooks import services

    hook = services.save_subscription(world.users["sbn_admin"], Subscription(
        url=loopback.url("/x"), events=["period.submitted"], scope="nation"))
    settings.WEBHOOKS_ALLOW_LOOPBACK = False
    delivery = hook.deliveries.create(event_id="6f0b5d1e-3a51-4c7b-9a43-5d3c2f0e8b14", event="period.submitted",
                                      body="{}")
    assert services.attempt(delivery.pk) == (services.FAILED, None)  # refused: no point in retrying
    delivery.refresh_from_db()
    assert delivery.status == "failed" and "127.0.0.1" in delivery.error and loopback.requests == []


@pytest.mark.parametrize(("role", "scope", "side", "allowed"), [
    ("sbn_admin", "nation", None, True),
    ("sbn_viewer", "nation", None, True),
    ("sbn_viewer", "school", "other", True),
    ("province_officer", "nation", None, False),
    ("province_officer", "province", "own", True),
    ("province_officer", "province", "other", False),
    ("province_officer", "agency", "own", True),
    ("province_officer", "school", "own", True),
    ("province_officer", "school", "other", False),
    ("agency_supervisor", "province", "own", False),
    ("agency_supervisor", "agency", "own", True),
    ("agency_supervisor", "agency", "other", False),
    ("agency_supervisor", "school", "own", True),
    ("school_director", "school", "own", True),
    ("school_director", "agency", "own", False),
    ("school_staff", "school", "other", False),
    ("no_role", "school", "own", False),
])
def test_the_scope_lies_inside_what_the_owners_roles_reach(world, role, scope, side, allowed):
    given = {"scope": scope}
    if side:
        target = world.side(side)
        given[scope] = target.province.code if scope == "province" else getattr(target, scope).pk
    response = api_as(world.users[role], "en").post(URL, payload(**given), format="json")
    assert response.status_code == (201 if allowed else 403), response.content


def test_the_scope_and_its_object_must_agree(world):
    client = api_as(world.users["sbn_admin"], "en")
    missing = client.post(URL, payload(scope="school"), format="json")
    assert missing.status_code == 400 and "school" in missing.json()["errors"]
    extra = client.post(URL, payload(scope="nation", school=world.own.school.pk), format="json")
    assert extra.status_code == 400
    none = client.post(URL, {**payload(), "events": []}, format="json")
    assert none.status_code == 400 and "events" in none.json()["errors"]
    unknown = client.post(URL, {**payload(), "events": ["school.deleted"]}, format="json")
    assert unknown.status_code == 400


def test_a_read_only_token_reads_but_does_not_subscribe(world):
    client = token_client(world.users["sbn_admin"], read_only=True)
    assert client.get(URL).status_code == 200
    assert client.post(URL, payload(), format="json").status_code == 403


def test_only_the_owner_reads_the_delivery_log(world):
    client = api_as(world.users["sbn_admin"], "en")
    created = client.post(URL, payload(), format="json").json()
    assert client.get(f"{URL}{created['id']}/deliveries/").status_code == 200
    other = api_as(user_with_role("sbn_admin", username="second_admin"), "en")
    assert other.get(f"{URL}{created['id']}/deliveries/").status_code == 404
    assert other.post(f"{URL}{created['id']}/rotate-secret/").status_code == 404
    assert other.post(f"{URL}{created['id']}/ping/").status_code == 404


def test_the_secret_is_shown_once_on_the_page_too(client, world):
    client.force_login(world.users["school_director"])
    response = client.post(reverse("webhooks:add"), {
        "url": "https://93.184.215.14/hook", "events": ["period.accepted"], "scope": "school",
        "school": world.own.school.pk, "is_active": "on"})
    assert response.status_code == 302
    hook = Subscription.objects.get()
    first = client.get(response["Location"]).content.decode()
    assert hook.secret in first
    assert hook.secret not in client.get(response["Location"]).content.decode()
    rotated = client.post(reverse("webhooks:rotate-secret", args=[hook.pk]))
    hook.refresh_from_db()
    assert hook.secret in client.get(rotated["Location"]).content.decode()


def test_the_secret_never_reaches_the_audit_trail(world):
    from pghistory.models import Events

    client = api_as(world.users["sbn_admin"], "en")
    created = client.post(URL, payload(), format="json").json()
    client.post(f"{URL}{created['id']}/rotate-secret/")
    hook = Subscription.objects.get(pk=created["id"])
    events = Events.objects.tracks(hook)
    assert events.count() == 2  # made, and given a new secret
    assert not any("secret" in (e.pgh_data or {}) for e in events)


class TestSubscriptionPermissions(PermissionBattery):
    """A webhook is read, changed and deleted by its owner alone ("own" is the asking person's, "other"
    someone else's); creating one needs a role reaching its scope ("own"/"other" is the scope's side)."""

    model = Subscription
    api_url = URL
    page_list, page_detail = "webhooks:list", "webhooks:detail"
    page_add, page_edit, page_delete = "webhooks:add", "webhooks:edit", "webhooks:delete"
    with_roles = frozenset(ROLE_NAMES) - {"no_role"}
    may_view = may_delete = frozenset(ROLE_NAMES)
    may_add = may_change = with_roles

    @pytest.fixture(autouse=True)
    def _asking(self, request, world):
        callspec = getattr(request.node, "callspec", None)
        self.asking = world.users[(callspec.params.get("role") if callspec else None) or "sbn_admin"]
        self.stranger = user_with_role("sbn_admin", username="stranger_admin")

    def expected(self, action, role, side):
        if action == "add":
            return super().expected(action, role, side)
        return role is not None and side == "own" and role in getattr(self, f"may_{action}")

    def make(self, world, side):
        owner = self.asking if side == "own" else self.stranger
        return Subscription.objects.create(owner=owner, url="https://93.184.215.14/hook", scope="school",
                                           school=world.own.school, events=["period.submitted"])

    def api_payload(self, world, side):
        return payload(scope="school", school=world.side(side).school.pk)

    def api_change(self, obj):
        return {"name": "ระบบติดตามงบ"}, ("name", "ระบบติดตามงบ")

    def form_data(self, world, side):
        return {"url": "https://93.184.215.14/hook", "events": ["period.submitted"], "scope": "school",
                "school": world.side(side).school.pk, "is_active": "on"}

    def page_change(self, obj):
        data = form_fields(obj, "url", "scope", "school", "is_active", name="ระบบที่แก้")
        data["events"] = obj.events
        return data, ("name", "ระบบที่แก้")
