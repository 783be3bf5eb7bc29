"""Code 128 as ZPL's ``^BC`` encodes it, including its ``>`` invocation codes.

Mode ``N`` (the default) starts in subset B unless the data starts with ``>9`` (A), ``>:`` (B) or
``>;`` (C), and follows the invocation codes in the data: ``>5`` code C, ``>6`` code B (FNC4 in
B), ``>7`` code A (FNC4 in A), ``>8`` FNC1, ``>2`` FNC3, ``>3`` FNC2, ``>4`` shift, ``>0`` ``>``,
``>=`` ``~``, ``><`` value 62 and ``>1`` value 95. A character the current subset cannot hold makes
the encoder switch subsets itself (the preview's choice, reported as a note). Mode ``A`` picks
subsets automatically, ``D`` is GS1-128 (leading FNC1, parentheses around AIs removed from the
bars and kept in the text) and ``U`` is the UCC case mode (19 digits plus a mod-10 check digit).
"""

from __future__ import annotations

from dataclasses import dataclass, field

# python-barcode's STOP lacks the final two-module bar that ends every Code 128 symbol.
_TERMINATION_BAR = "11"
START = {"A": 103, "B": 104, "C": 105}
CODE_C, CODE_B, CODE_A, FNC1, SHIFT = 99, 100, 101, 102, 98
_INVOCATION_VALUES = {"<": 62, "0": 30, "=": 94, "1": 95, "2": 96, "3": 97, "4": 98, "8": 102}
_STARTS = {"9": "A", ":": "B", ";": "C"}


@dataclass
class Code128Symbol:
    """Symbol values (start, data, check, without stop), the text line and encoding notes."""

    values: list[int]
    text: str
    notes: list[str] = field(default_factory=list)

    def modules(self) -> str:
        """Return the bar/space pattern as ``1``/``0`` modules, stop pattern included."""
        # python-barcode (and the Pillow its package loads) is needed to draw bars only; reading
        # a label's Code 128 data at the pre-print check does without it.
        from barcode.charsets.code128 import CODES, STOP

        symbols: str = "".join(CODES[value] for value in self.values)
        return symbols + str(STOP) + _TERMINATION_BAR


class _Builder:
    """Accumulates symbol values while tracking the subset in force."""

    def __init__(self, subset: str) -> None:
        self.subset = subset
        self.values = [START[subset]]
        self.text = ""
        self.notes: list[str] = []

    def switch(self, subset: str) -> None:
        if subset != self.subset:
            self.values.append({"A": CODE_A, "B": CODE_B, "C": CODE_C}[subset])
            self.subset = subset

    def special(self, value: int) -> None:
        """Add a value given by an invocation code; the code-change values move the subset."""
        self.values.append(value)
        if value == CODE_C:
            self.subset = "C"
        elif value == CODE_B and self.subset != "B":
            self.subset = "B"
        elif value == CODE_A and self.subset != "A":
            self.subset = "A"

    def char(self, char: str) -> None:
        code = ord(char)
        if code > 127:
            self.notes.append(f"Code 128 cannot hold {char!r}; left out")
            return
        if self.subset == "A" and code >= 96 or self.subset == "C":
            self.switch("B" if code >= 32 else "A")
            self.notes.append("Code 128 subset changed automatically for data the subset lacks")
        elif self.subset == "B" and code < 32:
            self.switch("A")
        self.values.append(code - 32 if code >= 32 else code + 64)
        self.text += char

    def digit_pair(self, pair: str) -> None:
        self.values.append(int(pair))
        self.text += pair

    def finish(self) -> Code128Symbol:
        checksum = self.values[0] + sum(i * v for i, v in enumerate(self.values[1:], start=1))
        return Code128Symbol(self.values + [checksum % 103], self.text, self.notes)


def encode_code128(data: str, mode: str = "N") -> Code128Symbol:
    """Encode ``^BC`` field data in ZPL ``mode`` (``N``, ``A``, ``D`` or ``U``)."""
    mode = (mode or "N").upper()
    if mode == "A":
        return _encode_automatic(data, fnc1_first=False, text=data)
    if mode == "D":
        return _encode_gs1(data)
    if mode == "U":
        return _encode_ucc_case(data)
    return _encode_invocations(data)


def _encode_invocations(data: str) -> Code128Symbol:
    """Mode N: follow the data's invocation codes literally."""
    subset = "B"
    if len(data) >= 2 and data[0] == ">" and data[1] in _STARTS:
        subset = _STARTS[data[1]]
        data = data[2:]
    builder = _Builder(subset)
    index = 0
    while index < len(data):
        char = data[index]
        if char == ">" and index + 1 < len(data):
            _invocation(builder, data[index + 1])
            index += 2
        elif builder.subset == "C":
            pair = data[index : index + 2]
            if len(pair) == 2 and pair.isdigit():
                builder.digit_pair(pair)
                index += 2
            else:
                builder.char(char)
                index += 1
        else:
            builder.char(char)
            index += 1
    return builder.finish()


def _invocation(builder: _Builder, code: str) -> None:
    """Apply one ``>`` invocation code in the builder's current subset."""
    if code in _STARTS:
        builder.switch(_STARTS[code])
    elif code == "5":
        builder.special(CODE_C)
    elif code == "6":
        builder.special(CODE_B)
    elif code == "7":
        builder.special(CODE_A)
    elif code in _INVOCATION_VALUES:
        value = _INVOCATION_VALUES[code]
        builder.values.append(value)
        if code in "0=<" and builder.subset != "C":
            builder.text += chr(value + 32)
    else:
        builder.notes.append(f"Code 128 invocation '>{code}' is unknown; kept as data")
        builder.char(">")
        builder.char(code)


def _digit_run(data: str, start: int) -> int:
    """Length of the run of ASCII digits at ``start``."""
    end = start
    while end < len(data) and data[end] in "0123456789":
        end += 1
    return end - start


def _encode_automatic(data: str, *, fnc1_first: bool, text: str, fnc1: str = "") -> Code128Symbol:
    """Pick subsets for a short symbol: C for digit runs of four or more, else B (A for controls).

    ``fnc1`` is a marker character that stands for FNC1 inside ``data`` (GS1 separators).
    """
    leading = _digit_run(data, 0)
    start = (
        "C" if leading >= 4 or (leading == len(data) and leading >= 2 and leading % 2 == 0) else ""
    )
    if not start:
        start = "A" if data and ord(data[0]) < 32 else "B"
    builder = _Builder(start)
    if fnc1_first:
        builder.values.append(FNC1)
    index = 0
    while index < len(data):
        char = data[index]
        if fnc1 and char == fnc1:
            builder.values.append(FNC1)
            index += 1
            continue
        run = _digit_run(data, index)
        at_end = index + run == len(data)
        if builder.subset == "C" and run >= 2:
            builder.digit_pair(data[index : index + 2])
            index += 2
            continue
        if run >= 4 and (at_end or run >= 6 or index == 0):
            if run % 2:
                builder.char(char)
                index += 1
            builder.switch("C")
            continue
        if builder.subset == "C":
            builder.switch("A" if ord(char) < 32 else "B")
        builder.char(char)
        index += 1
    symbol = builder.finish()
    symbol.text = text
    return symbol


_GS1_SEPARATOR = "\x1d"


def _encode_gs1(data: str) -> Code128Symbol:
    """Mode D: GS1-128 with FNC1 first; ``(AI)`` parentheses only in the text line."""
    bars = data.replace(">8", _GS1_SEPARATOR).replace("(", "").replace(")", "")
    text = data.replace(">8", "")
    return _encode_automatic(bars, fnc1_first=True, text=text, fnc1=_GS1_SEPARATOR)


def _encode_ucc_case(data: str) -> Code128Symbol:
    """Mode U: 19 digits (padded or cut) plus a mod-10 check digit, as an SSCC with AI 00."""
    digits = "".join(char for char in data if char.isdigit())[:19].rjust(19, "0")
    weights = sum(int(d) * (3 if i % 2 == 0 else 1) for i, d in enumerate(reversed(digits)))
    full = digits + str((10 - weights % 10) % 10)
    return _encode_automatic(full, fnc1_first=True, text=f"({full[:2]}){full[2:]}")
