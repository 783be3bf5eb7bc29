"""Read PDFs in tests: text per document and barcodes from rendered pages."""

from __future__ import annotations

import pypdfium2
import zxingcpp

RENDER_DPI = 203


def pdf_text(data: bytes) -> str:
    """Return the text of every page."""
    document = pypdfium2.PdfDocument(data)
    try:
        texts = []
        for index in range(len(document)):
            page = document[index]
            textpage = page.get_textpage()
            texts.append(textpage.get_text_range())
            textpage.close()
            page.close()
        return "\n".join(texts)
    finally:
        document.close()


def pdf_barcodes(data: bytes, barcode_format: zxingcpp.BarcodeFormat) -> list[str]:
    """Return the decoded barcodes of every page, rendered at 203 dpi, in page order."""
    document = pypdfium2.PdfDocument(data)
    try:
        found: list[str] = []
        for index in range(len(document)):
            page = document[index]
            bitmap = page.render(scale=RENDER_DPI / 72)
            image = bitmap.to_pil().convert("L")
            results = zxingcpp.read_barcodes(image)
            ordered = sorted(results, key=lambda r: (r.position.top_left.y, r.position.top_left.x))
            found += [r.text for r in ordered if r.format == barcode_format]
            bitmap.close()
            page.close()
        return found
    finally:
        document.close()
