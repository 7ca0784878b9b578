"""A date-time filter refuses what the calendar cannot hold (sandbox.filters): a 400 naming the filter,
never a 500 from the database; every date-time filter of the API is that one."""

import datetime
from urllib.parse import urlencode

import pytest
from django import forms
from django.urls import reverse
from django_filters.fields import DateTimeRangeField, IsoDateTimeRangeField
from django_filters.rest_framework import DjangoFilterBackend
from drf_spectacular.generators import EndpointEnumerator

from sandbox.filters import MomentField
from tests.committees.factories import MeetingFactory, esa_committee
from tests.conftest import api_as

pytestmark = pytest.mark.django_db

MEETINGS = "/api/v1/committee-meetings/"
OFFSET = "Give a time-zone offset from -14:00 to +14:00."
CALENDAR = "This date and time is beyond the calendar the portal can store."


@pytest.fixture
def meeting(world):
    # 09:00 in Bangkok is 02:00 UTC.
    return MeetingFactory(committee=esa_committee(world.own.agency),
                          starts_at=datetime.datetime(2024, 5, 14, 2, 0, tzinfo=datetime.UTC))


def listed(world, **query):
    return api_as(world.users["sbn_admin"], "en").get(f"{MEETINGS}?{urlencode(query)}")


@pytest.mark.parametrize("value, message", [
    ("2024-01-01T00:00:00+14:01", OFFSET),  # PostgreSQL would take it (up to ±15:59); no real zone is that far
    ("2024-01-01T00:00:00-15:59", OFFSET),
    ("2024-01-01T00:00:00+16:00", OFFSET),  # past PostgreSQL: it failed in the database, a 500 in a transaction
    ("2024-01-01T00:00:00+14:00:01", OFFSET),
    ("0001-01-01T00:00:00+05:00", CALENDAR),  # before year 1 in UTC
    ("0001-01-01T00:00:00", CALENDAR),  # Bangkok's year 1 begins in UTC's year 0
    ("9999-12-31T23:59:59-05:00", CALENDAR),  # after year 9999 in UTC
    ("9999-12-31T20:00:00Z", CALENDAR),  # year 10000 in Bangkok
])
@pytest.mark.parametrize("name", ["starts_after", "starts_before"])
def test_a_moment_beyond_the_calendar_or_the_time_zones_is_a_400(world, meeting, name, value, message):
    response = listed(world, **{name: value})
    assert response.status_code == 400, response.content
    body = response.json()
    assert (body["code"], body["message"], body["errors"]) == ("invalid", message, {name: [message]})


@pytest.mark.parametrize("name, value, found", [
    ("starts_after", "2024-05-14T09:00:00+07:00", True),
    ("starts_after", "2024-05-14T02:00:01Z", False),
    ("starts_before", "2024-05-14T16:00:01+14:00", True),  # 02:00:01 UTC, at the edge of the offsets
    ("starts_before", "2024-05-13T16:00:00-10:00", False),  # 02:00 UTC exactly: not before it
    ("starts_after", "0001-01-02T00:00:00", True),  # the calendar's ends themselves are still moments
    ("starts_before", "9999-12-31T00:00:00", True),
])
def test_moments_within_the_calendar_filter_as_written(world, meeting, name, value, found):
    response = listed(world, **{name: value})
    assert response.status_code == 200, response.content
    assert [row["id"] for row in response.json()["results"]] == ([meeting.pk] if found else [])


def test_the_meeting_page_shows_the_refusal_under_the_filter(client, world, meeting):
    client.force_login(world.users["sbn_admin"])
    response = client.get(reverse("committees:meeting-list"), {"starts_after": "2024-01-01T00:00:00+16:00"},
                          HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 400  # a filter that cannot be read, as the API answers
    assert response.context["filterset"].errors == {"starts_after": [OFFSET]}
    assert "Nothing is listed: these filters cannot be used." in response.content.decode()


def api_filtersets():
    """The filterset of every API operation that filters with django-filter, built as the backend builds it."""
    for _path, _regex, _method, callback in EndpointEnumerator().get_api_endpoints():
        view = callback.cls(**getattr(callback, "initkwargs", {}))
        queryset = getattr(view, "queryset", None)
        for backend in getattr(view, "filter_backends", ()):
            if issubclass(backend, DjangoFilterBackend) and queryset is not None:
                filterset = backend().get_filterset_class(view, queryset)
                if filterset is not None:
                    yield view, filterset


def test_every_date_time_filter_of_the_api_is_the_shared_one():
    datetime_filters, others = [], []
    for view, filterset in api_filtersets():
        for name, filter_ in filterset.base_filters.items():
            if issubclass(filter_.field_class, forms.DateTimeField | DateTimeRangeField | IsoDateTimeRangeField):
                shared = issubclass(filter_.field_class, MomentField)
                (datetime_filters if shared else others).append(f"{type(view).__name__}.{name}")
    assert others == [], "use sandbox.filters.IsoDateTimeFilter for these"
    assert "MeetingViewSet.starts_after" in datetime_filters


def test_a_listed_date_time_field_gets_the_shared_filter():
    """A view's filterset_fields naming a date-time column is built by sandbox.filters.FilterBackend."""
    from committees.api.views import MeetingViewSet
    from committees.models import Meeting

    view = type("Listed", (MeetingViewSet,), {"filterset_class": None, "filterset_fields": ["starts_at"]})()
    backend = next(b for b in view.filter_backends if issubclass(b, DjangoFilterBackend))
    filterset = backend().get_filterset_class(view, Meeting.objects.all())
    assert issubclass(filterset.base_filters["starts_at"].field_class, MomentField)
