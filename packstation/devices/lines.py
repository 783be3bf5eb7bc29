"""Turning a byte stream from a serial device into lines, bounded in length and in time.

Scales and scanners both send text lines. :class:`LineSplitter` cuts incoming bytes at any of the
terminator bytes, drops empty lines, and drops a line that grows past its limit (a device that
streams garbage without line ends must not make the bench buffer it forever).
:func:`read_lines_until` pulls bytes from an open port until a caller-supplied test is satisfied
or a deadline passes, so no read ever waits longer than the caller allowed.
"""

from __future__ import annotations

import time
from collections.abc import Callable

import serial

DEFAULT_MAX_LINE_BYTES = 256


class LineSplitter:
    """Accumulates bytes and hands out complete, non-empty lines without their terminators."""

    def __init__(
        self, terminators: bytes = b"\r\n", *, max_line_bytes: int = DEFAULT_MAX_LINE_BYTES
    ) -> None:
        if not terminators:
            raise ValueError("at least one line terminator byte is needed")
        self._terminators = frozenset(terminators)
        self._max_line_bytes = max_line_bytes
        self._pending = bytearray()
        self._discarding = False
        self.overlong_lines = 0

    @property
    def pending(self) -> bytes:
        """The bytes of the line not finished yet."""
        return bytes(self._pending)

    def feed(self, data: bytes) -> list[bytes]:
        """Add ``data`` and return the lines it completed, oldest first."""
        lines: list[bytes] = []
        for byte in data:
            if byte in self._terminators:
                if self._pending and not self._discarding:
                    lines.append(bytes(self._pending))
                self._pending.clear()
                self._discarding = False
            elif not self._discarding:
                self._pending.append(byte)
                if len(self._pending) > self._max_line_bytes:
                    # Keep dropping until the next terminator: the tail of an overlong line is
                    # not a line of its own.
                    self._pending.clear()
                    self._discarding = True
                    self.overlong_lines += 1
        return lines

    def reset(self) -> None:
        """Forget any unfinished line."""
        self._pending.clear()
        self._discarding = False


def read_available(port: serial.SerialBase) -> bytes:
    """Read what the port has, waiting at most the port's own (short) timeout for one byte.

    Raises :class:`serial.SerialException` when the device went away.
    """
    return bytes(port.read(max(1, port.in_waiting)))


def read_lines_until(
    port: serial.SerialBase,
    splitter: LineSplitter,
    done: Callable[[list[bytes]], bool],
    *,
    timeout_s: float,
) -> tuple[list[bytes], bool]:
    """Collect lines from ``port`` until ``done(lines)`` is true or ``timeout_s`` has passed.

    Returns every line received and whether ``done`` was satisfied. Each read of the port is
    bounded by the port's timeout, so the call ends at most one port timeout after the deadline.
    """
    deadline = time.monotonic() + timeout_s
    lines: list[bytes] = []
    while True:
        chunk = read_available(port)
        if chunk:
            lines.extend(splitter.feed(chunk))
            if done(lines):
                return lines, True
        if time.monotonic() >= deadline:
            return lines, False
