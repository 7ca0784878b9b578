"""Receipt files: accept only PDFs and images, judged by their content (not their name), and
never larger than settings.UPLOAD_MAX_BYTES."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _
from PIL import Image, UnidentifiedImageError

# Leading bytes of each accepted type.
SIGNATURES = (
    (b"%PDF-", "application/pdf"),
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"RIFF", "image/webp"),
)


def sniff(head):
    for signature, content_type in SIGNATURES:
        if head.startswith(signature):
            if content_type == "image/webp" and head[8:12] != b"WEBP":
                continue
            return content_type
    return None


def check_receipt(upload):
    """Return the file's content type, or raise ValidationError with a message for the user."""
    if upload.size > settings.UPLOAD_MAX_BYTES:
        raise ValidationError({"receipt": _("The receipt file is larger than %(limit)s MB.") % {
            "limit": settings.UPLOAD_MAX_BYTES // (1024 * 1024)}}, code="too_large")
    upload.seek(0)
    head = upload.read(16)
    upload.seek(0)
    content_type = sniff(head)
    if content_type is None:
        raise ValidationError({"receipt": _("The receipt must be a PDF or an image (JPEG, PNG or WebP).")},
                              code="bad_type")
    if content_type.startswith("image/"):
        try:
            with Image.open(upload) as image:
                image.verify()
        except (UnidentifiedImageError, OSError, SyntaxError) as exc:
            raise ValidationError({"receipt": _("The image file is damaged.")}, code="bad_image") from exc
        finally:
            upload.seek(0)
    return content_type
