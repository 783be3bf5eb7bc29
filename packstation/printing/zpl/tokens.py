"""Cut one ZPL label format into commands.

The text is handled as Latin-1 so that every byte survives unchanged; field data is turned into
characters later, under the ``^CI`` in force. A command is its prefix, a two-character name and
the raw parameter text up to the next prefix. Field data (``^FD``/``^FV``) and graphic data
(``^GF``) end only at the next format prefix, so ``~`` inside them stays data. ``^CC``/``~CC``,
``^CT``/``~CT`` and ``^CD``/``~CD`` change the prefixes and the parameter delimiter while cutting.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

# Commands whose parameter text may hold the control prefix as ordinary data.
_DATA_COMMANDS = frozenset({"FD", "FV", "GF", "FX"})


@dataclass(frozen=True)
class Command:
    """One ZPL command: ``kind`` is ``"^"`` (format) or ``"~"`` (control), ``name`` upper case."""

    kind: str
    name: str
    raw: str
    delimiter: str = ","

    @property
    def label(self) -> str:
        """The command as written in listings, for example ``^BC`` or ``~DG``."""
        return self.kind + self.name

    def params(self, count: int = 0) -> list[str]:
        """Split the parameters at the delimiter; pad with empty strings up to ``count``."""
        parts = self.raw.split(self.delimiter) if self.raw else []
        parts = [part.strip() for part in parts]
        return parts + [""] * (count - len(parts))


def decode_bytes(data: bytes | str) -> str:
    """Return ZPL text with one character per byte; ``str`` input is taken as its UTF-8 bytes."""
    if isinstance(data, str):
        data = data.encode("utf-8")
    return data.decode("latin-1")


def iter_commands(text: str) -> Iterator[Command]:
    """Yield the commands of ``text`` in order; text outside commands is ignored."""
    caret, tilde, delimiter = "^", "~", ","
    pos = 0
    length = len(text)
    while True:
        start = _next_prefix(text, pos, caret, tilde)
        if start < 0:
            return
        kind = "^" if text[start] == caret else "~"
        name = _read_name(text, start + 1, caret, tilde)
        body_start = start + 1 + len(name)
        name = name.upper()
        if name in ("CC", "CT", "CD"):
            new_char = text[body_start : body_start + 1]
            if new_char:
                if name == "CC":
                    caret = new_char
                elif name == "CT":
                    tilde = new_char
                else:
                    delimiter = new_char
            pos = body_start + 1
            continue
        if name == "GF" and kind == "^":
            end = _binary_graphic_end(text, body_start, delimiter)
            end = text.find(caret, body_start) if end is None else end
        elif name in _DATA_COMMANDS and kind == "^":
            end = text.find(caret, body_start)
        else:
            end = _next_prefix(text, body_start, caret, tilde)
        end = length if end < 0 else end
        yield Command(kind=kind, name=name, raw=text[body_start:end], delimiter=delimiter)
        pos = end


def _next_prefix(text: str, start: int, caret: str, tilde: str) -> int:
    """Position of the next caret or tilde prefix at or after ``start``, or -1."""
    first = text.find(caret, start)
    second = text.find(tilde, start)
    if first < 0:
        return second
    if second < 0:
        return first
    return min(first, second)


def _read_name(text: str, start: int, caret: str, tilde: str) -> str:
    """Up to two name characters after a prefix, stopping at another prefix."""
    name = ""
    for char in text[start : start + 2]:
        if char in (caret, tilde):
            break
        name += char
    return name


def _binary_graphic_end(text: str, start: int, delimiter: str) -> int | None:
    """End of a binary ``^GFB``/``^GFC`` field, whose data may hold prefix bytes; else None."""
    fields = text[start : start + 64].split(delimiter, 4)
    if len(fields) < 5 or fields[0].strip().upper() not in ("B", "C"):
        return None
    count = fields[1].strip()
    if not count.isdigit() or len(count) > 9:
        return None
    data_start = start + sum(len(part) + 1 for part in fields[:4])
    return min(len(text), data_start + int(count))
