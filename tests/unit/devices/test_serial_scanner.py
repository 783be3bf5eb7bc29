"""SerialScanner over loop://: lines to scans, the iterator, the thread, unplugging."""

from __future__ import annotations

import logging
import queue
import threading
from collections.abc import Iterator

import pytest
import serial

from packstation.devices.errors import ScannerDisconnectedError
from packstation.devices.scanner import SerialScanner

WAIT_S = 5.0


def _loop_port() -> serial.SerialBase:
    return serial.serial_for_url("loop://", timeout=0.05, write_timeout=1)


@pytest.fixture
def loop_port() -> Iterator[serial.SerialBase]:
    port = _loop_port()
    yield port
    port.close()


def _take(scanner: SerialScanner, count: int) -> list[str]:
    stop = threading.Event()
    taken: list[str] = []
    for scan in scanner.scans(stop):
        taken.append(scan)
        if len(taken) == count:
            stop.set()
    return taken


def test_lines_become_scans(loop_port: serial.SerialBase) -> None:
    scanner = SerialScanner("loop://", opener=lambda: loop_port)
    loop_port.write(b"EC-ABC-123-XYZ\r\n\r\n \n\x00EO-AAA-BBB-CCC\x00\nJD014600\rpartial")
    assert not scanner.is_open
    with scanner:
        assert _take(scanner, 3) == ["EC-ABC-123-XYZ", "EO-AAA-BBB-CCC", "JD014600"]


def test_the_iterator_ends_when_stopped(loop_port: serial.SerialBase) -> None:
    scanner = SerialScanner("loop://", opener=lambda: loop_port)
    stop = threading.Event()
    stop.set()
    with scanner:
        assert list(scanner.scans(stop)) == []


def test_custom_terminator(loop_port: serial.SerialBase) -> None:
    scanner = SerialScanner("loop://", terminators=b"\t", opener=lambda: loop_port)
    loop_port.write(b"ONE\t\r\nTWO\r\n\tTHREE")
    with scanner:
        assert _take(scanner, 2) == ["ONE", "TWO"]


def test_overlong_lines_are_dropped(loop_port: serial.SerialBase) -> None:
    scanner = SerialScanner("loop://", max_line_bytes=8, opener=lambda: loop_port)
    loop_port.write(b"0123456789ABCDEF\r\nSHORT\r\n")
    with scanner:
        assert _take(scanner, 1) == ["SHORT"]


def test_undecodable_bytes_are_kept_visible(loop_port: serial.SerialBase) -> None:
    scanner = SerialScanner("loop://", opener=lambda: loop_port)
    loop_port.write(b"AB\xffC\r\n")
    with scanner:
        assert _take(scanner, 1) == ["AB\ufffdC"]


class Bench:
    """A scanner cable that can be pulled and plugged in again."""

    def __init__(self) -> None:
        self.plugged = threading.Event()
        self.plugged.set()
        self.ports: list[serial.SerialBase] = []

    def open(self) -> serial.SerialBase:
        if not self.plugged.is_set():
            raise serial.SerialException("could not open port: No such device")
        port = _loop_port()
        self.ports.append(port)
        return port

    def close_all(self) -> None:
        for port in self.ports:
            port.close()


def test_background_thread_reports_loss_once_and_reconnects() -> None:
    bench = Bench()
    events: queue.Queue[object] = queue.Queue()
    scanner = SerialScanner("/dev/ttyACM9", reconnect_interval_s=0.05, opener=bench.open)
    try:
        scanner.start(events.put, on_error=events.put, on_connected=lambda: events.put("connected"))
        assert events.get(timeout=WAIT_S) == "connected"
        bench.ports[0].write(b"FIRST\r\n")
        assert events.get(timeout=WAIT_S) == "FIRST"

        bench.plugged.clear()
        bench.ports[0].close()  # the cable is pulled
        error = events.get(timeout=WAIT_S)
        assert isinstance(error, ScannerDisconnectedError)
        assert error.message.startswith("The scanner at /dev/ttyACM9 is not connected")
        assert error.retryable

        bench.plugged.set()
        assert events.get(timeout=WAIT_S) == "connected"  # and not a second error first
        bench.ports[-1].write(b"SECOND\n")
        assert events.get(timeout=WAIT_S) == "SECOND"
    finally:
        scanner.stop()
        bench.close_all()
    assert not scanner.running
    assert not scanner.is_open


def test_a_failing_callback_is_logged_and_reading_goes_on(
    caplog: pytest.LogCaptureFixture,
) -> None:
    bench = Bench()
    scans: queue.Queue[str] = queue.Queue()

    def on_scan(scan: str) -> None:
        if scan == "BAD":
            raise RuntimeError("consumer bug")
        scans.put(scan)

    scanner = SerialScanner("loop://", opener=bench.open)
    connected = threading.Event()
    try:
        with caplog.at_level(logging.ERROR, logger="packstation.devices.scanner"):
            scanner.start(on_scan, on_connected=connected.set)
            assert connected.wait(WAIT_S)
            bench.ports[0].write(b"BAD\r\nGOOD\r\n")
            assert scans.get(timeout=WAIT_S) == "GOOD"
    finally:
        scanner.stop()
        bench.close_all()
    assert "consumer bug" in caplog.text


def test_a_bad_address_is_reported_once_and_the_thread_ends() -> None:
    errors: queue.Queue[ScannerDisconnectedError] = queue.Queue()
    scanner = SerialScanner("nonsense://scanner", reconnect_interval_s=0.01)
    scanner.start(lambda _scan: None, on_error=errors.put)
    error = errors.get(timeout=WAIT_S)
    scanner.stop()
    assert "not valid" in error.message
    assert not error.retryable
    assert errors.empty()


def test_starting_twice_is_refused(loop_port: serial.SerialBase) -> None:
    scanner = SerialScanner("loop://", opener=lambda: loop_port)
    scanner.start(lambda _scan: None)
    try:
        with pytest.raises(RuntimeError):
            scanner.start(lambda _scan: None)
    finally:
        scanner.stop()
