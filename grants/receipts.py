"""Receipt files: PDFs and images only, judged by their content (not their name), within the size limit."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from sandbox.uploads import UploadRule

RECEIPT = UploadRule(["pdf", "png", "jpg", "webp"], by_name=False, messages={
    "file_size": _("The receipt file is larger than %(limit)s."),
    "file_content": _("The receipt must be a PDF or an image (JPEG, PNG or WebP)."),
})


def check_receipt(upload):
    """Return the file's content type, or raise ValidationError on the receipt field."""
    try:
        return RECEIPT(upload)
    except ValidationError as exc:
        raise ValidationError({"receipt": exc}) from exc
