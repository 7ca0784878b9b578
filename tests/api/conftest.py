import pytest
from django.core.signals import request_finished, request_started
from django.db import close_old_connections

from accounts.models import ApiToken

# The widest scope (every endpoint answers with real rows) and a school's (most answers are refusals).
FUZZ_ROLES = ("sbn_admin", "school_director")


@pytest.fixture(params=FUZZ_ROLES)
def fuzz_token(request, world):
    """(token, headers) of an API token of the role."""
    token, key = ApiToken.issue(world.users[request.param], "schema fuzzing")
    return token, {"Authorization": f"Token {key}", "Accept-Language": "en"}


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
