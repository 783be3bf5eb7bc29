"""Carrier tracking number formats, recognised with their check digits where they have one.

Only the shape is checked here (so that a scan of a label's barcode goes straight to a tracking
search); a number of an unknown format is still searched as a customer reference first and as a
tracking number after that, so a carrier missing from this list costs one extra look-up, no more.
"""

from __future__ import annotations

import re

# ASCII only: ``\d`` alone would also take Arabic-Indic or full-width digits, which no carrier's
# search finds; the scan classifier maps those to ASCII digits before asking.
_UPU_S10 = re.compile(r"^[A-Z]{2}(\d{8})(\d)[A-Z]{2}$", re.ASCII)
_UPS = re.compile(r"^1Z[A-Z0-9]{15}\d$", re.ASCII)
_S10_WEIGHTS = (8, 6, 4, 2, 3, 5, 9, 7)


def s10_check_digit(serial: str) -> int:
    """Return the UPU S10 check digit of an eight-digit serial number (Royal Mail, most posts)."""
    total = sum(int(digit) * weight for digit, weight in zip(serial, _S10_WEIGHTS, strict=True))
    check = 11 - total % 11
    return {10: 0, 11: 5}.get(check, check)


def ups_check_digit(body: str) -> int:
    """Return the check digit of a UPS ``1Z`` number from the 15 characters after ``1Z``.

    Letters count as ``(ord - 63) % 10``; odd positions (1-based) count once, even ones twice.
    """
    values = [int(c) if c.isdigit() else (ord(c) - 63) % 10 for c in body]
    total = sum(v if index % 2 == 0 else 2 * v for index, v in enumerate(values))
    return (10 - total % 10) % 10


def has_tracking_shape(code: str) -> bool:
    """Return whether ``code`` has the shape of a known format, whatever its check digit."""
    return bool(_UPU_S10.match(code) or _UPS.match(code))


def looks_like_tracking_number(code: str) -> bool:
    """Return whether ``code`` is a well-formed tracking number of a known format."""
    s10 = _UPU_S10.match(code)
    if s10:
        return s10_check_digit(s10.group(1)) == int(s10.group(2))
    if _UPS.match(code):
        return ups_check_digit(code[2:17]) == int(code[17])
    return False
