"""Line splitting, unit conversion and serial addresses."""

from __future__ import annotations

import errno
from decimal import Decimal

import pytest
import serial

from packstation.devices.lines import LineSplitter
from packstation.devices.serial_ports import (
    SerialAddress,
    describe_port_error,
    parse_serial_address,
)
from packstation.devices.units import from_kg, normalise_unit, to_kg


def test_lines_are_cut_at_any_terminator_and_empty_ones_dropped() -> None:
    splitter = LineSplitter()
    assert splitter.feed(b"one\r\ntw") == [b"one"]
    assert splitter.pending == b"tw"
    assert splitter.feed(b"o\n\r\n\rthree\r") == [b"two", b"three"]
    assert splitter.pending == b""


def test_an_overlong_line_is_dropped_up_to_its_end() -> None:
    splitter = LineSplitter(max_line_bytes=4)
    assert splitter.feed(b"abcdefgh\nok\n") == [b"ok"]
    assert splitter.overlong_lines == 1


def test_custom_terminator() -> None:
    splitter = LineSplitter(b"\t")
    assert splitter.feed(b"a\r\nb\tc\t") == [b"a\r\nb", b"c"]


def test_no_terminator_is_refused() -> None:
    with pytest.raises(ValueError):
        LineSplitter(b"")


@pytest.mark.parametrize(
    ("value", "unit", "kg"),
    [
        ("1", "kg", "1"),
        ("1500", "g", "1.5"),
        ("1", "lb", "0.45359237"),
        ("1", "oz", "0.028349523125"),
        ("16", "OZ", "0.45359237"),
        ("1000000", "mg", "1"),
    ],
)
def test_units_convert_exactly(value: str, unit: str, kg: str) -> None:
    assert to_kg(Decimal(value), unit) == Decimal(kg)
    assert from_kg(Decimal(kg), unit) == Decimal(value)


def test_unknown_units() -> None:
    assert normalise_unit(" Lb ") == "lb"
    assert normalise_unit("ct") is None
    with pytest.raises(KeyError):
        to_kg(Decimal(1), "ct")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("/dev/ttyUSB0", SerialAddress("/dev/ttyUSB0", 9600)),
        ("COM3", SerialAddress("COM3", 9600)),
        ("/dev/ttyUSB0?baud=4800", SerialAddress("/dev/ttyUSB0", 4800)),
        ("serial:///dev/ttyS1?baud=19200", SerialAddress("/dev/ttyS1", 19200)),
        ("socket://127.0.0.1:4001", SerialAddress("socket://127.0.0.1:4001", 9600)),
        ("loop://?logging=debug", SerialAddress("loop://?logging=debug", 9600)),
    ],
)
def test_serial_addresses(text: str, expected: SerialAddress) -> None:
    assert parse_serial_address(text) == expected


@pytest.mark.parametrize("text", ["", "  ", "/dev/ttyUSB0?speed=9600", "COM1?baud=fast", "?baud=1"])
def test_bad_serial_addresses(text: str) -> None:
    with pytest.raises(ValueError):
        parse_serial_address(text)


@pytest.mark.parametrize(
    ("error", "reason"),
    [
        (
            serial.SerialException(errno.ENOENT, "could not open port /dev/x: [Errno 2] ..."),
            "no such",
        ),
        (serial.SerialException(errno.EACCES, "could not open port /dev/x: denied"), "dialout"),
        (serial.SerialException(errno.EBUSY, "could not open port /dev/x: busy"), "in use"),
        (serial.SerialException("read failed: socket disconnected"), "connection was lost"),
        (
            serial.SerialException("Could not open port socket://h:1: [Errno 111] Refused"),
            "[Errno 111] Refused",
        ),
        (serial.SerialTimeoutException("Write timeout"), "Write timeout"),
    ],
)
def test_port_errors_are_described_briefly(error: OSError, reason: str) -> None:
    assert reason in describe_port_error(error)
