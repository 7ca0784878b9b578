"""Checks on committee documents; the class keeps its dotted path, which the migrations record."""

from django.utils.translation import gettext_lazy as _

from sandbox.uploads import UploadRule


class DocumentValidator(UploadRule):
    messages = {
        "file_type": _("Only these file types are accepted: %(allowed_extensions)s."),
        "file_size": _("The file is too large (%(size)s); the limit is %(limit)s."),
        "file_content": _("The file's content is not a valid %(kind)s file."),
    }


order_document_validator = DocumentValidator(["pdf", "jpg", "jpeg", "png"])
minutes_file_validator = DocumentValidator(["pdf", "doc", "docx"])
