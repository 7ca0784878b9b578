"""API-wide policy named in settings: pagination, permission, error format.

Kept apart from sandbox.api because DRF imports these while rest_framework.views loads.
"""

from django.core.exceptions import PermissionDenied as DjangoPermissionDenied
from django.core.exceptions import ValidationError as DjangoValidationError
from django.http import Http404
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from rest_framework import exceptions, pagination, permissions
from rest_framework.response import Response

from sandbox.access import has_any_role
from sandbox.errors import BusinessError


def reads_rows_in_scope(view):
    """The shared model viewsets restrict every row themselves: a role-less account gets empty lists."""
    from sandbox.api import ModelViewSet

    return isinstance(view, ModelViewSet)


class Pagination(pagination.PageNumberPagination):
    page_size_query_param = "page_size"
    max_page_size = 500


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


def exception_handler(exc, context):
    """Errors as {"code", "message", "errors"} in the request's language.

    A business refusal (sandbox.errors.BusinessError) names its own code and HTTP status.
    """
    if isinstance(exc, BusinessError):
        from rest_framework.views import set_rollback

        set_rollback()
        errors = exc.message_dict if hasattr(exc, "error_dict") else {"non_field_errors": exc.messages}
        first = next(iter(errors.values()), [""])
        return Response({"code": exc.code, "message": first[0] if first else "", "errors": errors},
                        status=exc.status)
    if isinstance(exc, DjangoValidationError):
        detail = exc.message_dict if hasattr(exc, "error_dict") else {"non_field_errors": exc.messages}
        exc = exceptions.ValidationError(detail)
    elif isinstance(exc, DjangoPermissionDenied):
        exc = exceptions.PermissionDenied(str(exc) if str(exc) else None)
    elif isinstance(exc, Http404):
        exc = exceptions.NotFound()
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
