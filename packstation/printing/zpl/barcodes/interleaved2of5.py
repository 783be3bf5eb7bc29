"""Interleaved 2 of 5 as ZPL's ``^B2`` draws it (DHL Leitcode and Identcode use it).

Digits go in pairs: the first digit of a pair is drawn in the bars, the second in the spaces.
An odd number of digits gets a leading zero; the optional check digit is the mod-10 one with
weights 3 and 1 from the right.
"""

from __future__ import annotations

from dataclasses import dataclass, field

# Each digit as five elements, True = wide.
_DIGITS = {
    "0": "nnwwn",
    "1": "wnnnw",
    "2": "nwnnw",
    "3": "wwnnn",
    "4": "nnwnw",
    "5": "wnwnn",
    "6": "nwwnn",
    "7": "nnnww",
    "8": "wnnwn",
    "9": "nwnwn",
}
_START = "nnnn"
_STOP = "wnn"


@dataclass
class Interleaved2of5Symbol:
    """Elements as ``n``/``w`` alternating bar and space, the text line and notes."""

    elements: str
    text: str
    notes: list[str] = field(default_factory=list)


def mod10_check_digit(digits: str) -> str:
    """Return the check digit with weights 3, 1, 3… counted from the rightmost digit."""
    total = sum(int(d) * (3 if i % 2 == 0 else 1) for i, d in enumerate(reversed(digits)))
    return str((10 - total % 10) % 10)


def encode_interleaved_2of5(data: str, *, check_digit: bool = False) -> Interleaved2of5Symbol:
    """Encode the digits of ``data``; anything else is left out and noted."""
    digits = "".join(char for char in data if char in _DIGITS)
    notes = (
        ["Interleaved 2 of 5 holds digits only; other characters left out"]
        if len(digits) != len(data)
        else []
    )
    if check_digit:
        if len(digits) % 2 == 0:
            digits = "0" + digits
        digits += mod10_check_digit(digits)
    elif len(digits) % 2:
        digits = "0" + digits
    elements = _START
    for first, second in zip(digits[::2], digits[1::2], strict=True):
        elements += "".join(
            bar + space for bar, space in zip(_DIGITS[first], _DIGITS[second], strict=True)
        )
    return Interleaved2of5Symbol(elements + _STOP, digits, notes)


def interleaved_widths(
    symbol: Interleaved2of5Symbol, narrow_dots: int, wide_dots: int
) -> list[int]:
    """Alternating bar/space widths in dots, starting with a bar."""
    return [wide_dots if element == "w" else narrow_dots for element in symbol.elements]
