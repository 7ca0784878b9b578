"""Receipt files through the API: the same file, headers and access rule as the page (grants.views)."""

import json

from django.http import FileResponse
from rest_framework import renderers

CONTENT_SUFFIX = {"application/pdf": ".pdf", "image/png": ".png", "image/jpeg": ".jpg", "image/webp": ".webp"}


class FileRenderer(renderers.BaseRenderer):
    """Lets a client that asks for the file's own type (Accept: application/pdf, image/*) be answered; the
    file itself is a FileResponse, so only an error body ever passes through here, as JSON."""

    media_type = "*/*"
    format = "file"
    charset = None

    def render(self, data, accepted_media_type=None, renderer_context=None):
        return json.dumps(data).encode() if data is not None else b""


def receipt_response(expenditure):
    content_type = expenditure.receipt_type or "application/octet-stream"
    response = FileResponse(expenditure.receipt.open("rb"), content_type=content_type)
    suffix = CONTENT_SUFFIX.get(expenditure.receipt_type, "")
    response["Content-Disposition"] = f'inline; filename="receipt-{expenditure.pk}{suffix}"'
    response["X-Content-Type-Options"] = "nosniff"
    response["Cache-Control"] = "private, no-store"
    return response
