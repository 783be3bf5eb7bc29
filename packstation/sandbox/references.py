"""PRO-style identifiers: ``EC-xxx-xxx-xxx`` and friends, 32-hex ids and GUIDs."""

from __future__ import annotations

import string
import uuid

ALPHABET = string.digits + string.ascii_uppercase
# Counters start well above zero so that references look like PRO's (``EC-000-05B-MMA``).
FIRST_COUNTER_VALUE = 5 * 36**4


def format_reference(prefix: str, number: int) -> str:
    """Format ``number`` as a nine-character base-36 reference with the given prefix."""
    if number < 0 or number >= 36**9:
        raise ValueError(f"reference number out of range: {number}")
    digits = []
    for _ in range(9):
        number, remainder = divmod(number, 36)
        digits.append(ALPHABET[remainder])
    text = "".join(reversed(digits))
    return f"{prefix}-{text[0:3]}-{text[3:6]}-{text[6:9]}"


def hex_id() -> str:
    """Return a 32-hex identifier (items, customer manifests)."""
    return uuid.uuid4().hex


def guid() -> str:
    """Return a GUID string (quotes, quote requests)."""
    return str(uuid.uuid4())
