import ipaddress
import re
import uuid

import pghistory
from django.http import Http404, JsonResponse
from django.shortcuts import redirect
from django.utils.translation import gettext as _

from sandbox.access import has_any_role

WRITE_METHODS = {"POST", "PUT", "PATCH", "DELETE"}
REQUEST_ID = re.compile(r"^[A-Za-z0-9._-]{1,64}$")


class RequestContextMiddleware:
    """Gives each request an id and, for writes, opens the audit context the triggers record.

    The id is always the server's own, so the audit can trust it; a client's X-Request-ID (to match
    its own logs) is kept beside it as client_request_id, never instead of it."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        incoming = request.headers.get("X-Request-ID", "")
        request.id = uuid.uuid4().hex
        request.client_request_id = incoming if REQUEST_ID.match(incoming) else ""
        if request.method in WRITE_METHODS:
            user = request.user.pk if getattr(request, "user", None) and request.user.is_authenticated else None
            context = {"user": user, "url": request.path, "method": request.method, "request_id": request.id}
            if request.client_request_id:
                context["client_request_id"] = request.client_request_id
            with pghistory.context(**context):
                response = self.get_response(request)
        else:
            response = self.get_response(request)
        response["X-Request-ID"] = request.id
        if request.client_request_id:
            response["X-Client-Request-ID"] = request.client_request_id
        return response


def client_ip(request):
    """The client's address: REMOTE_ADDR, unless that is one of settings.TRUSTED_PROXIES, in which case
    the nearest X-Forwarded-For address that is not a trusted proxy. Addresses a client writes into
    the header itself sit further left and are never reached, so nobody picks the address that sign-in
    lockouts (django-axes) and session records key on."""
    remote = request.META.get("REMOTE_ADDR") or None
    proxies = _trusted_proxies()
    if not proxies or not _is_trusted(remote, proxies):
        return remote
    forwarded = [part.strip() for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",") if part.strip()]
    for address in reversed(forwarded):
        if not _is_trusted(address, proxies):
            return address if _valid(address) else remote
    return remote


def _trusted_proxies():
    from django.conf import settings

    return [ipaddress.ip_network(item, strict=False) for item in getattr(settings, "TRUSTED_PROXIES", ())]


def _valid(address):
    try:
        ipaddress.ip_address(address)
    except ValueError:
        return False
    return True


def _is_trusted(address, proxies):
    try:
        ip = ipaddress.ip_address(address or "")
    except ValueError:
        return False
    return any(ip in network for network in proxies)


API_ERROR_CODES = {
    400: "bad_request", 401: "not_authenticated", 403: "permission_denied", 404: "not_found",
    405: "method_not_allowed", 413: "too_large", 500: "server_error",
}


def _api_error_message(status):
    messages = {
        404: _("Not found."),
        405: _("This method is not allowed here."),
        413: _("The request is too large."),
    }
    if status >= 500:
        return _("Something went wrong on the server. Quote the request id when you report it.")
    return messages.get(status, _("The request could not be processed."))


class HostileInputMiddleware:
    """Requests no honest client sends are refused with a 400 before any view sees them (a NUL byte in the
    path, the query or a header: PostgreSQL cannot store one, and no URL or header needs one); a value
    PostgreSQL cannot hold (out of its range) that a page let through is the client's 400, not a 500."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if _carries_nul(request):
            return bad_request(request, _("The request contains a NUL character."))
        return self.get_response(request)

    def process_exception(self, request, exception):
        from sandbox.api_policy import is_unstorable_input, unstorable_message

        if is_unstorable_input(exception):
            return bad_request(request, unstorable_message())
        return None


def _carries_nul(request):
    if "\x00" in request.path or "\x00" in request.META.get("QUERY_STRING", "") or "%00" in request.META.get(
            "QUERY_STRING", ""):
        return True
    return any("\x00" in str(value) for name, value in request.META.items() if name.startswith("HTTP_"))


def bad_request(request, message):
    if request.path.startswith("/api/"):
        return JsonResponse({"code": "bad_request", "message": str(message), "errors": {},
                             "request_id": getattr(request, "id", "")}, status=400)
    from django.views.defaults import bad_request as bad_request_page

    return bad_request_page(request, exception=None)


class ApiErrorsMiddleware:
    """Every error under /api/ is JSON, in every profile: an unknown route, Django's own 400/404/500
    pages and the development debug pages are replaced by {code, message, request_id}."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if (request.path.startswith("/api/") and response.status_code >= 400
                and not response.get("Content-Type", "").startswith("application/json")):
            status = response.status_code
            response = JsonResponse({
                "code": API_ERROR_CODES.get(status, "server_error" if status >= 500 else "error"),
                "message": str(_api_error_message(status)),
                "errors": {},
                "request_id": getattr(request, "id", ""),
            }, status=status)
        return response


# Pages an account without a role may still open: its own account pages, signing in and out, the
# password reset, the language switch and health. A view may also say so itself (allow_without_role).
NO_ROLE_URL_NAMES = frozenset({
    "account", "account-password", "account-sign-out-everywhere", "account-tokens", "account-token-revoke",
    "login", "logout", "password_reset", "password_reset_done", "password_reset_confirm",
    "password_reset_complete", "set_language", "healthz", "healthz-live",
})


def reads_rows_in_scope(view_class):
    """Views built on the shared restricted bases show a role-less account no rows by themselves."""
    from sandbox.views import RestrictedMixin

    return isinstance(view_class, type) and issubclass(view_class, RestrictedMixin)


class NoRoleGateMiddleware:
    """An account with no role reads nothing beyond what anonymous visitors may and its own account
    pages. Summaries, dashboards and other pages that are not row lists count whatever they are asked
    to, so they are closed here as a whole; the API's gate is sandbox.api_policy.ScopedPermission."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        user = getattr(request, "user", None)
        if (request.path_info.startswith("/api/") or not getattr(user, "is_authenticated", False)
                or has_any_role(user)):
            return None
        view_class = getattr(view_func, "view_class", None)
        match = request.resolver_match
        if match and match.view_name == "home":
            return redirect("account")  # where the account page says no role has been given yet
        if (getattr(view_class, "allow_without_role", False) or getattr(view_func, "allow_without_role", False)
                or reads_rows_in_scope(view_class) or (match and match.view_name in NO_ROLE_URL_NAMES)):
            return None
        raise Http404
