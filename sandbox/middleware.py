import re
import uuid

import pghistory
from django.http import JsonResponse
from django.utils.translation import gettext as _

WRITE_METHODS = {"POST", "PUT", "PATCH", "DELETE"}
REQUEST_ID = re.compile(r"^[A-Za-z0-9._-]{1,64}$")


class RequestContextMiddleware:
    """Gives each request an id and, for writes, opens the audit context the triggers record."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        incoming = request.headers.get("X-Request-ID", "")
        request.id = incoming if REQUEST_ID.match(incoming) else uuid.uuid4().hex
        if request.method in WRITE_METHODS:
            user = request.user.pk if getattr(request, "user", None) and request.user.is_authenticated else None
            with pghistory.context(user=user, url=request.path, method=request.method, request_id=request.id):
                response = self.get_response(request)
        else:
            response = self.get_response(request)
        response["X-Request-ID"] = request.id
        return response


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
