"""Code 128 symbols drawn straight onto a reportlab canvas as one filled path each.

reportlab's Code 128 encoder (with its switch to the dense digit set) gives the bar pattern; the
bars are then drawn as rectangles of a single path, far cheaper than a barcode Flowable per row.
"""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.graphics.barcode.code128 import Code128
from reportlab.pdfgen.canvas import Canvas

# Code 128 asks for a quiet zone of ten modules on each side of the symbol.
QUIET_ZONE_MODULES = 10
_FIRST_PRINTABLE = 32
_LAST_PRINTABLE = 126
_MAX_LENGTH = 80


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
    # The decomposed pattern alternates letters: upper case is a bar, lower case a space, and the
    # letter's place in the alphabet is its width in modules.
    pattern: str = symbol.decompose()
    bars: list[tuple[int, int]] = []
    position = 0
    for letter in pattern:
        if letter.isupper():
            width = ord(letter) - ord("A") + 1
            bars.append((position, width))
        else:
            width = ord(letter) - ord("a") + 1
        position += width
    return Code128Bars(value=value, bars=tuple(bars), modules=position)


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
