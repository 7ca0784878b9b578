"""The milestone document check, run by model full_clean() so that pages and API share it."""

from django.utils.translation import gettext_lazy as _

from sandbox.uploads import UploadRule

PDF_DOCUMENT = UploadRule(["pdf"], messages={
    "file_type": _("Only PDF documents can be uploaded."),
    "file_size": _("The file is too large (%(size)s); the limit is %(limit)s."),
    "file_content": _("This file is not a PDF document."),
})


def validate_pdf(upload):
    PDF_DOCUMENT(upload)
