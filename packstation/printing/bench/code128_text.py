r"""What a scanner reads from a Code 128 symbol, worked out from its symbol values.

The ZPL toolkit's encoder turns ``^BC`` field data (with its ``>`` invocation codes) into symbol
values; this module reads those values back the way a scanner does, so that the pre-print check
compares tracking numbers with the bars and not with the raw field text:

- subsets A, B and C, code changes and the one-character shift;
- FNC1 in the first data position is the GS1 marker and yields no text (scanners report it in the
  symbology identifier ``]C1``); later FNC1 values are the GS separator ``\x1d``;
- FNC2 and FNC3 yield no text; FNC4 adds 128 to the next character, two in a row latch that.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

_STARTS = {103: "A", 104: "B", 105: "C"}
_SHIFT, _CODE_C, _CODE_B, _CODE_A, _FNC1 = 98, 99, 100, 101, 102
_FNC3, _FNC2 = 96, 97
GROUP_SEPARATOR = "\x1d"


@dataclass
class _Reader:
    """The state of a scanner walking through the data values."""

    subset: str
    text: list[str] = field(default_factory=list)
    shift_next: bool = False
    upper_next: bool = False
    upper_latched: bool = False
    previous_fnc4: bool = False

    def read(self, position: int, value: int) -> None:
        subset = self.subset
        if self.shift_next:
            subset = "B" if self.subset == "A" else "A"
            self.shift_next = False
        if value == _FNC1:
            self.text.append("" if position == 0 else GROUP_SEPARATOR)
        elif subset == "C":
            self._read_c(value)
        else:
            self._read_ab(subset, value)

    def _read_c(self, value: int) -> None:
        if value < 100:
            self.text.append(f"{value:02d}")
        else:
            self.subset = "B" if value == _CODE_B else "A"

    def _read_ab(self, subset: str, value: int) -> None:
        fnc4 = (value == _CODE_B and subset == "B") or (value == _CODE_A and subset == "A")
        if fnc4:
            self._fnc4()
            return
        self.previous_fnc4 = False
        if value < 96:
            self._character(subset, value)
        elif value == _SHIFT:
            self.shift_next = True
        elif value == _CODE_C:
            self.subset = "C"
        elif value in (_CODE_A, _CODE_B):
            self.subset = "A" if value == _CODE_A else "B"
        # FNC2 and FNC3 are instructions to the scanner and carry no text.

    def _fnc4(self) -> None:
        if self.previous_fnc4:
            # Two FNC4 in a row switch extended characters on (or off) until the next pair.
            self.upper_latched = not self.upper_latched
            self.upper_next = False
            self.previous_fnc4 = False
        else:
            self.upper_next = True
            self.previous_fnc4 = True

    def _character(self, subset: str, value: int) -> None:
        code = value + 32 if subset == "B" or value < 64 else value - 64
        if self.upper_latched != self.upper_next:
            code += 128
        self.upper_next = False
        self.text.append(chr(code))


def scanned_text(values: Sequence[int]) -> str:
    """Return the text a scanner reports for Code 128 ``values`` (start, data…, check).

    Raises ``ValueError`` when the first value is not a start code.
    """
    if not values or values[0] not in _STARTS:
        raise ValueError("Code 128 values must begin with a start code (103, 104 or 105)")
    reader = _Reader(_STARTS[values[0]])
    for position, value in enumerate(values[1:-1]):
        reader.read(position, value)
    return "".join(reader.text)
