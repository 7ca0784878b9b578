"""Checks on uploaded documents, run by model full_clean() so that pages and API share them."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _

PDF_MAGIC = b"%PDF-"


def validate_pdf(upload):
    """A PDF no larger than settings.UPLOAD_MAX_BYTES; the content is checked, not only the name."""
    limit = settings.UPLOAD_MAX_BYTES
    if upload.size > limit:
        raise ValidationError(
            _("The file is too large (%(size)s); the limit is %(limit)s."),
            code="file_too_large",
            params={"size": filesizeformat(upload.size), "limit": filesizeformat(limit)},
        )
    if not upload.name.lower().endswith(".pdf"):
        raise ValidationError(_("Only PDF documents can be uploaded."), code="not_pdf")
    position = upload.tell() if hasattr(upload, "tell") else 0
    upload.seek(0)
    head = upload.read(len(PDF_MAGIC))
    upload.seek(position)
    if head != PDF_MAGIC:
        raise ValidationError(_("This file is not a PDF document."), code="not_pdf")
