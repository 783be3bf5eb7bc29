"""Label documents (PDF, PNG) to 1-bit rasters at a printer's dpi, and to ZPL ``^GF`` formats."""

from packstation.printing.raster.convert import label_to_zpl
from packstation.printing.raster.errors import LabelDoesNotFit, UnreadableLabelDocument
from packstation.printing.raster.rasterize import plan_fit, rasterize_label
from packstation.printing.raster.sizes import (
    KNOWN_SIZES,
    LABEL_4X6,
    LABEL_4X8,
    LABEL_100X150,
    LABEL_A6,
    LabelSize,
    parse_label_size,
)

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
