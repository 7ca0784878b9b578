import pytest
from django.core.management import call_command
from pytest_django.plugin import blocking_manager_key

from tests.reports.data import make_grants


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_teardown(item, nextitem):
    """A transactional test empties every table when it ends; put the reference provinces back
    for the tests that follow (the session loads them only once)."""
    yield
    marker = item.get_closest_marker("django_db")
    if marker and marker.kwargs.get("transaction"):
        with item.config.stash[blocking_manager_key].unblock():
            call_command("load_reference", verbosity=0)


@pytest.fixture
def grants(world):
    return make_grants(world)


@pytest.fixture
def officer(world):
    return world.users["province_officer"]
