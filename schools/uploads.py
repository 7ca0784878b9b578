"""Checks on uploaded files: an allowed kind, content that matches its extension, and a size limit."""

import os

from django.conf import settings
from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _

ZIP = b"PK\x03\x04"
# Extension -> the leading bytes its content must start with (Office files are ZIP containers).
SIGNATURES = {
    ".pdf": (b"%PDF-",),
    ".png": (b"\x89PNG\r\n\x1a\n",),
    ".jpg": (b"\xff\xd8\xff",),
    ".jpeg": (b"\xff\xd8\xff",),
    ".docx": (ZIP,),
    ".xlsx": (ZIP,),
    ".pptx": (ZIP,),
    ".mp4": (b"\x00\x00\x00",),
}
ALLOWED = ", ".join(sorted(SIGNATURES))


def validate_upload(file):
    extension = os.path.splitext(file.name)[1].lower()
    if extension not in SIGNATURES:
        raise ValidationError(_("Files of this type cannot be uploaded. Allowed: %(allowed)s.") % {"allowed": ALLOWED},
                              code="file_type")
    if file.size > settings.UPLOAD_MAX_BYTES:
        raise ValidationError(_("The file is %(size)s; the limit is %(limit)s.") % {
            "size": filesizeformat(file.size), "limit": filesizeformat(settings.UPLOAD_MAX_BYTES)}, code="file_size")
    position = file.tell() if hasattr(file, "tell") else 0
    file.seek(0)
    head = file.read(16)
    file.seek(position)
    if not any(head.startswith(signature) for signature in SIGNATURES[extension]):
        raise ValidationError(_("The file's content does not match its %(extension)s extension.") % {
            "extension": extension}, code="file_content")
