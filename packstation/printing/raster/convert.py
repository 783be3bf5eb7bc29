"""PDF or PNG labels to ZPL: one ``^XA^FO0,0^GFA…^FS^XZ`` format per page."""

from __future__ import annotations

from packstation.printing.raster.rasterize import rasterize_label
from packstation.printing.raster.sizes import LabelSize
from packstation.printing.zpl.graphic import Compression, encode_graphic_field


def label_to_zpl(
    document: bytes,
    *,
    dpi: int,
    label_size: LabelSize | str = "4x6",
    compression: Compression = "z64",
) -> bytes:
    """Convert a label document to ZPL for a printer at ``dpi`` with ``label_size`` media.

    ``compression`` is ``"z64"`` (smallest, the default), ``"rle"`` (ZPL's run-length form, for
    old printers) or ``"hex"``. Every page is checked and drawn before any ZPL is produced, so a
    page that does not fit raises :class:`LabelDoesNotFit` and nothing is returned.
    """
    pages = rasterize_label(document, dpi=dpi, label_size=label_size)
    formats = [f"^XA^FO0,0{encode_graphic_field(page, compression)}^FS^XZ\n" for page in pages]
    return "".join(formats).encode("ascii")
