"""Read the Code 128 (``^BC``) data of a ZPL label straight from its commands.

A field is everything from its barcode command to ``^FS`` (or ``^XZ``): ``^FH`` in the field turns
its hex escapes into bytes, ``^FD``/``^FV`` give the data, and ``^BC``'s sixth parameter is the
mode (``N``, ``U``, ``A``, ``D``). The data then goes through the ZPL toolkit's Code 128 encoder,
which follows the ``>`` invocation codes exactly as the bars are drawn, and is read back from the
symbol values as a scanner would report it (:mod:`.code128_text`). No rendering is needed.

A label's fields are independent of each other, so only the fields that hold a ``^BC`` are cut
into commands, unless the label changes a prefix or the delimiter or carries binary graphic data
(after which a ``^FS`` in the bytes is not necessarily a field end): then the whole label is.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from packstation.printing.bench.code128_text import scanned_text
from packstation.printing.zpl.barcodes.code128 import encode_code128
from packstation.printing.zpl.escape import unescape_field_hex
from packstation.printing.zpl.tokens import Command, decode_bytes, iter_commands

_CODE128_MODES = "NUAD"
_FIELD_END = re.compile(r"\^[fF][sS]")
_CODE128_COMMAND = re.compile(r"\^[bB][cC]")
# ^CC/^CT/^CD (either prefix) change how the text is cut; ^GFB/^GFC data may hold any byte.
_CUTS_DIFFERENTLY = re.compile(r"[\^~][cC][cCtTdD]|\^[gG][fF]\s*[bBcC]")


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
    text = decode_bytes(label)
    if _CUTS_DIFFERENTLY.search(text) is not None:
        return _read_fields(text)
    found: list[str] = []
    for field_text in _FIELD_END.split(text):
        if _CODE128_COMMAND.search(field_text) is not None:
            found += _read_fields(field_text)
    return found


def _read_fields(text: str) -> list[str]:
    """Cut ``text`` into commands and read every Code 128 field in it, in order."""
    found: list[str] = []
    current = _Field()
    for command in iter_commands(text):
        if command.label in ("^FS", "^XZ"):
            scanned = current.scanned()
            if scanned is not None:
                found.append(scanned)
            current = _Field()
        else:
            _apply(current, command)
    scanned = current.scanned()
    if scanned is not None:
        found.append(scanned)
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
