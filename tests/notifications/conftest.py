import datetime

import pytest

from grants.models import Period
from tests.grants.conftest import grants  # noqa: F401 (the grants fixture: FY 2567 and an allocation per school)
from tests.notifications.loopback import LoopbackServer

LOCMEM = {"default": {"BACKEND": "django.core.mail.backends.locmem.EmailBackend"}}


@pytest.fixture
def eager(settings):
    """Celery tasks run in the test, at once, retries included (notifications.events.enqueue raises what
    finally failed); mail goes to the outbox."""
    settings.CELERY_TASK_ALWAYS_EAGER = True
    settings.CELERY_TASK_EAGER_PROPAGATES = False
    settings.MAILERS = LOCMEM
    settings.PORTAL_URL = "https://portal.example.go.th"
    settings.LINE_CHANNEL_TOKEN = ""


@pytest.fixture
def loopback():
    server = LoopbackServer().start()
    yield server
    server.stop()


@pytest.fixture
def line(settings, loopback):
    """The LINE channel on, pushing to the loopback server."""
    settings.LINE_CHANNEL_TOKEN = "test-channel-token"
    settings.LINE_API_URL = loopback.url("/v2/bot/message/push")
    return loopback


@pytest.fixture
def after_commit(django_capture_on_commit_callbacks):
    """Runs what a block left for after its commit (and what that left in turn), as a real commit would."""
    return lambda: django_capture_on_commit_callbacks(execute=True)


def make_period(world, money, side="own", month=datetime.date(2024, 1, 1)):
    """A period of the side's school in fiscal year 2567 (`money` is the grants fixture)."""
    return Period.objects.create(school=world.side(side).school, fiscal_year=money.year, month=month)
