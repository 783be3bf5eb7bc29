"""Host status (~HS) frames parse into flags and counters; encoding and parsing agree."""

from __future__ import annotations

import dataclasses

import pytest

from packstation.printing.status import (
    HostStatusError,
    PrinterStatus,
    encode_host_status,
    parse_host_status,
    split_frames,
)

# An answer as a Zebra ZD-series printer sends it when idle and ready.
READY_ANSWER = (
    b"\x02030,0,0,1218,000,0,0,0,000,0,0,0\x03\r\n"
    b"\x02001,0,0,0,1,2,6,0,00000000,1,000\x03\r\n"
    b"\x021234,0\x03\r\n"
)


def _parse(data: bytes) -> PrinterStatus:
    frames, rest = split_frames(data)
    assert rest == b""
    return parse_host_status(frames)


def test_a_ready_printer_has_no_faults() -> None:
    status = _parse(READY_ANSWER)
    assert status.faults == []
    assert status.is_ready and status.is_idle
    assert status.label_length_dots == 1218
    assert status.print_mode == 2


@pytest.mark.parametrize(
    ("line", "index", "field", "fault"),
    [
        (0, 1, "paper_out", "paper is out"),
        (0, 2, "paused", "printer is paused"),
        (0, 5, "buffer_full", "receive buffer is full"),
        (0, 9, "corrupt_ram", "printer memory lost its configuration"),
        (0, 10, "under_temperature", "print head is too cold"),
        (0, 11, "over_temperature", "print head is too hot"),
        (1, 2, "head_open", "print head is open"),
        (1, 3, "ribbon_out", "ribbon is out"),
    ],
)
def test_each_fault_flag_is_read_from_its_field(
    line: int, index: int, field: str, fault: str
) -> None:
    frames, _ = split_frames(READY_ANSWER)
    fields = frames[line].split(b",")
    fields[index] = b"1"
    frames[line] = b",".join(fields)
    status = parse_host_status(frames)
    assert getattr(status, field) is True
    assert status.faults == [fault]
    assert not status.is_ready


def test_counters_are_read_from_their_fields() -> None:
    answer = READY_ANSWER.replace(b",000,0,0,0,000", b",003,0,0,1,000").replace(
        b"00000000", b"00000002"
    )
    status = _parse(answer)
    assert status.formats_in_buffer == 3
    assert status.partial_format
    assert status.labels_remaining_in_batch == 2
    assert status.labels_pending == 5
    assert not status.is_idle


def test_noise_and_split_reads_are_handled() -> None:
    frames, rest = split_frames(b"junk" + READY_ANSWER[:20])
    assert frames == [] and rest.startswith(b"\x02")
    frames, rest = split_frames(rest + READY_ANSWER[20:])
    assert len(frames) == 3 and rest == b""


def test_every_field_round_trips_through_encoding() -> None:
    status = PrinterStatus(
        paper_out=True,
        paused=True,
        head_open=True,
        ribbon_out=True,
        buffer_full=True,
        over_temperature=True,
        under_temperature=True,
        corrupt_ram=True,
        partial_format=True,
        diagnostic_mode=True,
        thermal_transfer=True,
        label_waiting=True,
        label_length_dots=1624,
        formats_in_buffer=7,
        labels_remaining_in_batch=12,
        print_mode=3,
        graphics_stored=4,
    )
    assert _parse(encode_host_status(status)) == status
    assert _parse(encode_host_status(PrinterStatus())) == PrinterStatus()
    assert len(dataclasses.fields(status)) == 17


@pytest.mark.parametrize(
    "frames",
    [
        [b"030,0,0,1218,000,0,0,0,000,0,0,0", b"001,0,0,0,1,2,6,0,00000000,1,000"],
        [b"030,0,0", b"001,0,0,0,1,2,6,0,00000000,1,000", b"1234,0"],
        [b"030,x,0,1218,000,0,0,0,000,0,0,0", b"001,0,0,0,1,2,6,0,00000000,1,000", b"1234,0"],
        [b"\xff", b"001", b"1234,0"],
    ],
)
def test_garbled_answers_raise_host_status_error(frames: list[bytes]) -> None:
    with pytest.raises(HostStatusError):
        parse_host_status(frames)
