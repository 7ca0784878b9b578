"""Refusals of the business rules, each naming its own API code and HTTP status.

They are ValidationErrors, so a page shows one as a form error like any other invalid input;
the API's exception handler (sandbox.api_policy) reads `code` and `status` and nothing else.
"""

from django.core.exceptions import ValidationError


class BusinessError(ValidationError):
    code = "invalid"
    status = 400

    def __init__(self, message, params=None):
        super().__init__(message, code=type(self).code, params=params)


class Conflict(BusinessError):
    """The request is well formed but the data as it stands forbids it."""

    code = "conflict"
    status = 409


class StaleVersion(BusinessError):
    """If-Match named a version of the row that is no longer current."""

    code = "precondition_failed"
    status = 412


class IdempotencyKeyReused(BusinessError):
    code = "idempotency_key_reused"
    status = 422


class InvalidIdempotencyKey(BusinessError):
    code = "invalid"
    status = 400
