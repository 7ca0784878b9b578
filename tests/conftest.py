from dataclasses import dataclass, field

import pytest
from django.core.management import call_command
from rest_framework.test import APIClient

from provinces.models import Province
from sandbox.access import Role
from tests.factories import AgencyFactory, SchoolFactory, UserFactory, user_with_role


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """The reference provinces and districts exist in every test, as in every real database."""
    with django_db_blocker.unblock():
        call_command("load_reference", verbosity=0)


def _is_transactional(item):
    marker = item.get_closest_marker("django_db")
    fixtures = getattr(item, "fixturenames", ())
    return bool(marker and marker.kwargs.get("transaction")) or bool(
        {"transactional_db", "live_server"} & set(fixtures)
    )


@pytest.hookimpl(wrapper=True)
def pytest_runtest_teardown(item, nextitem):
    """A transactional or live-server test empties every table once its fixtures are torn down;
    the tests after it expect the reference provinces every real database has."""
    result = yield
    if nextitem is not None and _is_transactional(item):
        from pytest_django.plugin import blocking_manager_key

        with item.config.stash[blocking_manager_key].unblock():
            call_command("load_reference", verbosity=0)
    return result


@pytest.fixture(autouse=True)
def _media_root(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"


def _own_cache_location(location, worker_id):
    """Each xdist worker its own Redis database: tests clear the cache (a FLUSHDB), and one worker's cached
    dashboard must not answer another worker's test."""
    base, _, number = location.rpartition("/")
    if not worker_id.startswith("gw") or not number.isdigit():
        return location
    return f"{base}/{(int(number) + 1 + int(worker_id[2:])) % 16}"


@pytest.fixture(autouse=True)
def _test_settings(settings, worker_id):
    settings.CACHES = {"default": {**settings.CACHES["default"],
                                   "LOCATION": _own_cache_location(settings.CACHES["default"]["LOCATION"], worker_id)}}
    settings.LANGUAGE_CODE = "th"
    # Real hashing costs ~0.3 s per user; the tests make many users and test no hashing.
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@dataclass
class Side:
    """One scope of the world: a province with one affiliation office and one school."""

    province: Province
    agency: object
    school: object


@dataclass
class World:
    """Two sandbox provinces and a user for every role, each scoped to the first ("own") one."""

    own: Side
    other: Side
    users: dict = field(default_factory=dict)

    def side(self, name):
        return self.own if name == "own" else self.other


ROLE_NAMES = [r.value for r in Role] + ["no_role"]


@pytest.fixture
def world(db):
    own_province = Province.objects.get(code="31")
    other_province = Province.objects.get(code="91")
    own_agency = AgencyFactory(province=own_province)
    other_agency = AgencyFactory(province=other_province)
    own = Side(own_province, own_agency, SchoolFactory(agency=own_agency))
    other = Side(other_province, other_agency, SchoolFactory(agency=other_agency))
    users = {
        Role.SBN_ADMIN: user_with_role(Role.SBN_ADMIN, username="sbn_admin"),
        Role.SBN_VIEWER: user_with_role(Role.SBN_VIEWER, username="sbn_viewer"),
        Role.PROVINCE_OFFICER: user_with_role(Role.PROVINCE_OFFICER, own_province, username="province_officer"),
        Role.AGENCY_SUPERVISOR: user_with_role(Role.AGENCY_SUPERVISOR, own_agency, username="agency_supervisor"),
        Role.SCHOOL_DIRECTOR: user_with_role(Role.SCHOOL_DIRECTOR, own.school, username="school_director"),
        Role.SCHOOL_STAFF: user_with_role(Role.SCHOOL_STAFF, own.school, username="school_staff"),
        "no_role": UserFactory(username="no_role"),
    }
    return World(own=own, other=other, users={str(k): v for k, v in users.items()})


@pytest.fixture
def api():
    return APIClient()


def api_as(user, language="th"):
    client = APIClient(HTTP_ACCEPT_LANGUAGE=language)
    if user is not None:
        client.force_login(user)
    return client
