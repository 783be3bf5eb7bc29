"""ZPL tools: split streams into labels, render a preview, encode and decode ``^GF`` graphics.

Plain Python and Pillow; no Qt, no I/O.
"""

from packstation.printing.zpl.blocks import count_labels, scan_zpl, split_labels
from packstation.printing.zpl.errors import IncompleteLabelError, ZplError
from packstation.printing.zpl.render import RenderedLabels, render_zpl

__all__ = [
    "IncompleteLabelError",
    "RenderedLabels",
    "ZplError",
    "count_labels",
    "render_zpl",
    "scan_zpl",
    "split_labels",
]
