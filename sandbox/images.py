"""Photos taken with a phone are scaled down on the server before they are stored.

A receipt photographed by a phone is often 4–12 MB at 4000 px or more; 2000 px on the longest side
keeps it legible, and a JPEG at quality 85 is a few hundred kB. The photo is also turned upright as
the camera recorded it, and written without its metadata (which can hold where it was taken).
"""

import io
from pathlib import PurePosixPath

from django.core.files.base import ContentFile
from PIL import Image, ImageOps

LONGEST_SIDE = 2000
SMALL_ENOUGH = 1_000_000  # bytes: an image this small and already this size is kept as it is
QUALITY = 85
SCALED_TYPES = {"image/jpeg", "image/png", "image/webp"}


def scaled_down(upload, content_type):
    """(ContentFile, "image/jpeg") for a photo larger than the portal keeps, or None to keep `upload`."""
    if content_type not in SCALED_TYPES:
        return None
    upload.seek(0)
    with Image.open(upload) as image:
        if max(image.size) <= LONGEST_SIDE and (upload.size or 0) <= SMALL_ENOUGH:
            upload.seek(0)
            return None
        image.draft("RGB", (LONGEST_SIDE, LONGEST_SIDE))  # JPEG decodes at a smaller scale, faster
        photo = ImageOps.exif_transpose(image)
        photo.thumbnail((LONGEST_SIDE, LONGEST_SIDE), Image.Resampling.LANCZOS)
        photo = _on_white(photo)
    out = io.BytesIO()
    photo.save(out, "JPEG", quality=QUALITY, optimize=True)
    upload.seek(0)
    name = PurePosixPath(upload.name or "receipt").with_suffix(".jpg").name
    return ContentFile(out.getvalue(), name=name), "image/jpeg"


def _on_white(image):
    """JPEG has no transparency: a transparent screenshot is laid on white, as it looks on a page."""
    if image.mode in ("RGBA", "LA", "P"):
        image = image.convert("RGBA")
        background = Image.new("RGB", image.size, "white")
        background.paste(image, mask=image.getchannel("A"))
        return background
    return image.convert("RGB")
