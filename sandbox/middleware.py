import re
import uuid

import pghistory

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
