"""The permission matrix every model's tests inherit.

A subclass names the model's URLs, says which roles may do what, and makes an object in
the "own" scope (the scope of every scoped user in the `world` fixture) or the "other"
scope. The battery then checks, on the API and the pages, for every role and both
scopes: list, detail, create, update and delete, plus anonymous access and the audit row.
Expectations are written out in each subclass, never derived from the code under test.
"""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone
from pghistory.models import Events
from rest_framework.test import APIClient

from tests.conftest import ROLE_NAMES, api_as

NATION_ROLES = {"sbn_admin", "sbn_viewer"}
SIDES = ["own", "other"]
PUBLIC = "public"


class PermissionBattery:
    model = None
    api_url = None  # e.g. "/api/v1/schools/"
    api_key = "id"  # the field that identifies a row in API responses
    page_list = page_detail = page_add = page_edit = page_delete = None  # URL names
    may_view = PUBLIC
    may_add = frozenset()
    may_change = frozenset()
    may_delete = frozenset()

    # --- to fill in -------------------------------------------------------------------
    def make(self, world, side):
        raise NotImplementedError

    def api_payload(self, world, side):
        """A valid API create payload in that scope."""
        raise NotImplementedError

    def api_change(self, obj):
        """A PATCH payload and the (attribute, expected value) it must produce."""
        raise NotImplementedError

    def make_deletable(self, world, side):
        """An object nothing else refers to; by default the same as make()."""
        return self.make(world, side)

    def form_data(self, world, side):
        """Valid page form data for creating in that scope; None when the model has no add page."""
        return None

    def page_change(self, obj):
        """Valid edit page form data for obj and the (attribute, expected value) it must produce.

        Needed when the model has an edit page; `form_fields()` writes out the unchanged fields.
        """
        raise NotImplementedError

    # --- helpers ----------------------------------------------------------------------
    def expected(self, action, role, side):
        roles = getattr(self, f"may_{action}")
        if roles == PUBLIC:  # every role reads; an account without one reads nothing
            return role not in (None, "no_role")
        return role in roles and (side == "own" or role in NATION_ROLES)

    def detail_url(self, obj):
        return f"{self.api_url}{obj.pk}/"

    def key(self, obj):
        return obj.pk

    def count(self):
        return self.model.objects.count()

    # --- API --------------------------------------------------------------------------
    def test_api_anonymous_is_401(self, world):
        obj = self.make(world, "own")
        client = APIClient()
        assert client.get(self.api_url).status_code == 401
        assert client.get(self.detail_url(obj)).status_code == 401
        assert client.post(self.api_url, {}, format="json").status_code == 401
        assert client.delete(self.detail_url(obj)).status_code == 401
        assert self.model.objects.filter(pk=obj.pk).exists()

    @pytest.mark.parametrize("role", ROLE_NAMES)
    def test_api_list(self, world, role):
        own, other = self.make(world, "own"), self.make(world, "other")
        response = api_as(world.users[role]).get(self.api_url, {"page_size": 500})
        assert response.status_code == 200
        body = response.json()
        assert set(body) >= {"count", "next", "previous", "results"}
        keys = {row[self.api_key] for row in body["results"]}
        assert (self.key(own) in keys) == self.expected("view", role, "own")
        assert (self.key(other) in keys) == self.expected("view", role, "other")

    @pytest.mark.parametrize("side", SIDES)
    @pytest.mark.parametrize("role", ROLE_NAMES)
    def test_api_detail(self, world, role, side):
        obj = self.make(world, side)
        response = api_as(world.users[role]).get(self.detail_url(obj))
        assert response.status_code == (200 if self.expected("view", role, side) else 404)

    @pytest.mark.parametrize("side", SIDES)
    @pytest.mark.parametrize("role", ROLE_NAMES)
    def test_api_create(self, world, role, side):
        payload = self.api_payload(world, side)
        if payload is None:
            pytest.skip("no API create for this model")
        before = self.count()
        response = api_as(world.users[role]).post(self.api_url, payload, format="json")
        if self.expected("add", role, side):
            assert response.status_code == 201, response.content
            assert self.count() == before + 1
        else:
            assert response.status_code == 403, response.content
            assert response.json()["code"] in ("permission_denied", "error")
            assert self.count() == before

    @pytest.mark.parametrize("side", SIDES)
    @pytest.mark.parametrize("role", ROLE_NAMES)
    def test_api_update(self, world, role, side):
        obj = self.make(world, side)
        payload, (attribute, value) = self.api_change(obj)
        original = getattr(obj, attribute)
        response = api_as(world.users[role]).patch(self.detail_url(obj), payload, format="json")
        obj.refresh_from_db()
        if self.expected("change", role, side):
            assert response.status_code == 200, response.content
            assert getattr(obj, attribute) == value
        else:
            assert response.status_code == (403 if self.expected("view", role, side) else 404)
            assert getattr(obj, attribute) == original

    @pytest.mark.parametrize("side", SIDES)
    @pytest.mark.parametrize("role", ROLE_NAMES)
    def test_api_delete(self, world, role, side):
        obj = self.make_deletable(world, side)
        response = api_as(world.users[role]).delete(self.detail_url(obj))
        exists = self.model.objects.filter(pk=obj.pk).exists()
        if self.expected("delete", role, side):
            assert response.status_code == 204, response.content
            assert not exists
        else:
            assert response.status_code == (403 if self.expected("view", role, side) else 404)
            assert exists

    def test_api_writes_are_audited_with_user_and_request(self, world):
        admin = world.users["sbn_admin"]
        obj = self.make(world, "own")
        payload, (attribute, value) = self.api_change(obj)
        response = api_as(admin).patch(self.detail_url(obj), payload, format="json",
                                       HTTP_X_REQUEST_ID="battery-req-1")
        assert response.status_code == 200, response.content
        history = api_as(admin).get(self.detail_url(obj) + "history/").json()["results"]
        latest = history[0]
        assert latest["event"] == "update"
        assert latest["user"] == admin.username
        # The audit's request id is the server's; the client's X-Request-ID is kept beside it.
        assert latest["request_id"] == response["X-Request-ID"] != "battery-req-1"
        assert latest["client_request_id"] == "battery-req-1"
        assert attribute in latest["changes"] or f"{attribute}_id" in latest["changes"]
        assert Events.objects.tracks(obj).filter(pgh_label="update").exists()

    # --- API: versions, idempotency and export, the same for every model -------------
    def _touch(self, obj):
        """What a shell or a script does: an UPDATE that leaves `updated` (and every value) as it was."""
        from django.db.models import F

        assert self.model.objects.filter(pk=obj.pk).update(updated=F("updated")) == 1

    def test_api_etag_changes_with_an_update_made_outside_the_api(self, world):
        obj = self.make(world, "own")
        client = api_as(world.users["sbn_admin"], "en")
        etag = client.get(self.detail_url(obj))["ETag"]
        assert etag and client.get(self.detail_url(obj))["ETag"] == etag
        updated = self.model.objects.values_list("updated", flat=True).get(pk=obj.pk)
        self._touch(obj)
        assert self.model.objects.values_list("updated", flat=True).get(pk=obj.pk) == updated
        assert client.get(self.detail_url(obj))["ETag"] != etag

    def test_api_update_with_a_stale_if_match_is_412_and_changes_nothing(self, world):
        if not self.expected("change", "sbn_admin", "own"):
            pytest.skip("no API update for this model")
        obj = self.make(world, "own")
        payload, (attribute, value) = self.api_change(obj)
        original = getattr(obj, attribute)
        client = api_as(world.users["sbn_admin"], "en")
        stale = client.get(self.detail_url(obj))["ETag"]
        self._touch(obj)
        response = client.patch(self.detail_url(obj), payload, format="json", HTTP_IF_MATCH=stale)
        assert response.status_code == 412, response.content
        assert response.json()["code"] == "precondition_failed" and response.json()["message"]
        obj.refresh_from_db()
        assert getattr(obj, attribute) == original
        current = client.get(self.detail_url(obj))["ETag"]
        response = client.patch(self.detail_url(obj), payload, format="json", HTTP_IF_MATCH=current)
        assert response.status_code == 200, response.content
        assert response["ETag"] not in (stale, current)
        assert client.get(self.detail_url(obj))["ETag"] == response["ETag"]
        obj.refresh_from_db()
        assert getattr(obj, attribute) == value

    def test_api_delete_with_a_stale_if_match_is_412(self, world):
        if not self.expected("delete", "sbn_admin", "own"):
            pytest.skip("no API delete for this model")
        obj = self.make_deletable(world, "own")
        client = api_as(world.users["sbn_admin"], "en")
        stale = client.get(self.detail_url(obj))["ETag"]
        self._touch(obj)
        assert client.delete(self.detail_url(obj), HTTP_IF_MATCH=stale).status_code == 412
        assert self.model.objects.filter(pk=obj.pk).exists()
        current = client.get(self.detail_url(obj))["ETag"]
        assert client.delete(self.detail_url(obj), HTTP_IF_MATCH=current).status_code == 204
        assert not self.model.objects.filter(pk=obj.pk).exists()

    def test_api_create_with_an_idempotency_key_happens_once(self, world):
        payload = self.api_payload(world, "own")
        if payload is None or not self.expected("add", "sbn_admin", "own"):
            pytest.skip("no API create for this model")
        client = api_as(world.users["sbn_admin"], "en")
        before = self.count()
        first = client.post(self.api_url, payload, format="json", HTTP_IDEMPOTENCY_KEY="battery-key-1")
        again = client.post(self.api_url, payload, format="json", HTTP_IDEMPOTENCY_KEY="battery-key-1")
        assert first.status_code == again.status_code == 201, first.content
        assert again.json() == first.json() and again["Idempotent-Replayed"] == "true"
        assert self.count() == before + 1
        other = client.post(self.api_url, {**payload, "battery": "another request"}, format="json",
                            HTTP_IDEMPOTENCY_KEY="battery-key-1")
        assert other.status_code == 422 and other.json()["code"] == "idempotency_key_reused"
        assert self.count() == before + 1

    @pytest.mark.parametrize("key", ["k" * 201, "tab\tinside", "bell\x07inside"])
    def test_api_unusable_idempotency_key_is_400(self, world, key):
        payload = self.api_payload(world, "own")
        if payload is None or not self.expected("add", "sbn_admin", "own"):
            pytest.skip("no API create for this model")
        before = self.count()
        response = api_as(world.users["sbn_admin"], "en").post(self.api_url, payload, format="json",
                                                                HTTP_IDEMPOTENCY_KEY=key)
        assert response.status_code == 400, response.content
        assert response.json()["code"] == "invalid" and "Idempotency-Key" in response.json()["message"]
        assert self.count() == before

    def test_api_list_exports_as_csv_and_xlsx_the_rows_each_role_may_see(self, world):
        import csv
        import io

        self.make(world, "own"), self.make(world, "other")
        for role in ROLE_NAMES:
            client = api_as(world.users[role], "en")
            listed = client.get(self.api_url, {"page_size": 500}).json()["count"]
            response = client.get(self.api_url, {"export": "csv"})
            assert response.status_code == 200 and response["Content-Type"].startswith("text/csv")
            rows = list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode("utf-8-sig"))))
            assert rows[0] and len(rows) - 1 == listed, (role, rows[:3])
        xlsx = api_as(world.users["sbn_admin"], "en").get(self.api_url, {"export": "xlsx"})
        assert xlsx.status_code == 200 and xlsx.content[:2] == b"PK"

    # --- pages ------------------------------------------------------------------------
    def test_pages_need_sign_in(self, client, world):
        obj = self.make(world, "own")
        urls = [reverse(self.page_detail, args=[obj.pk])] if self.page_detail else []
        if self.page_list:
            urls.append(reverse(self.page_list))
        for url in urls:
            response = client.get(url)
            assert response.status_code == 302 and "/accounts/login/" in response["Location"]

    @pytest.mark.parametrize("role", ROLE_NAMES)
    def test_page_list(self, client, world, role):
        if not self.page_list:
            pytest.skip("no list page")
        own, other = self.make(world, "own"), self.make(world, "other")
        client.force_login(world.users[role])
        response = client.get(reverse(self.page_list), {"page_size": 500})
        assert response.status_code == 200
        html = response.content.decode()
        assert (own.get_absolute_url() in html) == self.expected("view", role, "own")
        assert (other.get_absolute_url() in html) == self.expected("view", role, "other")

    @pytest.mark.parametrize("side", SIDES)
    @pytest.mark.parametrize("role", ROLE_NAMES)
    def test_page_detail_and_edit(self, client, world, role, side):
        if not self.page_detail:
            pytest.skip("no detail page")
        obj = self.make(world, side)
        client.force_login(world.users[role])
        can_view = self.expected("view", role, side)
        assert client.get(reverse(self.page_detail, args=[obj.pk])).status_code == (200 if can_view else 404)
        if self.page_edit:
            expected = 200 if self.expected("change", role, side) else (403 if can_view else 404)
            assert client.get(reverse(self.page_edit, args=[obj.pk])).status_code == expected

    @pytest.mark.parametrize("side", SIDES)
    @pytest.mark.parametrize("role", ROLE_NAMES)
    def test_page_update(self, client, world, role, side):
        if not self.page_edit:
            pytest.skip("no edit page")
        obj = self.make(world, side)
        data, (attribute, value) = self.page_change(obj)
        original = getattr(obj, attribute)
        client.force_login(world.users[role])
        response = client.post(reverse(self.page_edit, args=[obj.pk]), data)
        obj.refresh_from_db()
        if self.expected("change", role, side):
            assert response.status_code == 302, form_errors(response)
            assert getattr(obj, attribute) == value
        else:
            assert response.status_code == (403 if self.expected("view", role, side) else 404)
            assert getattr(obj, attribute) == original

    def test_page_writes_are_audited_with_user_and_request(self, client, world):
        if not self.page_edit:
            pytest.skip("no edit page")
        admin = world.users["sbn_admin"]
        obj = self.make(world, "own")
        data, (attribute, value) = self.page_change(obj)
        client.force_login(admin)
        response = client.post(reverse(self.page_edit, args=[obj.pk]), data, HTTP_X_REQUEST_ID="battery-page-1")
        assert response.status_code == 302, form_errors(response)
        latest = Events.objects.tracks(obj).filter(pgh_label="update").order_by("-pgh_created_at", "-pgh_id").first()
        assert latest is not None
        assert str(latest.pgh_context["user"]) == str(admin.pk)
        assert latest.pgh_context["request_id"] == response["X-Request-ID"] != "battery-page-1"
        assert latest.pgh_context["client_request_id"] == "battery-page-1"
        field = self.model._meta.get_field(attribute)
        assert field.attname in latest.pgh_diff

    @pytest.mark.parametrize("side", SIDES)
    @pytest.mark.parametrize("role", ROLE_NAMES)
    def test_page_create(self, client, world, role, side):
        data = self.form_data(world, side)
        if data is None or not self.page_add:
            pytest.skip("no add page")
        client.force_login(world.users[role])
        before = self.count()
        response = client.post(reverse(self.page_add), data)
        if self.expected("add", role, side):
            assert response.status_code == 302, response.content.decode()[:2000]
            assert self.count() == before + 1
        else:
            assert response.status_code == 403
            assert self.count() == before

    @pytest.mark.parametrize("side", SIDES)
    @pytest.mark.parametrize("role", ROLE_NAMES)
    def test_page_delete(self, client, world, role, side):
        if not self.page_delete:
            pytest.skip("no delete page")
        obj = self.make_deletable(world, side)
        client.force_login(world.users[role])
        response = client.post(reverse(self.page_delete, args=[obj.pk]))
        exists = self.model.objects.filter(pk=obj.pk).exists()
        if self.expected("delete", role, side):
            assert response.status_code == 302
            assert not exists
        else:
            assert response.status_code == (403 if self.expected("view", role, side) else 404)
            assert exists


def form_errors(response):
    form = response.context and response.context.get("form")
    return form.errors.as_json() if form is not None else response.content.decode()[:2000]


def form_fields(obj, *names, **changes):
    """Edit-page form data: the named fields as obj holds them now, then the changes."""
    data = {}
    for name in names:
        value = getattr(obj, obj._meta.get_field(name).attname)
        if isinstance(value, datetime.datetime):
            value = timezone.localtime(value).strftime("%Y-%m-%dT%H:%M")
        if value is True:
            data[name] = "on"
        elif value is not None and value is not False:
            data[name] = value.isoformat() if hasattr(value, "isoformat") else value
    return {**data, **changes}


def count_queries(client, url, **params):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url, params)
    assert response.status_code == 200, response.content[:500]
    return len(queries)


def assert_constant_queries(client, url, add_rows, **params):
    """The number of queries for a list does not grow with its length."""
    count_queries(client, url, **params)  # warm caches (sessions, content types)
    before = count_queries(client, url, **params)
    add_rows()
    after = count_queries(client, url, **params)
    assert after == before, f"{url}: {before} queries before, {after} after adding rows"
