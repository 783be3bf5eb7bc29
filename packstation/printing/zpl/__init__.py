"""ZPL tools: split streams into labels, render a preview, encode and decode ``^GF`` graphics.

Plain Python and Pillow; no Qt, no I/O.

The preview (:func:`render_zpl`) draws ``^XA ^XZ ^FO ^FT ^LH ^LS ^PW ^LL ^PO ^LR ^CF ^A ^FW
^FB ^FD ^FV ^FS ^FH ^FR ^CI ^BY ^BC ^B3 ^B2 ^BE ^BU ^BQ ^BX ^GB ^GC ^GE ^GD ^GF ~DG ^XG ^IM``
and follows ``^CC ~CC ^CT ~CT ^CD``. Media, speed and similar settings (``^PQ ^PR ^MD ^MN ^FX
~SD``…) are accepted silently; every other command, and other barcode types, are listed in
``skipped_commands``. Bad input is drawn as far as possible and never raises.
"""

from packstation.printing.zpl.blocks import ZplScan, count_labels, scan_zpl, split_labels
from packstation.printing.zpl.errors import IncompleteLabelError, ZplError
from packstation.printing.zpl.escape import escape_field_data, field_data_command
from packstation.printing.zpl.graphic import (
    decode_graphic_field,
    encode_graphic_field,
    pack_image,
)
from packstation.printing.zpl.render import RenderedLabels, render_zpl

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
