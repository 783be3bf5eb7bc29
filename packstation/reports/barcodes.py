"""Code 128 symbols drawn straight onto a reportlab canvas as one filled path each.

reportlab's Code 128 encoder (with its switch to the dense digit set) gives the bar pattern; the
bars are then drawn as rectangles of a single path, far cheaper than a barcode Flowable per row.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import accumulate

from reportlab.graphics.barcode.code128 import Code128
from reportlab.pdfgen.canvas import Canvas

# Code 128 asks for a quiet zone of ten modules on each side of the symbol.
QUIET_ZONE_MODULES = 10
_FIRST_PRINTABLE = 32
_LAST_PRINTABLE = 126
_MAX_LENGTH = 80
# Code 128 elements are one to four modules wide.
_ELEMENT_WIDTHS = str.maketrans("abcdABCD", "12341234")


@dataclass(frozen=True)
class Code128Bars:
    """The bars of one Code 128 symbol, in modules (multiples of the narrowest bar)."""

    value: str
    bars: tuple[tuple[int, int], ...]
    modules: int

    def width_pt(self, module_pt: float) -> float:
        """Return the symbol's width without quiet zones at ``module_pt`` per module."""
        return self.modules * module_pt


def encodable(value: str) -> bool:
    """Return whether ``value`` can be a Code 128 symbol that scans back as the same text."""
    return 0 < len(value) <= _MAX_LENGTH and all(
        _FIRST_PRINTABLE <= ord(char) <= _LAST_PRINTABLE for char in value
    )


def code128_bars(value: str) -> Code128Bars | None:
    """Return the bar pattern of ``value``, or None when it cannot be encoded faithfully."""
    if not encodable(value):
        return None
    symbol = Code128(value, quiet=0)
    symbol.validate()
    symbol.encode()
    # The decomposed pattern spells each element's width in modules as a letter (a = 1, b = 2,
    # ...), upper case for bars and lower case for spaces; Code 128 always alternates the two,
    # starting with a bar, so bars are the even elements.
    pattern: str = symbol.decompose()
    if not (pattern[0::2].isupper() and pattern[1::2].islower()):
        return None
    widths = [int(digit) for digit in pattern.translate(_ELEMENT_WIDTHS)]
    starts = list(accumulate(widths, initial=0))
    bars = tuple(zip(starts[0::2], widths[0::2], strict=False))
    return Code128Bars(value=value, bars=bars, modules=starts[-1])


def bars_operators(
    symbol: Code128Bars, x_pt: float, y_pt: float, module_pt: float, height_pt: float
) -> str:
    """Return the PDF operators that paint ``symbol`` in black, its first bar at ``x_pt``.

    The bars are painted in module units under a scaling matrix, so each one is a short
    integer rectangle: one path per symbol and a fraction of the bytes of point coordinates.
    """
    rectangles = " ".join(f"{start} 0 {width} 1 re" for start, width in symbol.bars)
    matrix = f"{module_pt:.4f} 0 0 {height_pt:.3f} {x_pt:.3f} {y_pt:.3f} cm"
    return f"q 0 g {matrix} {rectangles} f Q"


def draw_bars(
    canvas: Canvas,
    symbol: Code128Bars,
    x_pt: float,
    y_pt: float,
    module_pt: float,
    height_pt: float,
) -> None:
    """Draw ``symbol`` with its first bar at ``x_pt`` and its bottom at ``y_pt``."""
    # addLiteral is reportlab's public way to put operators in the page stream; the q/Q pair
    # keeps the matrix and colour change from leaking into the canvas state.
    canvas.addLiteral(bars_operators(symbol, x_pt, y_pt, module_pt, height_pt))
