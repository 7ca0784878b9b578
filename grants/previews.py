"""Receipt previews: a reviewer sees a receipt as an image on the review page instead of opening each
file. A PDF's first page is rendered with PDFium, a photo is scaled down; the JPEG is kept in the private
storage beside the receipt and served only by grants.views.ReceiptPreviewView, under the receipt's own
access rule.
"""

import io
import logging
import os
import secrets
from pathlib import PurePosixPath

import pypdfium2
from PIL import Image, ImageOps

logger = logging.getLogger(__name__)

MAX_WIDTH = 800
MAX_HEIGHT = 1600
QUALITY = 80


def preview_name(expenditure):
    """Where the receipt's preview is kept: beside it, named after it (a new receipt has a new name)."""
    receipt = PurePosixPath(expenditure.receipt.name)
    return str(receipt.with_name(f"{receipt.stem}.preview.jpg"))


def receipt_preview(expenditure):
    """The storage name of the receipt's preview, made on first use; None when there is no receipt or
    its file cannot be drawn (a damaged PDF): the page then links to the file itself."""
    if not expenditure.receipt:
        return None
    storage = expenditure.receipt.storage
    name = preview_name(expenditure)
    if storage.exists(name):
        return name
    try:
        with expenditure.receipt.open("rb") as receipt:
            data = receipt.read()
        image = _draw(data, expenditure.receipt_type)
    except (OSError, ValueError, pypdfium2.PdfiumError, Image.DecompressionBombError) as exc:
        logger.warning("no preview for the receipt of expenditure %s: %s", expenditure.pk, exc)
        return None
    _write_atomically(storage.path(name), image)
    return name


def _draw(data, content_type):
    if content_type == "application/pdf" or data.startswith(b"%PDF-"):
        image = _first_page(data)
    else:
        with Image.open(io.BytesIO(data)) as photo:
            photo.draft("RGB", (MAX_WIDTH, MAX_HEIGHT))  # JPEG decodes at a smaller scale: far less memory
            image = ImageOps.exif_transpose(photo).convert("RGB")
    image.thumbnail((MAX_WIDTH, MAX_HEIGHT))  # PDFium rounds its pixels up
    return image


def _first_page(data):
    document = pypdfium2.PdfDocument(data)
    try:
        if len(document) == 0:
            raise ValueError("the PDF has no pages")
        page = document[0]
        width, height = page.get_size()
        # Points to pixels: as wide as MAX_WIDTH, never taller than MAX_HEIGHT, at most 3 pixels a point.
        scale = min(MAX_WIDTH / max(width, 1), MAX_HEIGHT / max(height, 1), 3)
        image = page.render(scale=scale).to_pil().convert("RGB")
        page.close()
    finally:
        document.close()
    return image


def _write_atomically(path, image):
    """Two readers opening the same receipt at once each write their own file; the last rename wins
    and neither ever serves a half-written one."""
    os.makedirs(os.path.dirname(path), exist_ok=True)
    partial = f"{path}.{secrets.token_hex(4)}.part"
    image.save(partial, "JPEG", quality=QUALITY, optimize=True)
    os.replace(partial, path)
