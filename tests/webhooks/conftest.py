import pytest

from tests.grants.conftest import grants  # noqa: F401
from tests.notifications.conftest import after_commit, eager, line, loopback  # noqa: F401


@pytest.fixture(autouse=True)
def _loopback_allowed(settings):
    """Only the tests may deliver to loopback (the server below runs there); everything else is refused."""
    settings.WEBHOOKS_ALLOW_LOOPBACK = True
    settings.WEBHOOKS_RETRY_DELAY = 30
    settings.WEBHOOKS_MAX_ATTEMPTS = 6
    settings.WEBHOOKS_DISABLE_AFTER = 10
