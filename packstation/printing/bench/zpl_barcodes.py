"""Read the Code 128 (``^BC``) data of a ZPL label straight from its commands.

A field is everything from its barcode command to ``^FS`` (or ``^XZ``): ``^FH`` in the field turns
its hex escapes into bytes, ``^FD``/``^FV`` give the data, and ``^BC``'s sixth parameter is the
mode (``N``, ``U``, ``A``, ``D``). The data then goes through the ZPL toolkit's Code 128 encoder,
which follows the ``>`` invocation codes exactly as the bars are drawn, and is read back from the
symbol values as a scanner would report it (:mod:`.code128_text`). No rendering is needed.
"""

from __future__ import annotations

from dataclasses import dataclass

from packstation.printing.bench.code128_text import scanned_text
from packstation.printing.zpl.barcodes.code128 import encode_code128
from packstation.printing.zpl.escape import unescape_field_hex
from packstation.printing.zpl.tokens import Command, decode_bytes, iter_commands

_CODE128_MODES = "NUAD"


@dataclass
class _Field:
    """The parts of one field that decide a Code 128 symbol's content."""

    kind: str = ""
    mode: str = "N"
    data: str | None = None
    hex_indicator: str | None = None

    def scanned(self) -> str | None:
        """Return what a scanner reads from this field; None when it is not a Code 128 field."""
        if self.kind != "BC" or self.data is None:
            return None
        raw = self.data.encode("latin-1")
        if self.hex_indicator is not None:
            raw = unescape_field_hex(raw, self.hex_indicator.encode("latin-1"))
        symbol = encode_code128(raw.decode("latin-1"), self.mode)
        return scanned_text(symbol.values)


def code128_data(label: bytes) -> list[str]:
    """Return what a scanner reads from each ``^BC`` field of one ZPL label, in order."""
    found: list[str] = []
    current = _Field()
    for command in iter_commands(decode_bytes(label)):
        if command.label in ("^FS", "^XZ"):
            text = current.scanned()
            if text is not None:
                found.append(text)
            current = _Field()
        else:
            _apply(current, command)
    text = current.scanned()
    if text is not None:
        found.append(text)
    return found


def _apply(current: _Field, command: Command) -> None:
    """Note what ``command`` contributes to the field being assembled."""
    if command.kind != "^":
        return
    name = command.name
    if name == "BC":
        current.kind = "BC"
        mode = command.params(6)[5][:1].upper()
        current.mode = mode if mode and mode in _CODE128_MODES else "N"
    elif name in ("FD", "FV"):
        # Line breaks inside field data are not data; the printer skips them too.
        current.data = command.raw.replace("\r", "").replace("\n", "")
    elif name == "FH":
        current.hex_indicator = command.raw[:1] or "_"
    elif name[:1] == "B" and name != "BY" or name == "GF":
        # Another symbol or a graphic owns this field's data.
        current.kind = name
