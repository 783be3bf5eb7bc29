"""Printer URLs parse into typed addresses; bad ones raise an operator-readable error."""

from __future__ import annotations

from pathlib import Path

import pytest

from packstation.errors import UserFacingError
from packstation.printing.urls import (
    CupsAddress,
    FileAddress,
    PrinterUrlError,
    SerialAddress,
    TcpAddress,
    UsbAddress,
    WindowsAddress,
    parse_printer_url,
)


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("tcp://192.168.1.50:9100", TcpAddress("192.168.1.50", 9100)),
        ("tcp://printer.local", TcpAddress("printer.local", 9100)),
        ("TCP://127.0.0.1:6101/", TcpAddress("127.0.0.1", 6101)),
        ("tcp://[::1]:9100", TcpAddress("::1", 9100)),
        ("usb://0a5f:0164", UsbAddress(0x0A5F, 0x0164)),
        ("usb://0x04b8:0x0202?out_ep=0x02", UsbAddress(0x04B8, 0x0202, out_endpoint=2)),
        ("serial:///dev/ttyUSB0?baud=9600", SerialAddress("/dev/ttyUSB0", 9600)),
        ("serial://COM3?baud=115200&flow=rtscts", SerialAddress("COM3", 115200, "rtscts")),
        ("serial:///dev/ttyS0", SerialAddress("/dev/ttyS0", 9600)),
        ("socket://127.0.0.1:4000", SerialAddress("socket://127.0.0.1:4000", 9600)),
        ("loop://?baud=19200", SerialAddress("loop://", 19200)),
        ("loop://?logging=debug", SerialAddress("loop://?logging=debug", 9600)),
        ("cups://Zebra_ZD420", CupsAddress("Zebra_ZD420")),
        ("windows://ZDesigner GK420d", WindowsAddress("ZDesigner GK420d")),
        ("windows://ZDesigner%20GK420d", WindowsAddress("ZDesigner GK420d")),
        ("file:///var/spool/labels", FileAddress(Path("/var/spool/labels"))),
        ("file://localhost/tmp/out", FileAddress(Path("/tmp/out"))),
        ("file:///C:/labels", FileAddress(Path("C:/labels"))),
    ],
)
def test_valid_urls_parse_to_their_address(url: str, expected: object) -> None:
    assert parse_printer_url(url) == expected


@pytest.mark.parametrize(
    ("url", "fragment"),
    [
        ("192.168.1.50:9100", "no scheme"),
        ("lpt://1", "unknown scheme"),
        ("tcp://:9100", "no host"),
        ("tcp://host:notaport", "port"),
        ("tcp://host:70000", "port"),
        ("tcp://host:0", "port 0"),
        ("tcp://host:9100/path", "only tcp://HOST:PORT"),
        ("usb://0a5f", "VENDOR:PRODUCT"),
        ("usb://zzzz:0164", "vendor id"),
        ("usb://0a5f:0164?speed=9", "unknown option"),
        ("serial://?baud=9600", "no serial port"),
        ("serial:///dev/ttyUSB0?baud=fast", "baud"),
        ("serial:///dev/ttyUSB0?flow=magic", "flow"),
        ("cups://", "cups://QUEUE"),
        ("cups://two words", "cups://QUEUE"),
        ("windows://", "windows://PRINTER NAME"),
        ("file://server/share", "file:///"),
    ],
)
def test_malformed_urls_raise_a_user_facing_error(url: str, fragment: str) -> None:
    with pytest.raises(PrinterUrlError) as raised:
        parse_printer_url(url)
    assert isinstance(raised.value, UserFacingError)
    assert not raised.value.retryable
    assert fragment in raised.value.message
    assert repr(url) in raised.value.message or "no scheme" in fragment


def test_addresses_describe_themselves_for_messages() -> None:
    assert str(TcpAddress("127.0.0.1", 9100)) == "127.0.0.1:9100"
    assert str(TcpAddress("::1", 9100)) == "[::1]:9100"
    assert str(UsbAddress(0x0A5F, 0x164)) == "USB 0a5f:0164"
