"""Idempotency-Key for POSTs, ETag/If-Match for updates, and the HTTP statuses of the grants guards.

Idempotency-Key: the first POST with a key stores key + user + a hash of the request + the
response, in the same transaction as the row it creates; a retry with the same key and the same
request gets that stored response again (header Idempotent-Replayed: true) and creates nothing;
the same key with a different request is refused with 422. A failed request stores nothing, so
it may be retried with its key.

If-Match: every detail response carries an ETag; a PUT/PATCH/DELETE or sign-off action whose
If-Match names an older version gets 412 and changes nothing. Requests without If-Match are
accepted (last writer wins), so simple clients keep working; send it to be safe.
"""

import hashlib
import json

from django.core.serializers.json import DjangoJSONEncoder
from django.db import transaction
from django.utils.translation import gettext as _
from rest_framework import status
from rest_framework.response import Response

from grants import services
from grants.models import IdempotencyKey

MAX_KEY_LENGTH = 200


def request_hash(request):
    data = request.data
    if hasattr(data, "lists"):
        data = {key: [getattr(v, "name", v) for v in values] for key, values in data.lists()}
    payload = json.dumps({"path": request.path, "method": request.method, "data": data}, sort_keys=True,
                         cls=DjangoJSONEncoder, default=str)
    return hashlib.sha256(payload.encode()).hexdigest()


class GrantsApiMixin:
    export_columns = None  # (attribute path, label): ?export=csv|xlsx on the list downloads the filtered rows

    def list(self, request, *args, **kwargs):
        kind = request.query_params.get("export")
        if self.export_columns and kind in ("csv", "xlsx"):
            from sandbox import exports

            queryset = self.filter_queryset(self.get_queryset())
            name = self.get_queryset().model._meta.verbose_name_plural.replace(" ", "-")
            return (exports.csv_response if kind == "csv" else exports.xlsx_response)(
                queryset, self.export_columns, str(name))
        return super().list(request, *args, **kwargs)

    def handle_exception(self, exc):
        if isinstance(exc, services.StaleVersion):
            return Response({"code": "precondition_failed", "message": str(exc)},
                            status=status.HTTP_412_PRECONDITION_FAILED)
        if isinstance(exc, services.OverAllocation | services.PeriodLocked):
            code = "over_allocation" if isinstance(exc, services.OverAllocation) else "period_locked"
            return Response({"code": code, "message": exc.messages[0]}, status=status.HTTP_409_CONFLICT)
        return super().handle_exception(exc)

    def retrieve(self, request, *args, **kwargs):
        response = super().retrieve(request, *args, **kwargs)
        response["ETag"] = services.etag_of(self.get_object())
        return response

    def update(self, request, *args, **kwargs):
        response = super().update(request, *args, **kwargs)
        instance = self.get_queryset().model.objects.get(pk=response.data["id"])
        response["ETag"] = services.etag_of(instance)
        return response

    def create(self, request, *args, **kwargs):
        key = request.headers.get("Idempotency-Key")
        if not key:
            return super().create(request, *args, **kwargs)
        if len(key) > MAX_KEY_LENGTH:
            return Response({"code": "invalid", "message": _("The Idempotency-Key is too long.")},
                            status=status.HTTP_400_BAD_REQUEST)
        digest = request_hash(request)
        with transaction.atomic():
            record, created = IdempotencyKey.objects.get_or_create(user=request.user, key=key,
                                                                   defaults={"request_hash": digest})
            if not created:
                if record.request_hash != digest:
                    return Response({"code": "idempotency_key_reused",
                                     "message": _("This Idempotency-Key was used for a different request.")},
                                    status=status.HTTP_422_UNPROCESSABLE_ENTITY)
                return Response(record.response, status=record.status_code, headers={"Idempotent-Replayed": "true"})
            response = super().create(request, *args, **kwargs)
            record.status_code = response.status_code
            record.response = json.loads(json.dumps(response.data, cls=DjangoJSONEncoder))
            record.save(update_fields=["status_code", "response"])
        return response
