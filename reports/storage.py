"""Report files are kept out of MEDIA_ROOT: no public URL reaches them, only the access-checked download."""

from pathlib import Path

from django.conf import settings
from django.core.files.storage import FileSystemStorage
from django.utils.functional import cached_property


class ReportStorage(FileSystemStorage):
    @cached_property
    def base_location(self):
        configured = getattr(settings, "PRIVATE_MEDIA_ROOT", None)
        base = Path(configured) if configured else Path(settings.MEDIA_ROOT).parent / "private-media"
        return base / "reports"

    @cached_property
    def location(self):
        return str(Path(self.base_location).resolve())

    @cached_property
    def base_url(self):
        return None


def report_storage():
    return ReportStorage()
