import io

from pypdf import PdfReader

# A PDF maps each glyph to one text. Thai SARA AM is drawn as NIKHAHIT + the SARA AA glyph,
# so extraction can read SARA AA as SARA AM and the other way round; the page looks right.
_FOLD = str.maketrans({"\u0e33": "\u0e32", "\u0e4d": None})


def fold_thai(text):
    return text.translate(_FOLD)


def without_spaces(text):
    """Thai has no spaces between words, so a table cell may wrap a name anywhere."""
    return "".join(text.split())


def pdf_text(content):
    """The text of every page of a PDF, folded so that Thai words compare reliably."""
    return fold_thai("".join(page.extract_text() for page in PdfReader(io.BytesIO(content)).pages))


def write_page_pngs(content, stem, dpi=70, pages=None):
    """Each page (or the first `pages`) of a PDF as stem-<n>.png, drawn by PDFium (the library the receipt
    previews use), so that people can look at what the tests made without poppler installed."""
    import pypdfium2

    document = pypdfium2.PdfDocument(content)
    written = []
    try:
        for index in range(min(len(document), pages or len(document))):
            page = document[index]
            path = f"{stem}-{index + 1}.png"
            page.render(scale=dpi / 72).to_pil().save(path)
            page.close()
            written.append(path)
    finally:
        document.close()
    return written
