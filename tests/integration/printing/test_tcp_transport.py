"""TCP transport against a scripted loopback peer: ok, refuse, connect timeout, stall, reset."""

from __future__ import annotations

import socket
from collections.abc import Iterator

import pytest

from packstation.errors import UserFacingError
from packstation.printing.transports import (
    PrinterConnectionLostError,
    PrinterNotOpenError,
    PrinterTimeoutError,
    PrinterUnreachableError,
    TcpTransport,
    transport_for,
)
from packstation.printing.urls import TcpAddress
from tests.integration.printing.peer import ScriptedPeer, refused_port


def test_data_arrives_and_answers_come_back() -> None:
    with ScriptedPeer("ok") as peer, transport_for(peer.url) as transport:
        assert transport.bidirectional
        transport.write(b"^XA^XZ~HS")
        answer = b""
        while answer.count(b"\x03") < 3:
            answer += transport.read(2.0)
    assert bytes(peer.received) == b"^XA^XZ~HS"


def test_read_returns_nothing_when_the_printer_stays_silent() -> None:
    with ScriptedPeer("silent") as peer, transport_for(peer.url) as transport:
        transport.write(b"~HS")
        assert transport.read(0.2) == b""


def test_refused_connection_names_the_printer_and_is_retryable() -> None:
    port = refused_port()
    transport = TcpTransport(TcpAddress("127.0.0.1", port))
    with pytest.raises(PrinterUnreachableError) as raised:
        transport.open()
    assert raised.value.message == (
        f"Printer at 127.0.0.1:{port} refused the connection — is it switched on?"
    )
    assert raised.value.retryable
    assert isinstance(raised.value, UserFacingError)


@pytest.fixture
def full_backlog() -> Iterator[int]:
    """Yield the port of a listener that never accepts, its accept queue already full."""
    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    listener.bind(("127.0.0.1", 0))
    listener.listen(0)
    port = listener.getsockname()[1]
    fillers = []
    for _ in range(3):
        filler = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        filler.setblocking(False)
        filler.connect_ex(("127.0.0.1", port))
        fillers.append(filler)
    yield port
    for filler in fillers:
        filler.close()
    listener.close()


def test_connect_times_out_when_the_printer_never_answers(full_backlog: int) -> None:
    transport = TcpTransport(TcpAddress("127.0.0.1", full_backlog), connect_timeout_s=0.3)
    with pytest.raises(PrinterTimeoutError) as raised:
        transport.open()
    assert "did not answer within 0.3 s" in raised.value.message


def test_write_times_out_when_the_printer_stops_reading() -> None:
    with ScriptedPeer("stall") as peer:
        transport = TcpTransport(TcpAddress("127.0.0.1", peer.port), write_timeout_s=0.5)
        with transport:
            with pytest.raises(PrinterTimeoutError) as raised:
                transport.write(b"^XA" + b"0" * 32_000_000 + b"^XZ")
            assert "did not take the data within 0.5 s" in raised.value.message
            assert not transport.is_open


def test_reset_mid_stream_is_a_lost_connection() -> None:
    with ScriptedPeer("reset", reset_after_bytes=10) as peer, transport_for(peer.url) as transport:
        with pytest.raises(PrinterConnectionLostError) as raised:
            transport.write(b"^XA^FDfirst^FS^XZ")
            # The reset arrives after the bytes were handed to the kernel: the next read sees it.
            for _attempt in range(5):
                transport.read(2.0)
        assert "dropped the connection" in raised.value.message or "closed" in raised.value.message


def test_no_io_before_open_and_close_is_idempotent() -> None:
    transport = TcpTransport(TcpAddress("127.0.0.1", refused_port()))
    with pytest.raises(PrinterNotOpenError):
        transport.write(b"x")
    transport.close()
    transport.close()
