"""Split a ZPL byte stream into label formats (``^XA`` … ``^XZ``) and count printed labels.

A stream from a carrier or a socket holds label formats, whitespace and control commands such as
``~HS`` or ``~JA`` between them; only the formats are labels. The command prefixes can be changed
with ``^CC``/``~CC`` (format prefix) and ``^CT``/``~CT`` (control prefix); the scanner follows such
changes, and a label found while a prefix differs from the default is returned with the prefix
command prepended so that every returned block can be rendered on its own.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field

from packstation.printing.zpl.errors import IncompleteLabelError

DEFAULT_FORMAT_PREFIX = b"^"
DEFAULT_CONTROL_PREFIX = b"~"
# ZPL caps ^PQ at eight digits; bigger numbers are clamped rather than trusted.
MAX_QUANTITY = 99_999_999
_PQ_QUANTITY = re.compile(rb"\s*(\d*)")


@dataclass(frozen=True)
class ZplScan:
    """What a ZPL byte stream contains, in order of appearance.

    ``labels`` are complete formats. ``control_commands`` are control commands found *between*
    formats (for example ``b"~HS"``), stripped of surrounding whitespace. ``discarded`` are
    formats that were opened but replaced by a new ``^XA`` before their ``^XZ``. ``remainder`` is
    the trailing part that is not finished yet: an open format or a cut-off command; a streaming
    reader keeps it and scans it again together with the next bytes. ``sequence`` lists labels
    and control commands together in stream order as ``("label" | "control", bytes)``.
    """

    labels: list[bytes] = field(default_factory=list)
    control_commands: list[bytes] = field(default_factory=list)
    discarded: list[bytes] = field(default_factory=list)
    remainder: bytes = b""
    sequence: list[tuple[str, bytes]] = field(default_factory=list)

    @property
    def incomplete(self) -> bool:
        """Whether a format is left open at the end of the data."""
        return bool(self.remainder.strip())


class _Scanner:
    """One pass over a byte stream; holds the prefixes in force and the open format."""

    def __init__(self, data: bytes) -> None:
        self.data = data
        self.caret = DEFAULT_FORMAT_PREFIX
        self.tilde = DEFAULT_CONTROL_PREFIX
        self.label_start: int | None = None
        self.label_header = b""
        self.result = ZplScan()

    def _prefix_header(self) -> bytes:
        """Commands that make a block readable by a parser that starts with default prefixes."""
        header = b""
        if self.tilde != DEFAULT_CONTROL_PREFIX:
            header += DEFAULT_CONTROL_PREFIX + b"CT" + self.tilde
        if self.caret != DEFAULT_FORMAT_PREFIX:
            header += DEFAULT_FORMAT_PREFIX + b"CC" + self.caret
        return header

    def _control_header(self) -> bytes:
        """``~CT`` that lets a default parser read a control command under a changed prefix."""
        if self.tilde == DEFAULT_CONTROL_PREFIX:
            return b""
        return DEFAULT_CONTROL_PREFIX + b"CT" + self.tilde

    def _next_prefix(self, start: int) -> int:
        """Position of the next format or control prefix at or after ``start``, or -1."""
        positions = [
            p
            for p in (self.data.find(self.caret, start), self.data.find(self.tilde, start))
            if p >= 0
        ]
        return min(positions) if positions else -1

    def run(self) -> ZplScan:
        data = self.data
        pos = 0
        while (found := _turning_points(self.caret, self.tilde).search(data, pos)) is not None:
            p = found.start()
            name = data[p + 1 : p + 3].upper()
            if len(name) < 2:
                return self._finish(cut_at=p)
            prefix = data[p : p + 1]
            if name in (b"CC", b"CT"):
                new_prefix = data[p + 3 : p + 4]
                if not new_prefix:
                    return self._finish(cut_at=p)
                if name == b"CC":
                    self.caret = new_prefix
                else:
                    self.tilde = new_prefix
                pos = p + 4
            elif prefix == self.caret and name == b"XA":
                self._open_label(p)
                pos = p + 3
            elif prefix == self.caret and name == b"XZ" and self.label_start is not None:
                label = self.label_header + data[self.label_start : p + 3]
                self.result.labels.append(label)
                self.result.sequence.append(("label", label))
                self.label_start = None
                pos = p + 3
            elif prefix == self.tilde and self.label_start is None:
                end = self._next_prefix(p + 3)
                end = len(data) if end < 0 else end
                control = self._control_header() + data[p:end].strip()
                self.result.control_commands.append(data[p:end].strip())
                self.result.sequence.append(("control", control))
                pos = end
            else:
                pos = p + 1
        return self._finish(cut_at=None)

    def _open_label(self, position: int) -> None:
        if self.label_start is not None:
            self.result.discarded.append(self.label_header + self.data[self.label_start : position])
        self.label_start = position
        self.label_header = self._prefix_header()

    def _finish(self, cut_at: int | None) -> ZplScan:
        if self.label_start is not None:
            remainder = self.label_header + self.data[self.label_start :]
        elif cut_at is not None:
            remainder = self._prefix_header() + self.data[cut_at:]
        else:
            remainder = b""
        return ZplScan(
            labels=self.result.labels,
            control_commands=self.result.control_commands,
            discarded=self.result.discarded,
            sequence=self.result.sequence,
            remainder=remainder,
        )


@functools.lru_cache(maxsize=16)
def _turning_points(caret: bytes, tilde: bytes) -> re.Pattern[bytes]:
    """Where the scan can change course under these prefixes; every other prefix is skipped.

    That is a format prefix starting ``CC``/``CT``/``XA``/``XZ`` (any case), any prefix too close
    to the end to read a command name, and every control prefix (a control command between
    formats, or a prefix change inside one). A label's other hundred-odd commands are never
    visited one by one.
    """
    format_prefix, control_prefix = re.escape(caret), re.escape(tilde)
    return re.compile(
        format_prefix + rb"(?:[cC][cCtT]|[xX][aAzZ]|.?\Z)|" + control_prefix, re.DOTALL
    )


def scan_zpl(data: bytes) -> ZplScan:
    """Scan a ZPL stream without raising: formats, control commands and the unfinished rest."""
    return _Scanner(data).run()


def split_labels(data: bytes) -> list[bytes]:
    """Return each ``^XA`` … ``^XZ`` block of ``data``, in order.

    Whitespace, line breaks and control commands between blocks are not labels and are left out.
    Raises :class:`IncompleteLabelError` when a format is opened but not closed (at the end of
    the data or because a new ``^XA`` starts first); the error carries the complete labels and
    the unterminated rest. Use :func:`scan_zpl` to read a stream that may still be arriving.
    """
    scan = scan_zpl(data)
    if scan.discarded:
        raise IncompleteLabelError(
            "The ZPL data has a label that starts (^XA) but never ends (^XZ) before the next one.",
            labels=scan.labels,
            remainder=scan.discarded[0],
        )
    if scan.remainder.strip():
        raise IncompleteLabelError(
            "The ZPL data ends in the middle of a label (no closing ^XZ).",
            labels=scan.labels,
            remainder=scan.remainder,
        )
    return scan.labels


def label_quantity(label: bytes) -> int:
    """Return how many copies one format prints: its last ``^PQ`` quantity, 1 when absent."""
    scan_prefix = DEFAULT_FORMAT_PREFIX
    cc = re.search(rb"[\^~][cC][cC](.)", label, re.DOTALL)
    if cc is not None:
        scan_prefix = cc.group(1)
    marker = re.compile(re.escape(scan_prefix) + rb"[pP][qQ]")
    quantity = 1
    for match in marker.finditer(label):
        digits = _PQ_QUANTITY.match(label, match.end())
        value = digits.group(1) if digits else b""
        # Long digit runs are clamped before int() so garbage cannot cost time or raise.
        quantity = min(int(value[:9]), MAX_QUANTITY) if value else 1
    # ^PQ0 prints nothing on some firmware and one label on others; a preview counts one.
    return max(quantity, 1)


def count_labels(data: bytes) -> int:
    """Count the labels ``data`` prints: one per format, times its ``^PQ`` quantity.

    Raises :class:`IncompleteLabelError` like :func:`split_labels`.
    """
    return sum(label_quantity(label) for label in split_labels(data))
