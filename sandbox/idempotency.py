"""Idempotency-Key on API POSTs: a retried request gets the first response again.

The first POST with a key stores key + user + a hash of the request + the response, in the
same transaction as the rows it writes; a retry with the same key and the same request gets
that stored response (header Idempotent-Replayed: true) and writes nothing; the same key with a
different request is refused with 422. A failed request stores nothing (its transaction rolls
back), so it may be retried with its key. Two retries at once are serialised on the key's
unique index: the second waits for the first to commit and then replays it.
"""

import hashlib
import json

from django.core.serializers.json import DjangoJSONEncoder
from django.db import transaction
from django.utils.translation import gettext as _
from rest_framework.response import Response

from sandbox.errors import IdempotencyKeyReused, InvalidIdempotencyKey
from sandbox.models import IdempotencyKey

HEADER = "Idempotency-Key"
MAX_LENGTH = 200


def checked_key(request):
    """The request's key, or None when it sent none; InvalidIdempotencyKey when it is unusable."""
    key = request.headers.get(HEADER)
    if not key:
        return None
    if len(key) > MAX_LENGTH:
        raise InvalidIdempotencyKey(_("The Idempotency-Key is too long (at most %(max)d characters).")
                                    % {"max": MAX_LENGTH})
    if any(not character.isprintable() for character in key):
        raise InvalidIdempotencyKey(_("The Idempotency-Key may not contain control characters."))
    return key


def request_hash(request):
    data = request.data
    if hasattr(data, "lists"):
        data = {key: [getattr(v, "name", v) for v in values] for key, values in data.lists()}
    payload = json.dumps({"path": request.path, "method": request.method, "data": data}, sort_keys=True,
                         cls=DjangoJSONEncoder, default=str)
    return hashlib.sha256(payload.encode()).hexdigest()


def once(request, handle):
    """The response of handle(), or the stored one when this key was used for this request before."""
    key = checked_key(request)
    if key is None:
        return handle()
    digest = request_hash(request)
    with transaction.atomic():
        record, created = IdempotencyKey.objects.get_or_create(user=request.user, key=key,
                                                               defaults={"request_hash": digest})
        if not created:
            if record.request_hash != digest:
                raise IdempotencyKeyReused(_("This Idempotency-Key was used for a different request."))
            return Response(record.response, status=record.status_code, headers={"Idempotent-Replayed": "true"})
        response = handle()
        record.status_code = response.status_code
        record.response = json.loads(json.dumps(response.data, cls=DjangoJSONEncoder))
        record.save(update_fields=["status_code", "response"])
    return response
