"""Uploaded files: what they are is judged by their content, they have a size limit, and the private
ones are stored where no public URL reaches them.

An app names the extensions a field accepts (UploadRule) and may word the messages its users already
know; the checks themselves live only here.
"""

from pathlib import Path

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.storage import FileSystemStorage
from django.template.defaultfilters import filesizeformat
from django.utils.deconstruct import deconstructible
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from PIL import Image, UnidentifiedImageError

PDF, PNG, JPEG, WEBP = "application/pdf", "image/png", "image/jpeg", "image/webp"
ZIP = "application/zip"  # DOCX, XLSX and PPTX are ZIP containers
OLE = "application/x-ole-storage"  # DOC and other pre-2007 Office files
MP4 = "video/mp4"

# The content type each extension must have, so that a renamed executable is not taken for a PDF.
EXTENSIONS = {"pdf": PDF, "png": PNG, "jpg": JPEG, "jpeg": JPEG, "webp": WEBP, "docx": ZIP, "xlsx": ZIP,
              "pptx": ZIP, "doc": OLE, "mp4": MP4}

MESSAGES = {
    "file_type": _("Files of this type cannot be uploaded. Allowed: %(allowed)s."),
    "file_size": _("The file is %(size)s; the limit is %(limit)s."),
    "file_content": _("The file's content does not match its %(extension)s extension."),
    "bad_image": _("The image file is damaged."),
}


def content_type(head):
    """The content type the leading bytes show, or None for a kind the portal does not accept."""
    if head.startswith(b"%PDF-"):
        return PDF
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return PNG
    if head.startswith(b"\xff\xd8\xff"):
        return JPEG
    if head.startswith(b"RIFF") and head[8:12] == b"WEBP":
        return WEBP
    if head.startswith(b"PK\x03\x04"):
        return ZIP
    if head.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        return OLE
    if head[4:8] == b"ftyp":
        return MP4
    return None


def sniff(upload):
    """The upload's content type by its first bytes; the read position is left where it was."""
    position = upload.tell() if hasattr(upload, "tell") else 0
    upload.seek(0)
    head = upload.read(16)
    upload.seek(position)
    return content_type(head)


def _verify_image(upload):
    position = upload.tell() if hasattr(upload, "tell") else 0
    upload.seek(0)
    try:
        with Image.open(upload) as image:
            image.verify()
    except (UnidentifiedImageError, OSError, SyntaxError):
        return False
    finally:
        upload.seek(position)
    return True


@deconstructible
class UploadRule:
    """A field's upload check: an allowed extension, at most settings.UPLOAD_MAX_BYTES, and content of
    the kind the extension names (images must also open). Calling it returns the content type.

    With by_name=False the name is ignored and the content alone must be one of the kinds allowed,
    for files whose names say nothing (receipts photographed on a phone)."""

    messages = MESSAGES

    def __init__(self, extensions, by_name=True, messages=None):
        self.extensions = tuple(extensions)
        self.by_name = by_name
        self.messages = {**MESSAGES, **type(self).messages, **(messages or {})}

    def __call__(self, upload):
        if getattr(upload, "_committed", False):
            return None  # already stored, and checked when it was uploaded
        extension = Path(upload.name or "").suffix.lower().lstrip(".")
        if self.by_name and extension not in self.extensions:
            self._refuse("file_type")
        limit = settings.UPLOAD_MAX_BYTES
        if upload.size > limit:
            self._refuse("file_size", size=filesizeformat(upload.size), limit=filesizeformat(limit))
        found = sniff(upload)
        expected = {EXTENSIONS[extension]} if self.by_name else {EXTENSIONS[e] for e in self.extensions}
        if found not in expected:
            self._refuse("file_content", extension=f".{extension}", kind=extension)
        if found.startswith("image/") and not _verify_image(upload):
            self._refuse("bad_image")
        return found

    def _refuse(self, code, **params):
        allowed = ", ".join(f".{e}" for e in sorted(self.extensions))
        raise ValidationError(self.messages[code], code=code, params={
            "allowed": allowed, "allowed_extensions": ", ".join(self.extensions), **params})

    def __eq__(self, other):
        return type(other) is type(self) and (self.extensions, self.by_name) == (other.extensions, other.by_name)

    def __hash__(self):
        return hash((type(self), self.extensions, self.by_name))


class PrivateStorage(FileSystemStorage):
    """The one store of uploaded and produced files (settings.PRIVATE_MEDIA_ROOT, one volume shared by
    web and worker; beside MEDIA_ROOT when unset): no /media/ URL reaches them, and a file's URL is
    the access-checked view of sandbox.private_files. It is also the default storage."""

    def __init__(self, folder="", **kwargs):
        self.folder = folder
        super().__init__()

    def _clear_cached_properties(self, setting, **kwargs):
        super()._clear_cached_properties(setting, **kwargs)
        if setting in ("PRIVATE_MEDIA_ROOT", "MEDIA_ROOT"):
            self.__dict__.pop("base_location", None)
            self.__dict__.pop("location", None)

    def url(self, name):
        from django.urls import reverse

        path = f"{self.folder}/{name}" if self.folder else name
        return reverse("private-file", args=[path.replace("\\", "/")])

    @cached_property
    def base_location(self):
        configured = getattr(settings, "PRIVATE_MEDIA_ROOT", None)
        base = Path(configured) if configured else Path(settings.MEDIA_ROOT).parent / "private-media"
        return base / self.folder if self.folder else base

    @cached_property
    def location(self):
        return str(Path(self.base_location).resolve())

    @cached_property
    def base_url(self):
        return None
