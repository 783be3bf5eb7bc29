"""Pictures of a label file for the packer's screen: PNG bytes, one per label.

ZPL is drawn by the toolkit's preview renderer (at the file's dpi when it has one, since its
coordinates are dots at that dpi), PDF pages are rendered with pypdfium2 as they are (no fitting
or thresholding: the packer sees the document PRO sent), and a PNG file is shown as it came.
"""

from __future__ import annotations

import io
from typing import TYPE_CHECKING

from packstation.domain.labels import LabelFile, LabelLanguage
from packstation.printing.bench.pages import as_label_size
from packstation.printing.raster import LabelSize, UnreadableLabelDocument
from packstation.printing.raster.sizes import MM_PER_INCH

if TYPE_CHECKING:
    from PIL import Image

DEFAULT_DPI = 203


def label_preview(
    labels: LabelFile,
    dpi: int = DEFAULT_DPI,
    *,
    label_size: LabelSize | str = "4x6",
    pages: int | None = None,
) -> list[bytes]:
    """Return PNG bytes per label of ``labels`` (of the first ``pages`` only, when given).

    ``label_size`` is the page size a ZPL label is drawn on unless its ``^PW``/``^LL`` say
    otherwise. ``pages`` spares rendering what will not be shown: a driver sheet of a long shift
    has hundreds of pages. Raises :class:`UnreadableLabelDocument` for a PDF that cannot be read.
    """
    if dpi <= 0:
        raise ValueError("dpi must be positive")
    if pages is not None and pages < 1:
        raise ValueError("pages must be at least 1")
    size = as_label_size(label_size)
    if labels.language is LabelLanguage.PNG:
        return [labels.data]
    if labels.language is LabelLanguage.PDF:
        return [_png(page) for page in _pdf_pages(labels.data, dpi, pages)]
    # The renderer (drawing, qrcode, python-barcode) loads with the first preview, not at start.
    from packstation.printing.zpl.render import render_zpl

    rendered = render_zpl(
        labels.data,
        dpi=labels.dpi or dpi,
        width_in=size.width_mm / MM_PER_INCH,
        height_in=size.height_mm / MM_PER_INCH,
    )
    return [_png(image) for image in rendered.images[:pages]]


class LabelPreviewer:
    """Previews label files at one dpi and label size (the bench's label printer's)."""

    def __init__(self, *, dpi: int = DEFAULT_DPI, label_size: LabelSize | str = "4x6") -> None:
        if dpi <= 0:
            raise ValueError("dpi must be positive")
        self.dpi = dpi
        self.label_size = as_label_size(label_size)

    def preview(self, labels: LabelFile, *, pages: int | None = None) -> list[bytes]:
        """Return PNG bytes per label of ``labels`` (of the first ``pages`` only, when given)."""
        return label_preview(labels, self.dpi, label_size=self.label_size, pages=pages)


def _pdf_pages(document: bytes, dpi: int, pages: int | None) -> list[Image.Image]:
    import pypdfium2  # PDFium loads with the first PDF label, not when the station starts

    try:
        pdf = pypdfium2.PdfDocument(document)
    except pypdfium2.PdfiumError as error:
        raise UnreadableLabelDocument(f"The label PDF cannot be read ({error}).") from error
    try:
        return [
            pdf[index]
            .render(scale=dpi / 72, fill_color=(255, 255, 255, 255), grayscale=True)
            .to_pil()
            .convert("L")
            for index in range(len(pdf) if pages is None else min(pages, len(pdf)))
        ]
    finally:
        pdf.close()


def _png(image: Image.Image) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return buffer.getvalue()
