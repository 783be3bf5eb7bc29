"""EAN-13 (``^BE``) and UPC-A (``^BU``): module patterns from python-barcode, check digit added."""

from __future__ import annotations

from dataclasses import dataclass, field

import barcode
from barcode.errors import BarcodeError

_LENGTHS = {"ean13": 12, "upca": 11}


@dataclass
class EanSymbol:
    """Modules as ``1``/``0``, the full number with its check digit, and notes."""

    modules: str
    text: str
    notes: list[str] = field(default_factory=list)


def encode_ean(data: str, kind: str) -> EanSymbol | None:
    """Encode for ``kind`` ``"ean13"`` or ``"upca"``; None when the data holds no digits.

    Like the printer, the number is cut or zero-padded on the left to 12 (EAN) or 11 (UPC)
    digits and the check digit is computed, not taken from the data.
    """
    digits = "".join(char for char in data if char.isdigit())
    notes = []
    if len(digits) != len(data):
        notes.append(f"{kind.upper()} holds digits only; other characters left out")
    if not digits:
        return None
    length = _LENGTHS[kind]
    digits = digits[:length].rjust(length, "0")
    try:
        symbol = barcode.get_barcode_class(kind)(digits)
    except BarcodeError as error:
        notes.append(f"{kind.upper()} cannot encode {digits!r} ({error})")
        return None
    modules: str = "".join(symbol.build())
    return EanSymbol(modules, str(symbol.get_fullcode()), notes)
