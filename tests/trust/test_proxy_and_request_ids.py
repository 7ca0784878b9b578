"""Issue 17 item 7: behind a trusted reverse proxy, lockouts key on the client's address, so nobody locks
a known username out for everyone; SBN administrators unlock from a page; the audit's request id is
the server's, with the client's X-Request-ID kept beside it."""

import pytest
from axes.models import AccessAttempt
from django.test import Client, RequestFactory
from django.urls import reverse
from pghistory.models import Events

from sandbox.middleware import client_ip
from tests.conftest import api_as
from tests.factories import PASSWORD

pytestmark = pytest.mark.django_db

PROXY = "10.0.0.2"
ATTACKER, OWNER = "203.0.113.9", "198.51.100.7"


@pytest.fixture
def behind_proxy(settings):
    settings.TRUSTED_PROXIES = [PROXY]


def sign_in(client, username, password, forwarded):
    return client.post(reverse("login"), {"username": username, "password": password},
                       REMOTE_ADDR=PROXY, HTTP_X_FORWARDED_FOR=forwarded)


def test_the_client_address_comes_from_the_trusted_proxy_only(behind_proxy, settings):
    factory = RequestFactory()
    through_proxy = factory.get("/", REMOTE_ADDR=PROXY, HTTP_X_FORWARDED_FOR=f"1.1.1.1, {OWNER}")
    assert client_ip(through_proxy) == OWNER  # the leftmost entry is the client's own claim
    direct = factory.get("/", REMOTE_ADDR=ATTACKER, HTTP_X_FORWARDED_FOR=OWNER)
    assert client_ip(direct) == ATTACKER  # not a trusted proxy: its header means nothing
    garbage = factory.get("/", REMOTE_ADDR=PROXY, HTTP_X_FORWARDED_FOR="not-an-address")
    assert client_ip(garbage) == PROXY
    settings.TRUSTED_PROXIES = []
    assert client_ip(through_proxy) == PROXY


def test_an_attacker_behind_the_proxy_cannot_lock_the_owner_out(world, behind_proxy):
    user = world.users["school_staff"]
    attacker = Client()
    for _ in range(5):
        sign_in(attacker, user.username, "wrong-password", ATTACKER)
    assert sign_in(attacker, user.username, PASSWORD, ATTACKER).status_code == 429
    owner = Client()
    assert sign_in(owner, user.username, PASSWORD, OWNER).status_code == 302
    assert AccessAttempt.objects.filter(username=user.username, ip_address=ATTACKER).exists()


def lock_out(user):
    return AccessAttempt.objects.create(username=user.username, ip_address=OWNER, user_agent="x",
                                        failures_since_start=5, get_data="", post_data="")


def test_sbn_admin_unlocks_from_the_page(client, world):
    locked = lock_out(world.users["school_staff"])
    client.force_login(world.users["sbn_admin"])
    page = client.get(reverse("account-lockouts"))
    assert page.status_code == 200 and "school_staff" in page.content.decode()
    response = client.post(reverse("account-lockout-unlock", args=[locked.pk]))
    assert response.status_code == 302
    assert not AccessAttempt.objects.filter(pk=locked.pk).exists()
    assert client.post(reverse("account-lockout-unlock", args=[locked.pk])).status_code == 404


@pytest.mark.parametrize("role, expected", [("province_officer", 403), ("sbn_viewer", 403), ("no_role", 404)])
def test_only_sbn_admin_reaches_the_unlock_page(client, world, role, expected):
    locked = lock_out(world.users["school_staff"])
    client.force_login(world.users[role])
    assert client.get(reverse("account-lockouts")).status_code == expected
    assert client.post(reverse("account-lockout-unlock", args=[locked.pk])).status_code == expected
    assert AccessAttempt.objects.filter(pk=locked.pk).exists()


def test_unlock_page_needs_sign_in(client):
    response = client.get(reverse("account-lockouts"))
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]


def test_the_audit_request_id_is_the_servers_and_the_clients_is_kept_beside_it(world, grants):
    admin = world.users["sbn_admin"]
    response = api_as(admin).patch(f"/api/v1/allocations/{grants.own.pk}/", {"note": "checked"}, format="json",
                                   HTTP_X_REQUEST_ID="client-chosen-1")
    assert response.status_code == 200
    server_id = response["X-Request-ID"]
    assert server_id != "client-chosen-1" and len(server_id) == 32
    assert response["X-Client-Request-ID"] == "client-chosen-1"
    event = Events.objects.tracks(grants.own).filter(pgh_label="update").order_by("-pgh_created_at").first()
    assert event.pgh_context["request_id"] == server_id
    assert event.pgh_context["client_request_id"] == "client-chosen-1"
    # Two requests naming the same client id still get two ids of their own.
    again = api_as(admin).patch(f"/api/v1/allocations/{grants.own.pk}/", {"note": "again"}, format="json",
                                HTTP_X_REQUEST_ID="client-chosen-1")
    assert again["X-Request-ID"] != server_id
