"""Label files as pictures: one image per label, at a printer's dpi and label size.

ZPL is drawn by the toolkit's renderer; PDF and PNG go through the raster conversion that also
feeds ``^GF`` jobs, so a picture here is exactly what a thermal printer at that dpi would print
(thresholded, fitted to the label, a stacked PNG cut into its labels).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from packstation.domain.labels import LabelFile, LabelLanguage
from packstation.printing.raster import LabelSize, UnreadableLabelDocument, parse_label_size
from packstation.printing.raster.sizes import MM_PER_INCH

if TYPE_CHECKING:
    from PIL import Image


def as_label_size(value: LabelSize | str) -> LabelSize:
    """Return ``value`` as a :class:`LabelSize` (``"4x6"``, ``"A6"``…); raise ``ValueError``."""
    return parse_label_size(value) if isinstance(value, str) else value


def label_images(labels: LabelFile, *, dpi: int, label_size: LabelSize) -> list[Image.Image]:
    """Return one image per label of ``labels`` as a printer at ``dpi`` would print it.

    ZPL is drawn at the file's own dpi when it has one (its coordinates are dots at that dpi).
    Raises the raster conversion's errors (a page that does not fit, an unreadable document).
    """
    if labels.language is LabelLanguage.ZPL:
        # The renderer (drawing, qrcode, python-barcode) loads on the first picture, not at start.
        from packstation.printing.zpl.render import render_zpl

        rendered = render_zpl(
            labels.data,
            dpi=labels.dpi or dpi,
            width_in=label_size.width_mm / MM_PER_INCH,
            height_in=label_size.height_mm / MM_PER_INCH,
        )
        return rendered.images
    # Pillow loads with the first PDF or PNG label, not at start.
    from packstation.printing.raster.rasterize import rasterize_label

    return rasterize_label(labels.data, dpi=dpi, label_size=label_size)


def pdf_page_count(document: bytes) -> int:
    """Return how many pages a PDF holds; raise :class:`UnreadableLabelDocument` if unreadable."""
    import pypdfium2  # PDFium loads with the first PDF label, not when the station starts

    try:
        pdf = pypdfium2.PdfDocument(document)
    except pypdfium2.PdfiumError as error:
        raise UnreadableLabelDocument(f"The label PDF cannot be read ({error}).") from error
    try:
        return len(pdf)
    finally:
        pdf.close()
