from datetime import timedelta

from django.urls import reverse
from django.utils import timezone
from rest_framework.test import APIClient

from accounts.models import ApiToken, hash_token
from schools.models import PilotSchool
from tests.conftest import api_as
from tests.factories import UserFactory

SCHOOLS = "/api/v1/schools/"


def with_token(raw, keyword="Token"):
    return APIClient(HTTP_AUTHORIZATION=f"{keyword} {raw}", HTTP_ACCEPT_LANGUAGE="en")


def school_payload(world):
    return {"code": "1031888001", "name_th": "โรงเรียนโทเคน", "province": world.own.province.code,
            "agency": world.own.agency.pk}


def test_api_creates_a_token_whose_key_is_shown_once_and_stored_hashed(world):
    officer = world.users["province_officer"]
    response = api_as(officer).post("/api/v1/tokens/", {"name": "GIS sync"}, format="json")
    assert response.status_code == 201, response.content
    body = response.json()
    raw = body["key"]
    token = ApiToken.objects.get(pk=body["id"])
    assert token.key_hash == hash_token(raw) and raw not in (token.key_hash, token.prefix)
    assert body["prefix"] == raw[:8] and body["active"] is True
    listed = api_as(officer).get("/api/v1/tokens/").json()["results"]
    assert [row["id"] for row in listed] == [token.pk]
    assert "key" not in listed[0]
    # The token works, and writes as its owner within the owner's scope.
    client = with_token(raw)
    assert client.post(SCHOOLS, school_payload(world), format="json").status_code == 201
    assert client.get("/api/v1/tokens/").status_code == 200


def test_read_only_token_reads_but_gets_403_on_post(world):
    _token, raw = ApiToken.issue(world.users["sbn_admin"], "reader", read_only=True)
    client = with_token(raw)
    assert client.get(SCHOOLS).status_code == 200
    before = PilotSchool.objects.count()
    response = client.post(SCHOOLS, school_payload(world), format="json")
    assert response.status_code == 403
    assert response.json()["message"] == "This token is read-only."
    thai = client.post(SCHOOLS, school_payload(world), format="json", HTTP_ACCEPT_LANGUAGE="th")
    assert thai.status_code == 403
    assert thai.json()["message"] == "โทเค็นนี้เป็นแบบอ่านอย่างเดียว"
    assert PilotSchool.objects.count() == before


def test_expired_token_is_401(world):
    token, raw = ApiToken.issue(world.users["sbn_admin"], "old", expires=timezone.now() + timedelta(days=1))
    assert with_token(raw).get(SCHOOLS).status_code == 200
    ApiToken.objects.filter(pk=token.pk).update(expires=timezone.now() - timedelta(seconds=1))
    response = with_token(raw).get(SCHOOLS)
    assert response.status_code == 401
    assert response.json()["message"] == "This token has expired."


def test_revoked_token_is_401_and_stays_listed_as_revoked(world):
    owner = world.users["school_director"]
    token, raw = ApiToken.issue(owner, "laptop")
    assert with_token(raw, "Bearer").get(SCHOOLS).status_code == 200
    assert api_as(owner).delete(f"/api/v1/tokens/{token.pk}/").status_code == 204
    assert with_token(raw).get(SCHOOLS).status_code == 401
    row = api_as(owner).get(f"/api/v1/tokens/{token.pk}/").json()
    assert row["revoked"] is not None and row["active"] is False


def test_unknown_token_is_401(world):
    assert with_token("not-a-real-key").get(SCHOOLS).status_code == 401


def test_last_use_is_recorded(world):
    token, raw = ApiToken.issue(world.users["sbn_viewer"], "dashboard")
    assert token.last_used is None
    with_token(raw).get(SCHOOLS)
    token.refresh_from_db()
    assert token.last_used is not None and timezone.now() - token.last_used < timedelta(minutes=1)


def test_another_users_token_is_invisible(world):
    stranger_token, stranger_raw = ApiToken.issue(UserFactory(), "theirs")
    client = api_as(world.users["sbn_admin"])
    assert client.get(f"/api/v1/tokens/{stranger_token.pk}/").status_code == 404
    assert client.delete(f"/api/v1/tokens/{stranger_token.pk}/").status_code == 404
    assert client.get("/api/v1/tokens/").json()["count"] == 0
    page = APIClient()
    page.force_login(world.users["sbn_admin"])
    assert page.post(reverse("account-token-revoke", args=[stranger_token.pk])).status_code == 404
    stranger_token.refresh_from_db()
    assert stranger_token.revoked is None
    assert with_token(stranger_raw).get(SCHOOLS).status_code == 200


def test_bad_input_is_refused_in_the_users_language(world):
    client = api_as(world.users["no_role"], language="en")
    past = (timezone.now() - timedelta(days=1)).isoformat()
    response = client.post("/api/v1/tokens/", {"name": "late", "expires": past}, format="json")
    assert response.status_code == 400
    assert response.json()["errors"]["expires"] == ["The expiry must be in the future."]
    assert client.post("/api/v1/tokens/", {"name": ""}, format="json").status_code == 400
    assert not ApiToken.objects.exists()


def test_anonymous_cannot_manage_tokens(client, world):
    assert APIClient().get("/api/v1/tokens/").status_code == 401
    assert APIClient().post("/api/v1/tokens/", {"name": "x"}, format="json").status_code == 401
    response = client.get(reverse("account-tokens"))
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]


def test_pages_create_list_and_revoke_a_token(client, world):
    owner = world.users["agency_supervisor"]
    client.force_login(owner)
    response = client.post(reverse("account-tokens"), {"name": "Spreadsheet", "read_only": "on", "expires": ""})
    assert response.status_code == 200
    token = ApiToken.objects.get(user=owner)
    html = response.content.decode()
    raw_start = html.index('id="token-key" readonly value="') + len('id="token-key" readonly value="')
    raw = html[raw_start:html.index('"', raw_start)]
    assert hash_token(raw) == token.key_hash and token.read_only
    assert "no-store" in response["Cache-Control"]
    listing = client.get(reverse("account-tokens")).content.decode()
    assert "Spreadsheet" in listing and raw not in listing
    assert client.post(reverse("account-token-revoke", args=[token.pk])).status_code == 302
    token.refresh_from_db()
    assert token.revoked is not None
    assert with_token(raw).get(SCHOOLS).status_code == 401


def test_page_refuses_a_past_expiry(client, world):
    client.force_login(world.users["no_role"])
    response = client.post(reverse("account-tokens"), {"name": "x", "expires": "2001-01-01T10:00"},
                           HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 200
    assert "The expiry must be in the future." in response.content.decode()
    assert not ApiToken.objects.exists()


def test_token_changes_are_audited_without_the_hash(world):
    token, _raw = ApiToken.issue(world.users["sbn_admin"], "audited")
    event = token.events.get(pgh_label="insert")
    assert not hasattr(event, "key_hash")
    with_token(_raw).get(SCHOOLS)
    assert not token.events.filter(pgh_label="update").exists()  # using a token is not a change
