"""Zebra host status (``~HS``): parse the printer's three-line answer, and build one.

The printer answers ``~HS`` with three frames, each ``STX … ETX CR LF``:

1. ``aaa,b,c,dddd,eee,f,g,h,iii,j,k,l`` — interface settings, paper out, paused, label length
   in dots, formats in the receive buffer, buffer full, communications diagnostic mode, partial
   format, unused, corrupt RAM, under temperature, over temperature;
2. ``mmm,n,o,p,q,r,s,t,uuuuuuuu,v,www`` — function settings, unused, head up (open), ribbon
   out, thermal transfer mode, print mode, print width mode, label waiting (peel-off), labels
   remaining in the batch, format while printing, graphics stored;
3. ``xxxx,y`` — password, static RAM installed.

:func:`encode_host_status` writes the same frames; the virtual printer answers with it.
"""

from __future__ import annotations

from dataclasses import dataclass

from packstation.domain.sentences import Sentence
from packstation.errors import UserFacingError

STX = b"\x02"
ETX = b"\x03"
FRAME_END = ETX + b"\r\n"
HOST_STATUS_QUERY = b"~HS"
_FIELDS_PER_LINE = (12, 11, 2)


class HostStatusError(UserFacingError):
    """The printer's status answer is garbled (wrong printer language or a noisy line)."""

    retryable = True


@dataclass(frozen=True)
class PrinterStatus:
    """One ``~HS`` answer: the conditions that stop printing and the buffer counters."""

    paper_out: bool = False
    paused: bool = False
    head_open: bool = False
    ribbon_out: bool = False
    buffer_full: bool = False
    over_temperature: bool = False
    under_temperature: bool = False
    corrupt_ram: bool = False
    partial_format: bool = False
    diagnostic_mode: bool = False
    thermal_transfer: bool = False
    label_waiting: bool = False
    label_length_dots: int = 0
    formats_in_buffer: int = 0
    labels_remaining_in_batch: int = 0
    print_mode: int = 0
    graphics_stored: int = 0

    @property
    def faults(self) -> list[str]:
        """Conditions that stop or spoil printing, worded for the operator, most urgent first."""
        checks = (
            (self.head_open, Sentence("print head is open")),
            (self.paper_out, Sentence("paper is out")),
            (self.ribbon_out, Sentence("ribbon is out")),
            (self.paused, Sentence("printer is paused")),
            (self.over_temperature, Sentence("print head is too hot")),
            (self.under_temperature, Sentence("print head is too cold")),
            (self.buffer_full, Sentence("receive buffer is full")),
            (self.corrupt_ram, Sentence("printer memory lost its configuration")),
        )
        return [text for present, text in checks if present]

    @property
    def is_ready(self) -> bool:
        """Whether nothing stops the printer from printing."""
        return not self.faults

    @property
    def labels_pending(self) -> int:
        """Labels the printer holds but has not printed: queued formats plus the current batch."""
        return self.formats_in_buffer + self.labels_remaining_in_batch

    @property
    def is_idle(self) -> bool:
        """Whether everything received has been printed (nothing queued, nothing half-read)."""
        return self.labels_pending == 0 and not self.partial_format


def split_frames(data: bytes) -> tuple[list[bytes], bytes]:
    """Cut complete ``STX … ETX`` frames (payload only) from ``data``; return them and the rest.

    Bytes before an ``STX`` are noise and dropped; an unfinished frame is returned as the rest
    so that a reader can append more data and call again.
    """
    frames: list[bytes] = []
    while True:
        start = data.find(STX)
        if start < 0:
            return frames, b""
        end = data.find(ETX, start + 1)
        if end < 0:
            return frames, data[start:]
        frames.append(data[start + 1 : end])
        data = data[end + 1 :].removeprefix(b"\r\n")


def parse_host_status(frames: list[bytes]) -> PrinterStatus:
    """Turn the three ``~HS`` frame payloads into a :class:`PrinterStatus`."""
    if len(frames) < 3:
        raise HostStatusError(
            f"The printer's status answer is incomplete ({len(frames)} of 3 lines)."
        )
    try:
        lines = [
            [field.strip() for field in frame.decode("ascii").split(",")] for frame in frames[:3]
        ]
    except UnicodeDecodeError as error:
        raise HostStatusError("The printer's status answer is not readable text.") from error
    for line_number, (fields, expected) in enumerate(zip(lines, _FIELDS_PER_LINE, strict=True), 1):
        if len(fields) < expected:
            raise HostStatusError(
                f"The printer's status line {line_number} has {len(fields)} fields, "
                f"expected {expected}."
            )
    first, second, _third = lines
    return PrinterStatus(
        paper_out=_number(first[1]) == 1,
        paused=_number(first[2]) == 1,
        label_length_dots=_number(first[3]),
        formats_in_buffer=_number(first[4]),
        buffer_full=_number(first[5]) == 1,
        diagnostic_mode=_number(first[6]) == 1,
        partial_format=_number(first[7]) == 1,
        corrupt_ram=_number(first[9]) == 1,
        under_temperature=_number(first[10]) == 1,
        over_temperature=_number(first[11]) == 1,
        head_open=_number(second[2]) == 1,
        ribbon_out=_number(second[3]) == 1,
        thermal_transfer=_number(second[4]) == 1,
        print_mode=_print_mode(second[5]),
        label_waiting=_number(second[7]) == 1,
        labels_remaining_in_batch=_number(second[8]),
        graphics_stored=_number(second[10]),
    )


def _number(text: str) -> int:
    if not text.isdigit():
        raise HostStatusError(f"The printer's status answer has a non-number field {text!r}.")
    return int(text)


def _print_mode(text: str) -> int:
    # Newer firmware reports letters for modes above 9; they are not needed, so map them to -1.
    return int(text) if text.isdigit() else -1


def encode_host_status(status: PrinterStatus, *, interface_settings: int = 0) -> bytes:
    """Build the three framed lines a printer in ``status`` answers to ``~HS``."""

    def flag(value: bool) -> str:
        return "1" if value else "0"

    first = ",".join(
        (
            f"{interface_settings:03d}",
            flag(status.paper_out),
            flag(status.paused),
            f"{status.label_length_dots:04d}",
            f"{status.formats_in_buffer:03d}",
            flag(status.buffer_full),
            flag(status.diagnostic_mode),
            flag(status.partial_format),
            "000",
            flag(status.corrupt_ram),
            flag(status.under_temperature),
            flag(status.over_temperature),
        )
    )
    second = ",".join(
        (
            "000",
            "0",
            flag(status.head_open),
            flag(status.ribbon_out),
            flag(status.thermal_transfer),
            str(status.print_mode if status.print_mode >= 0 else 0),
            "0",
            flag(status.label_waiting),
            f"{status.labels_remaining_in_batch:08d}",
            "1",
            f"{status.graphics_stored:03d}",
        )
    )
    third = "1234,0"
    return b"".join(STX + line.encode("ascii") + FRAME_END for line in (first, second, third))
