import pytest

from tests.reports.data import make_grants


@pytest.fixture
def grants(world):
    return make_grants(world)


@pytest.fixture
def officer(world):
    return world.users["province_officer"]
