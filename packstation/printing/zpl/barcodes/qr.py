"""QR codes for ``^BQ``: read ZPL's field-data prefix and build the module matrix with qrcode."""

from __future__ import annotations

from dataclasses import dataclass

import qrcode
from qrcode.constants import ERROR_CORRECT_H, ERROR_CORRECT_L, ERROR_CORRECT_M, ERROR_CORRECT_Q

_LEVELS = {"L": ERROR_CORRECT_L, "M": ERROR_CORRECT_M, "Q": ERROR_CORRECT_Q, "H": ERROR_CORRECT_H}


@dataclass
class QrData:
    """Error-correction level and payload taken from ``^BQ`` field data."""

    level: str
    payload: bytes


def parse_qr_field(data: bytes, default_level: str) -> QrData:
    """Split ZPL QR field data such as ``QA,text`` or ``MM,Bnnnn...``.

    The first character is the error-correction level (``H``, ``Q``, ``M``, ``L``), the second
    the input mode (``A`` automatic, ``M`` manual), then a comma. In manual mode one more
    character names the data type (``N``, ``A``, ``B`` with a four-digit byte count, ``K``).
    Data without that prefix is taken whole.
    """
    if len(data) >= 3 and data[2:3] == b",":
        level = chr(data[0]).upper()
        level = level if level in _LEVELS else default_level
        mode = chr(data[1]).upper()
        payload = data[3:]
        if mode == "M" and payload:
            kind = chr(payload[0]).upper()
            payload = payload[1:]
            if kind == "B" and payload[:4].isdigit():
                count = int(payload[:4])
                payload = payload[4 : 4 + count]
        return QrData(level, payload)
    return QrData(default_level, data)


def qr_modules(payload: bytes, level: str) -> list[list[bool]]:
    """Return the QR symbol's modules (``True`` = dark) without quiet zone."""
    code = qrcode.QRCode(error_correction=_LEVELS.get(level, ERROR_CORRECT_Q), border=0)
    code.add_data(payload)
    code.make(fit=True)
    return [[bool(cell) for cell in row] for row in code.get_matrix()]
