"""The serial transport over pyserial's loop:// URL: write, read back, close, errors."""

from __future__ import annotations

import pytest

from packstation.printing.transports import (
    PrinterNotOpenError,
    PrinterUnreachableError,
    SerialTransport,
    transport_for,
)
from packstation.printing.urls import SerialAddress


def test_loop_echoes_what_was_written() -> None:
    with transport_for("loop://?baud=19200") as transport:
        assert transport.bidirectional
        transport.write(b"~HS")
        assert transport.read(1.0) == b"~HS"
        assert transport.read(0.05) == b""


def test_a_missing_device_is_unreachable() -> None:
    transport = SerialTransport(SerialAddress("/dev/packstation-no-such-tty"))
    with pytest.raises(PrinterUnreachableError, match="is it plugged in"):
        transport.open()


def test_nothing_is_opened_before_open() -> None:
    transport = SerialTransport(SerialAddress("loop://"))
    with pytest.raises(PrinterNotOpenError):
        transport.write(b"x")
    transport.close()
