"""Checks on uploaded documents: allowed kinds, size limit, and that the content matches the kind."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import FileExtensionValidator
from django.template.defaultfilters import filesizeformat
from django.utils.deconstruct import deconstructible
from django.utils.translation import gettext_lazy as _

# The first bytes of each allowed kind, so a renamed executable is not accepted as a PDF.
SIGNATURES = {
    "pdf": [b"%PDF-"],
    "png": [b"\x89PNG\r\n\x1a\n"],
    "jpg": [b"\xff\xd8\xff"],
    "jpeg": [b"\xff\xd8\xff"],
    "docx": [b"PK\x03\x04"],
    "doc": [b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"],
}


@deconstructible
class DocumentValidator:
    def __init__(self, extensions):
        self.extensions = tuple(extensions)

    def __call__(self, upload):
        if getattr(upload, "_committed", False):
            return  # already stored and checked when it was uploaded
        FileExtensionValidator(
            self.extensions,
            message=_("Only these file types are accepted: %(allowed_extensions)s."),
        )(upload)
        limit = settings.UPLOAD_MAX_BYTES
        if upload.size > limit:
            raise ValidationError(
                _("The file is too large (%(size)s); the limit is %(limit)s."),
                code="file_too_large",
                params={"size": filesizeformat(upload.size), "limit": filesizeformat(limit)},
            )
        extension = upload.name.rsplit(".", 1)[-1].lower()
        position = upload.tell() if hasattr(upload, "tell") else 0
        upload.seek(0)
        head = upload.read(16)
        upload.seek(position)
        if not any(head.startswith(sig) for sig in SIGNATURES[extension]):
            raise ValidationError(
                _("The file's content is not a valid %(kind)s file."), code="file_content", params={"kind": extension}
            )

    def __eq__(self, other):
        return isinstance(other, DocumentValidator) and self.extensions == other.extensions


order_document_validator = DocumentValidator(["pdf", "jpg", "jpeg", "png"])
minutes_file_validator = DocumentValidator(["pdf", "doc", "docx"])
