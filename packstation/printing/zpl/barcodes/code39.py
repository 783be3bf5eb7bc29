"""Code 39 as ZPL's ``^B3`` draws it: narrow and wide elements, optional mod-43 check digit."""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field

from barcode.charsets.code39 import EDGE, MAP

_ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ-. $/+%"


@dataclass
class Code39Symbol:
    """Per character: its nine elements as ``True`` for wide; plus the text line and notes."""

    characters: list[list[bool]]
    text: str
    notes: list[str] = field(default_factory=list)


def _elements(modules: str) -> list[bool]:
    """Turn a module string (wide = three modules) into nine narrow/wide flags."""
    return [len(list(group)) > 1 for _, group in itertools.groupby(modules)]


def encode_code39(data: str, *, check_digit: bool = False) -> Code39Symbol:
    """Encode ``data``; characters outside Code 39 are left out and noted."""
    notes: list[str] = []
    kept = ""
    for char in data:
        if char in _ALPHABET:
            kept += char
        else:
            notes.append(f"Code 39 cannot hold {char!r}; left out")
    payload = kept
    if check_digit:
        payload += _ALPHABET[sum(_ALPHABET.index(char) for char in kept) % 43]
    characters = [_elements(EDGE)]
    characters += [_elements(MAP[char][1]) for char in payload]
    characters.append(_elements(EDGE))
    return Code39Symbol(characters, f"*{payload}*", notes)


def code39_widths(symbol: Code39Symbol, narrow_dots: int, wide_dots: int) -> list[int]:
    """Alternating bar/space widths in dots, starting with a bar, narrow gaps between characters."""
    widths: list[int] = []
    for index, character in enumerate(symbol.characters):
        if index:
            widths.append(narrow_dots)
        widths.extend(wide_dots if wide else narrow_dots for wide in character)
    return widths
