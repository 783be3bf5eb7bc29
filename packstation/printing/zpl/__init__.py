"""ZPL tools: split streams into labels, render a preview, encode and decode ``^GF`` graphics.

Plain Python and Pillow; no Qt, no I/O.
"""

from packstation.printing.zpl.blocks import count_labels, scan_zpl, split_labels
from packstation.printing.zpl.errors import IncompleteLabelError, ZplError

__all__ = ["IncompleteLabelError", "ZplError", "count_labels", "scan_zpl", "split_labels"]
