"""Reading the reports' PDFs back: pages, text and the Code 128 symbols a scanner would see."""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager

import pypdfium2 as pdfium
import zxingcpp
from PIL import Image

PAGE_NUMBER = re.compile(r"Page (\d+) of (\d+)")


@contextmanager
def opened(data: bytes) -> Iterator[pdfium.PdfDocument]:
    """Open PDF bytes with pdfium and close the document afterwards."""
    document = pdfium.PdfDocument(data)
    try:
        yield document
    finally:
        document.close()


def page_count(data: bytes) -> int:
    """Return how many pages the PDF has."""
    with opened(data) as document:
        return len(document)


def page_texts(data: bytes) -> list[str]:
    """Return the extracted text of every page."""
    with opened(data) as document:
        texts = []
        for page in document:
            text_page = page.get_textpage()
            texts.append(text_page.get_text_range())
            text_page.close()
            page.close()
        return texts


def page_barcodes(data: bytes, page_index: int, dpi: int = 150) -> list[str]:
    """Render one page at ``dpi`` on white and return the Code 128 texts decoded from it."""
    with opened(data) as document:
        page = document[page_index]
        rendered = page.render(scale=dpi / 72).to_pil().convert("RGBA")
        page.close()
    white = Image.new("RGBA", rendered.size, (255, 255, 255, 255))
    grey = Image.alpha_composite(white, rendered).convert("L")
    found = zxingcpp.read_barcodes(grey, formats=zxingcpp.BarcodeFormat.Code128)
    return sorted(barcode.text for barcode in found)


def page_numbers(text: str) -> tuple[int, int]:
    """Return the ("page n", "of m") pair printed in a page's footer."""
    match = PAGE_NUMBER.search(text)
    assert match is not None, f"no page number on page: {text[:200]!r}"
    return int(match.group(1)), int(match.group(2))
