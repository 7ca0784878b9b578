"""PDF documents rendered by WeasyPrint from templates, with the project's own Thai font embedded."""

from pathlib import Path

from django.conf import settings
from django.template.loader import render_to_string
from django.utils import translation

FONT_DIR = Path(settings.BASE_DIR) / "static" / "vendor" / "fonts"


def font_faces():
    """@font-face rules for Sarabun (Thai and Latin glyphs merged into one file per weight)."""
    return "\n".join(
        f'@font-face {{ font-family: "Sarabun"; font-weight: {weight}; src: url("{(FONT_DIR / name).as_uri()}"); }}'
        for weight, name in ((400, "Sarabun-Regular.ttf"), (700, "Sarabun-Bold.ttf"))
    )


def render_pdf(template_name, context, language=None):
    """Render a template (extending pdf/base.html) to PDF bytes."""
    from weasyprint import HTML  # imported here: loading Pango is slow and only report tasks need it

    with translation.override(language or translation.get_language() or settings.LANGUAGE_CODE):
        html = render_to_string(template_name, {**context, "font_faces": font_faces()})
    return HTML(string=html, base_url=str(settings.BASE_DIR)).write_pdf()
