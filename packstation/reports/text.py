"""Text made safe for reportlab's standard fonts and Paragraph markup, and the shared formats.

The documents use the PDF standard fonts (Helvetica): they need no embedding, so pages stay small
and fast. Those fonts cover the Windows-1252 repertoire; anything else would print as a black box,
so letters outside it are folded to their base letter and the rest become ``?``.
"""

from __future__ import annotations

import unicodedata
from datetime import datetime
from decimal import Decimal
from xml.sax.saxutils import escape

from reportlab.pdfbase.pdfmetrics import stringWidth

_STANDARD_FONT_ENCODING = "cp1252"
_ELLIPSIS = "\u2026"
# Letters whose Unicode decomposition does not lead to a plain base letter.
_LETTER_FOLDS = str.maketrans(
    {"Ł": "L", "ł": "l", "Đ": "D", "đ": "d", "Ħ": "H", "ħ": "h", "ı": "i"}
)
_TWO_PLACES = Decimal("0.01")
_THREE_PLACES = Decimal("0.001")


def _fits_standard_font(char: str) -> bool:
    try:
        char.encode(_STANDARD_FONT_ENCODING)
    except UnicodeEncodeError:
        return False
    return True


def _fold(char: str) -> str:
    """Return ``char`` as the standard fonts can print it."""
    if _fits_standard_font(char):
        return char
    folded = char.translate(_LETTER_FOLDS)
    if folded != char and all(_fits_standard_font(part) for part in folded):
        return folded
    base = "".join(
        part for part in unicodedata.normalize("NFKD", char) if not unicodedata.combining(part)
    )
    if base and all(_fits_standard_font(part) for part in base):
        return base
    return "?"


def _shown(char: str) -> str:
    """Return what stands for ``char`` on paper: separators become spaces, invisibles go."""
    category = unicodedata.category(char)
    if category in ("Zs", "Zl", "Zp") or char in "\t\r\n":
        return " "
    if category in ("Cc", "Cf"):
        return ""
    return _fold(char)


def printable(text: str) -> str:
    """Return ``text`` without control characters and with only letters the standard fonts have."""
    if text.isascii() and text.isprintable():
        return text
    return "".join(_shown(char) for char in text)


def markup(text: str) -> str:
    """Return ``text`` ready for reportlab Paragraph markup (``<``, ``>`` and ``&`` escaped)."""
    return escape(printable(text))


def fit(text: str, font_name: str, font_size_pt: float, width_pt: float) -> str:
    """Return printable ``text``, cut with an ellipsis when it is wider than ``width_pt``."""
    shown = printable(text)
    if stringWidth(shown, font_name, font_size_pt) <= width_pt:
        return shown
    ellipsis_pt = stringWidth(_ELLIPSIS, font_name, font_size_pt)
    low, high = 0, len(shown)
    # Binary search for the longest prefix that still leaves room for the ellipsis.
    while low < high:
        middle = (low + high + 1) // 2
        if stringWidth(shown[:middle], font_name, font_size_pt) + ellipsis_pt <= width_pt:
            low = middle
        else:
            high = middle - 1
    return shown[:low].rstrip() + _ELLIPSIS


def format_kg(weight_kg: Decimal) -> str:
    """Return a weight with two decimals, or three when grams would otherwise be lost."""
    grams = weight_kg.quantize(_THREE_PLACES)
    if grams == grams.quantize(_TWO_PLACES):
        return f"{grams:,.2f}"
    return f"{grams:,.3f}"


def format_count(count: int) -> str:
    """Return a count with thousands separators."""
    return f"{count:,}"


def format_when(moment: datetime) -> str:
    """Return a date and time to the minute, with the zone when the time carries one."""
    shown = moment.strftime("%Y-%m-%d %H:%M")
    zone = moment.tzname()
    return f"{shown} {zone}" if zone else shown
