"""ZPL tools: split streams into labels, render a preview, encode and decode ``^GF`` graphics.

Plain Python and Pillow; no Qt, no I/O.

The preview (:func:`render_zpl`) draws ``^XA ^XZ ^FO ^FT ^LH ^LS ^PW ^LL ^PO ^LR ^CF ^A ^FW
^FB ^FD ^FV ^FS ^FH ^FR ^CI ^BY ^BC ^B3 ^B2 ^BE ^BU ^BQ ^BX ^GB ^GC ^GE ^GD ^GF ~DG ^XG ^IM``
and follows ``^CC ~CC ^CT ~CT ^CD``. Media, speed and similar settings (``^PQ ^PR ^MD ^MN ^FX
~SD``…) are accepted silently; every other command, and other barcode types, are listed in
``skipped_commands``. Bad input is drawn as far as possible and never raises.

The renderer and its barcode drawing (qrcode, python-barcode) load on first use of
:func:`render_zpl`: splitting, escaping and ``^GF`` work do not need them, and a station starts
without them.
"""

from typing import TYPE_CHECKING

from packstation.printing.lazy import lazy_names
from packstation.printing.zpl.blocks import ZplScan, count_labels, scan_zpl, split_labels
from packstation.printing.zpl.errors import IncompleteLabelError, ZplError
from packstation.printing.zpl.escape import escape_field_data, field_data_command
from packstation.printing.zpl.graphic import (
    decode_graphic_field,
    encode_graphic_field,
    pack_image,
)

if TYPE_CHECKING:
    from packstation.printing.zpl.render import RenderedLabels, render_zpl

_LAZY = {
    "RenderedLabels": "packstation.printing.zpl.render",
    "render_zpl": "packstation.printing.zpl.render",
}

__all__ = [
    "IncompleteLabelError",
    "RenderedLabels",
    "ZplError",
    "ZplScan",
    "count_labels",
    "decode_graphic_field",
    "encode_graphic_field",
    "escape_field_data",
    "field_data_command",
    "pack_image",
    "render_zpl",
    "scan_zpl",
    "split_labels",
]


__getattr__ = lazy_names(__name__, globals(), _LAZY)
