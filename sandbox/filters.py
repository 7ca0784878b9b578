"""Filters every list shares: a date-time filter that refuses what the calendar cannot hold.

A date-time filter reads ISO 8601 (2024-05-14T09:00:00+07:00). Python reads offsets up to ±23:59 and
years 1 to 9999, PostgreSQL offsets up to ±15:59; a value past either failed in the database (inside a
transaction, which it then spoils) or while being converted. Real time zones stay within ±14:00, so
that is the limit, and the moment must fall within years 1 to 9999 both in UTC and in the portal's
time zone. Both are refused while the filter form is validated: a 400 naming the filter in the API,
a message under the filter box on a page.
"""

import datetime

import django_filters
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django_filters.fields import IsoDateTimeField
from django_filters.rest_framework import DjangoFilterBackend
from django_filters.rest_framework import FilterSet as RestFilterSet

MAX_OFFSET = datetime.timedelta(hours=14)


class MomentField(IsoDateTimeField):
    default_error_messages = {
        "offset": _("Give a time-zone offset from -14:00 to +14:00."),
        "calendar": _("This date and time is beyond the calendar the portal can store."),
    }

    def to_python(self, value):
        moment = super().to_python(value)
        if moment is None:
            return None
        if abs(moment.utcoffset()) > MAX_OFFSET:
            raise ValidationError(self.error_messages["offset"], code="offset")
        try:
            moment.astimezone(datetime.UTC)
            moment.astimezone(timezone.get_current_timezone())
        except OverflowError:
            raise ValidationError(self.error_messages["calendar"], code="calendar") from None
        return moment


class IsoDateTimeFilter(django_filters.IsoDateTimeFilter):
    """The portal's one date-time filter; tests.api.test_datetime_filters refuses any other in the API."""

    field_class = MomentField


class FilterSet(RestFilterSet):
    """The base of the filtersets the API builds from a view's `filterset_fields`."""

    FILTER_DEFAULTS = {**RestFilterSet.FILTER_DEFAULTS,
                       models.DateTimeField: {"filter_class": IsoDateTimeFilter}}


class FilterBackend(DjangoFilterBackend):
    filterset_base = FilterSet
