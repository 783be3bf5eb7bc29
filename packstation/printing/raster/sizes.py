"""Label sizes a bench can be configured with, and their size in dots at a printer's dpi."""

from __future__ import annotations

import re
from dataclasses import dataclass

MM_PER_INCH = 25.4


@dataclass(frozen=True)
class LabelSize:
    """A label's printable width and height in millimetres (portrait: width ≤ height)."""

    name: str
    width_mm: float
    height_mm: float

    def dots(self, dpi: int) -> tuple[int, int]:
        """Return (width, height) in dots at ``dpi``."""
        return round(self.width_mm / MM_PER_INCH * dpi), round(self.height_mm / MM_PER_INCH * dpi)

    def __str__(self) -> str:
        return f"{self.name} ({self.width_mm:g} x {self.height_mm:g} mm)"


LABEL_4X6 = LabelSize("4x6 in", 101.6, 152.4)
LABEL_4X8 = LabelSize("4x8 in", 101.6, 203.2)
LABEL_A6 = LabelSize("A6", 105.0, 148.0)
LABEL_100X150 = LabelSize("100x150 mm", 100.0, 150.0)
KNOWN_SIZES = {
    "4x6": LABEL_4X6,
    "4x6in": LABEL_4X6,
    "4x8": LABEL_4X8,
    "4x8in": LABEL_4X8,
    "a6": LABEL_A6,
    "100x150": LABEL_100X150,
    "100x150mm": LABEL_100X150,
}
_SIZE_TEXT = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*x\s*(\d+(?:\.\d+)?)\s*(in|mm)?\s*$", re.IGNORECASE)


def parse_label_size(text: str) -> LabelSize:
    """Read ``4x6``, ``4x8in``, ``A6``, ``100x150mm`` or any ``WxH`` with ``in`` or ``mm``.

    Plain numbers up to 12 are inches, larger ones millimetres. Raises ``ValueError``.
    """
    key = text.strip().lower().replace(" ", "")
    if key in KNOWN_SIZES:
        return KNOWN_SIZES[key]
    match = _SIZE_TEXT.match(text)
    if match is None:
        raise ValueError(f"unknown label size {text!r}; use e.g. 4x6, 4x8, A6 or 100x150mm")
    width, height = float(match.group(1)), float(match.group(2))
    unit = (match.group(3) or ("in" if max(width, height) <= 12 else "mm")).lower()
    factor = MM_PER_INCH if unit == "in" else 1.0
    if width <= 0 or height <= 0:
        raise ValueError(f"label size {text!r} must be positive")
    return LabelSize(f"{match.group(1)}x{match.group(2)} {unit}", width * factor, height * factor)
