import pytest
from rest_framework.test import APIClient

from accounts.models import ApiToken
from tests.grants.conftest import grants  # noqa: F401  (the grant fixtures, shared)


def token_client(user, language="en"):
    """A client that holds only an API token, as another government system does: no session, no cookie."""
    _, key = ApiToken.issue(user, "contract test")
    return APIClient(HTTP_AUTHORIZATION=f"Token {key}", HTTP_ACCEPT_LANGUAGE=language)


@pytest.fixture
def admin_api(world):
    return token_client(world.users["sbn_admin"])


@pytest.fixture
def director_api(world):
    return token_client(world.users["school_director"])


def refused(response, status, code="invalid"):
    """The response is the refusal the contract names: its status and its error body's code."""
    assert response.status_code == status, (response.status_code, getattr(response, "content", b"")[:500])
    body = response.json()
    assert body["code"] == code, body
    assert set(body) >= {"code", "message"}
    return body
