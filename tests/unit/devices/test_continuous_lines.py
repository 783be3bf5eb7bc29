"""Continuous output: the line format, noise, partial lines, and the latest reading over loop://."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

import pytest
import serial

from packstation.devices import continuous
from packstation.devices.errors import (
    ScaleBusyError,
    ScaleDisconnectedError,
    ScaleOutOfRangeError,
    ScaleProtocolError,
)
from packstation.domain.ports import WeightReading

SOURCE = "socket://127.0.0.1:1"


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("ST,GS,+  1.234kg", WeightReading(Decimal("1.234"), True)),
        ("US,GS,+  1.234kg", WeightReading(Decimal("1.234"), False)),
        ("ST,NT,-  0.020kg", WeightReading(Decimal("-0.020"), True)),
        ("ST,GS,+001234.5 g", WeightReading(Decimal("1.2345"), True)),
        ("ST,+00123.45  g", WeightReading(Decimal("0.12345"), True)),
        ("US,GS,+   3.00lb", WeightReading(Decimal("1.36077711"), False)),
        ("ST,GS,+   8.0oz", WeightReading(Decimal("0.226796185"), True)),
        ("  ST , GS , + 2 KG  ", WeightReading(Decimal("2"), True)),
    ],
)
def test_reading_lines(line: str, expected: WeightReading) -> None:
    assert continuous.parse_line(line, source=SOURCE) == expected


@pytest.mark.parametrize(
    "line",
    [
        "",
        "garbage",
        "GS,+  1.234kg",
        "T,GS,+  1.234kg",
        "+  1.234kg",
        "ST,TR,+  0.100kg",
        "ST,GS,+  1.2x4kg",
        "ST,GS,+  kg",
        "OK weight_kg=1",
    ],
)
def test_noise_and_cut_lines_are_ignored(line: str) -> None:
    assert continuous.parse_line(line, source=SOURCE) is None


@pytest.mark.parametrize(
    ("line", "overload"),
    [("OL,GS,+  -----kg", True), ("OL,+9999999E+19", True), ("OL,GS,-  -----kg", False)],
)
def test_out_of_range_lines(line: str, overload: bool) -> None:
    outcome = continuous.parse_line(line, source=SOURCE)
    assert isinstance(outcome, ScaleOutOfRangeError)
    assert outcome.overload is overload


def test_unknown_unit_is_reported() -> None:
    outcome = continuous.parse_line("ST,GS,+  1.234ct", source=SOURCE)
    assert isinstance(outcome, ScaleProtocolError)
    assert "'ct'" in outcome.message


@pytest.fixture
def loop_port() -> Iterator[serial.SerialBase]:
    port = serial.serial_for_url("loop://", timeout=0.05, write_timeout=1)
    yield port
    port.close()


def _stream_after_flush(port: serial.SerialBase, data: bytes) -> None:
    """Make ``data`` arrive after read_latest has thrown away the old buffer."""
    original_reset = port.reset_input_buffer

    def reset_then_receive() -> None:
        original_reset()
        port.write(data)

    port.reset_input_buffer = reset_then_receive


def test_the_latest_complete_line_wins_over_partial_and_noise(
    loop_port: serial.SerialBase,
) -> None:
    _stream_after_flush(
        loop_port,
        b"kg\r\nST,GS,+  1.000kg\r\n\x00\xffnoise\nUS,GS,+  1.500kg\r\n"
        b"ST,GS,+  2.000kg\r\nST,GS,+  9",
    )
    reading = continuous.read_latest(loop_port, source=SOURCE, timeout_s=1.0)
    assert reading == WeightReading(Decimal("2.000"), True)


def test_old_buffered_readings_are_thrown_away(loop_port: serial.SerialBase) -> None:
    loop_port.write(b"ST,GS,+  5.000kg\r\n")
    _stream_after_flush(loop_port, b"US,GS,+  0.250kg\r\n")
    assert continuous.read_latest(loop_port, source=SOURCE, timeout_s=1.0) == WeightReading(
        Decimal("0.250"), False
    )


def test_stable_only_waits_for_a_stable_line(loop_port: serial.SerialBase) -> None:
    _stream_after_flush(loop_port, b"US,GS,+  0.900kg\r\nUS,GS,+  1.100kg\r\nST,GS,+  1.000kg\r\n")
    reading = continuous.read_latest(loop_port, source=SOURCE, timeout_s=1.0, stable_only=True)
    assert reading == WeightReading(Decimal("1.000"), True)


def test_stable_only_gives_up_when_it_never_settles(loop_port: serial.SerialBase) -> None:
    _stream_after_flush(loop_port, b"US,GS,+  0.900kg\r\nUS,GS,+  1.100kg\r\n")
    with pytest.raises(ScaleBusyError):
        continuous.read_latest(loop_port, source=SOURCE, timeout_s=0.3, stable_only=True)


def test_an_overload_line_is_raised(loop_port: serial.SerialBase) -> None:
    _stream_after_flush(loop_port, b"ST,GS,+  1.000kg\r\nOL,GS,+  -----kg\r\n")
    with pytest.raises(ScaleOutOfRangeError):
        continuous.read_latest(loop_port, source=SOURCE, timeout_s=1.0)


def test_only_noise_is_a_protocol_error(loop_port: serial.SerialBase) -> None:
    _stream_after_flush(loop_port, b"S S 1.000 kg\r\nhello\r\n")
    with pytest.raises(ScaleProtocolError) as caught:
        continuous.read_latest(loop_port, source=SOURCE, timeout_s=0.3)
    assert "continuous output" in caught.value.message


def test_nothing_at_all_is_a_silent_scale(loop_port: serial.SerialBase) -> None:
    _stream_after_flush(loop_port, b"ST,GS,+  1.000kg")  # never finished
    with pytest.raises(ScaleDisconnectedError):
        continuous.read_latest(loop_port, source=SOURCE, timeout_s=0.3)
