"""Label documents (PDF, PNG) to 1-bit rasters at a printer's dpi, and to ZPL ``^GF`` formats.

The conversion itself (Pillow, and PDFium for PDF) loads on first use of :func:`rasterize_label`,
:func:`plan_fit` or :func:`label_to_zpl`: sizes and errors do not need it, and a ZPL station
starts without Pillow.
"""

from typing import TYPE_CHECKING

from packstation.printing.lazy import lazy_names
from packstation.printing.raster.errors import LabelDoesNotFit, UnreadableLabelDocument
from packstation.printing.raster.sizes import (
    KNOWN_SIZES,
    LABEL_4X6,
    LABEL_4X8,
    LABEL_100X150,
    LABEL_A6,
    LabelSize,
    parse_label_size,
)

if TYPE_CHECKING:
    from packstation.printing.raster.convert import label_to_zpl
    from packstation.printing.raster.rasterize import plan_fit, rasterize_label

_LAZY = {
    "label_to_zpl": "packstation.printing.raster.convert",
    "plan_fit": "packstation.printing.raster.rasterize",
    "rasterize_label": "packstation.printing.raster.rasterize",
}

__all__ = [
    "KNOWN_SIZES",
    "LABEL_100X150",
    "LABEL_4X6",
    "LABEL_4X8",
    "LABEL_A6",
    "LabelDoesNotFit",
    "LabelSize",
    "UnreadableLabelDocument",
    "label_to_zpl",
    "parse_label_size",
    "plan_fit",
    "rasterize_label",
]


__getattr__ = lazy_names(__name__, globals(), _LAZY)
