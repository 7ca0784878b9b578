"""PDF documents rendered by WeasyPrint, always with the project's own Thai font (Sarabun) embedded,
so that text and chart labels read the same whatever fonts the machine has."""

from pathlib import Path

from django.conf import settings
from django.template.loader import render_to_string
from django.utils import translation

FONT_DIR = Path(settings.BASE_DIR) / "static" / "vendor" / "fonts"
FONT_FAMILY = "Sarabun"


def font_faces():
    """@font-face rules for Sarabun (Thai and Latin glyphs merged into one file per weight)."""
    return "\n".join(
        f'@font-face {{ font-family: "{FONT_FAMILY}"; font-weight: {weight}; '
        f'src: url("{(FONT_DIR / name).as_uri()}"); }}'
        for weight, name in ((400, "Sarabun-Regular.ttf"), (700, "Sarabun-Bold.ttf"))
    )


def render_document(html):
    """The laid-out WeasyPrint document of an HTML page (its pages and boxes); Sarabun is declared for every
    document, so no text falls back to a system font."""
    from weasyprint import CSS, HTML  # imported here: loading Pango is slow and only PDF requests need it
    from weasyprint.text.fonts import FontConfiguration

    fonts = FontConfiguration()
    own_font = CSS(string=f'{font_faces()}\nhtml {{ font-family: "{FONT_FAMILY}", sans-serif; }}', font_config=fonts)
    return HTML(string=html, base_url=str(settings.BASE_DIR)).render(stylesheets=[own_font], font_config=fonts)


def html_to_pdf(html):
    """PDF bytes of an HTML document."""
    return render_document(html).write_pdf()


def render_pdf(template_name, context, language=None):
    """Render a template (extending pdf/base.html) to PDF bytes."""
    with translation.override(language or translation.get_language() or settings.LANGUAGE_CODE):
        html = render_to_string(template_name, context)
    return html_to_pdf(html)
