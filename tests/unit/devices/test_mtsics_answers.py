"""MT-SICS answers: every kind, unit conversion, and the exchange over loop://."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

import pytest
import serial

from packstation.devices import mtsics
from packstation.devices.errors import (
    ScaleBusyError,
    ScaleDisconnectedError,
    ScaleOutOfRangeError,
    ScaleProtocolError,
)
from packstation.domain.ports import WeightReading

SOURCE = "/dev/ttyTEST"


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("S S     1.234 kg", WeightReading(Decimal("1.234"), True)),
        ("S D     1.234 kg", WeightReading(Decimal("1.234"), False)),
        ("S S    -0.012 kg", WeightReading(Decimal("-0.012"), True)),
        ("S S      1234.5 g", WeightReading(Decimal("1.2345"), True)),
        ("S S       250 mg", WeightReading(Decimal("0.00025"), True)),
        ("S S      2.000 lb", WeightReading(Decimal("0.90718474"), True)),
        ("S D        16 oz", WeightReading(Decimal("0.45359237"), False)),
        ("S S 0.5 KG", WeightReading(Decimal("0.5"), True)),
        ("  S S     7 kg  ", WeightReading(Decimal("7"), True)),
    ],
)
def test_weight_answers_become_kilograms(line: str, expected: WeightReading) -> None:
    assert mtsics.parse_answer(line, source=SOURCE) == expected


def test_not_executable_is_busy_and_retryable() -> None:
    with pytest.raises(ScaleBusyError) as caught:
        mtsics.parse_answer("S I", source=SOURCE)
    assert caught.value.retryable
    assert SOURCE in caught.value.message


@pytest.mark.parametrize(("line", "overload"), [("S +", True), ("S -", False)])
def test_overload_and_underload(line: str, overload: bool) -> None:
    with pytest.raises(ScaleOutOfRangeError) as caught:
        mtsics.parse_answer(line, source=SOURCE)
    assert caught.value.overload is overload
    assert ("overloaded" in caught.value.message) is overload


@pytest.mark.parametrize(
    ("line", "words"),
    [("ES", "did not understand"), ("ET", "transmission"), ("EL", "logical")],
)
def test_error_answers_say_what_went_wrong(line: str, words: str) -> None:
    with pytest.raises(ScaleProtocolError) as caught:
        mtsics.parse_answer(line, source=SOURCE)
    assert words in caught.value.message
    assert not caught.value.retryable


@pytest.mark.parametrize("line", ["S S     1.234 ct", "S S", "S X 1 kg", "hello"])
def test_answers_the_bench_cannot_use_are_protocol_errors(line: str) -> None:
    with pytest.raises(ScaleProtocolError):
        mtsics.parse_answer(line, source=SOURCE)


@pytest.mark.parametrize(
    ("line", "answer"),
    [("S S 1 kg", True), ("S I", True), ("ES", True), ("S", False), ("SI", False), ("", False)],
)
def test_echoes_and_noise_are_not_answers(line: str, answer: bool) -> None:
    assert mtsics.is_answer(line) is answer


@pytest.fixture
def loop_port() -> Iterator[serial.SerialBase]:
    port = serial.serial_for_url("loop://", timeout=0.05, write_timeout=1)
    yield port
    port.close()


def test_exchange_skips_the_echo_of_the_command(loop_port: serial.SerialBase) -> None:
    # loop:// hands back what is written: the command "SI" comes back first, as an echo would.
    original_write = loop_port.write

    def write_then_answer(data: bytes) -> int | None:
        written: int | None = original_write(data)
        original_write(b"\r\nS D     0.750 kg\r\n")
        return written

    loop_port.write = write_then_answer
    reading = mtsics.read_immediate(loop_port, source=SOURCE, timeout_s=1.0)
    assert reading == WeightReading(Decimal("0.750"), False)


def test_a_port_that_only_echoes_is_a_silent_scale(loop_port: serial.SerialBase) -> None:
    with pytest.raises(ScaleDisconnectedError) as caught:
        mtsics.read_immediate(loop_port, source=SOURCE, timeout_s=0.3)
    assert caught.value.message == (
        f"The scale at {SOURCE} does not answer — check it is plugged in and switched on, "
        "or type the weight."
    )
