"""API-wide policy named in settings: pagination, permission, error format.

Kept apart from sandbox.api because DRF imports these while rest_framework.views loads.
"""

import json
import re

from django.conf import settings
from django.core.exceptions import PermissionDenied as DjangoPermissionDenied
from django.core.exceptions import ValidationError as DjangoValidationError
from django.http import Http404
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from rest_framework import exceptions, filters, pagination, parsers, permissions
from rest_framework.response import Response

from sandbox.access import has_any_role
from sandbox.errors import BusinessError

JSON_STRINGS = re.compile(r'"(?:[^"\\]|\\.)*"', re.DOTALL)
BRACKETS = re.compile(r"[\[\]{}]")


def reads_rows_in_scope(view):
    """The shared model viewsets restrict every row themselves: a role-less account gets empty lists."""
    from sandbox.api import ModelViewSet

    return isinstance(view, ModelViewSet)


class Pagination(pagination.PageNumberPagination):
    """page_size from 1 to 500; anything else is refused, so a client never gets a page it did not ask for."""

    page_size_query_param = "page_size"
    max_page_size = 500

    def get_page_size(self, request):
        text = request.query_params.get(self.page_size_query_param)
        if text is None:
            return self.page_size
        if not (text.isascii() and text.isdigit() and 1 <= int(text) <= self.max_page_size):
            raise exceptions.ValidationError({self.page_size_query_param: [
                _("Give a whole number from 1 to %(max)d.") % {"max": self.max_page_size}]})
        return int(text)


class OrderingFilter(filters.OrderingFilter):
    """?ordering= names only the fields the list offers; an unknown one is refused rather than ignored."""

    def get_ordering(self, request, queryset, view):
        text = request.query_params.get(self.ordering_param)
        if text is None:
            return self.get_default_ordering(view)
        terms = [term.strip() for term in text.split(",") if term.strip()]
        valid = {name for name, _label in self.get_valid_fields(queryset, view, {"request": request})}
        unknown = [term for term in terms if term.lstrip("-") not in valid]
        if unknown or not terms:
            raise exceptions.ValidationError({self.ordering_param: [
                _("Order by one of: %(fields)s.") % {"fields": ", ".join(sorted(valid)) or "-"}]})
        return terms


class JSONParser(parsers.JSONParser):
    """JSON bodies nested past MAX_DEPTH are refused before they are decoded (the decoder would
    otherwise recurse until Python gives up)."""

    MAX_DEPTH = 64

    def parse(self, stream, media_type=None, parser_context=None):
        encoding = (parser_context or {}).get("encoding", settings.DEFAULT_CHARSET)
        try:
            text = stream.read().decode(encoding)
        except (UnicodeDecodeError, LookupError) as exc:
            raise exceptions.ParseError(_("The body is not valid %(encoding)s text.") % {"encoding": encoding}) from exc
        if nesting_depth(text) > self.MAX_DEPTH:
            raise exceptions.ParseError(_("The JSON body is nested more than %(max)d levels deep.")
                                        % {"max": self.MAX_DEPTH})
        try:
            return json.loads(text, parse_constant=_refuse_constant)
        except (ValueError, RecursionError) as exc:
            raise exceptions.ParseError(_("The body is not valid JSON: %(error)s") % {"error": exc}) from exc


def nesting_depth(text):
    """The deepest nesting of [ and { outside strings."""
    depth = deepest = 0
    for match in BRACKETS.finditer(JSON_STRINGS.sub("", text)):
        if match[0] in "[{":
            depth += 1
            deepest = max(deepest, depth)
        else:
            depth -= 1
    return deepest


def _refuse_constant(name):
    raise ValueError(_("%(name)s is not a JSON value.") % {"name": name})


class ScopedPermission(permissions.BasePermission):
    """Signed-in users only; a read-only token may not write. Object scope is checked by restrict()."""

    message = gettext_lazy("This token is read-only.")

    def has_permission(self, request, view):
        if not (request.user and request.user.is_authenticated):
            return False
        if not (has_any_role(request.user) or getattr(view, "allow_without_role", False)
                or reads_rows_in_scope(view)):
            raise exceptions.PermissionDenied(_("Your account has no role yet; ask an administrator for one."))
        # request.auth is the ApiToken for token requests (accounts.tokens), None for a session.
        if request.method not in permissions.SAFE_METHODS and getattr(request.auth, "read_only", False):
            return False
        return True


def unstorable_message():
    return _("A value is out of the range the portal can store, or holds characters it cannot store.")


def is_unstorable_input(exc):
    """A value the request sent that PostgreSQL or Python's calendar cannot hold: a number past its
    column's range, a date or time zone beyond the calendar, a NUL character. The client's error."""
    from django.db import DataError

    if isinstance(exc, DataError | OverflowError):  # OverflowError: a date moved past year 1 or 9999
        return True
    return isinstance(exc, ValueError) and "NUL" in str(exc)


def exception_handler(exc, context):
    """Errors as {"code", "message", "errors"} in the request's language.

    A business refusal (sandbox.errors.BusinessError) names its own code and HTTP status.
    """
    if isinstance(exc, BusinessError):
        from rest_framework.views import set_rollback

        set_rollback()
        errors = exc.message_dict if hasattr(exc, "error_dict") else {"non_field_errors": exc.messages}
        first = next(iter(errors.values()), [""])
        # A refusal may name more for the client (a likely duplicate names the matching row).
        return Response({"code": exc.code, "message": first[0] if first else "", "errors": errors,
                         **getattr(exc, "extra", {})}, status=exc.status)
    if isinstance(exc, DjangoValidationError):
        detail = exc.message_dict if hasattr(exc, "error_dict") else {"non_field_errors": exc.messages}
        exc = exceptions.ValidationError(detail)
    elif isinstance(exc, DjangoPermissionDenied):
        exc = exceptions.PermissionDenied(str(exc) if str(exc) else None)
    elif isinstance(exc, Http404):
        exc = exceptions.NotFound()
    elif is_unstorable_input(exc):
        exc = exceptions.ValidationError({"non_field_errors": [unstorable_message()]})
    from rest_framework.views import exception_handler as drf_exception_handler

    response = drf_exception_handler(exc, context)
    if response is None:
        return None
    if isinstance(exc, exceptions.ValidationError):
        errors = exc.detail if isinstance(exc.detail, dict) else {"non_field_errors": exc.detail}
        first = next(iter(errors.values()), [""])
        first = first[0] if isinstance(first, list) and first else first
        response.data = {"code": "invalid", "message": str(first) or _("Invalid input."), "errors": errors}
    else:
        codes = exc.get_codes() if isinstance(exc, exceptions.APIException) else "error"
        detail = exc.detail if isinstance(exc, exceptions.APIException) else str(exc)
        response.data = {"code": codes if isinstance(codes, str) else "error", "message": str(detail)}
    return response
