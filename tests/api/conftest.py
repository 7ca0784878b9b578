import pytest
from django.core.signals import request_finished, request_started
from django.db import close_old_connections

from accounts.models import ApiToken


@pytest.fixture
def admin_headers(world):
    """An SBN admin's API token: the widest scope, so every endpoint answers with real rows."""
    _, key = ApiToken.issue(world.users["sbn_admin"], "schema fuzzing")
    return {"Authorization": f"Token {key}", "Accept-Language": "en"}


@pytest.fixture
def in_process_wsgi():
    """Requests sent straight to the WSGI app must keep the test's transaction open.

    Django's test client does the same: close_old_connections would otherwise close the
    connection holding the test transaction at the end of each request.
    """
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    yield
    request_started.connect(close_old_connections)
    request_finished.connect(close_old_connections)
