"""A serial scanner behind a serial-to-Ethernet converter: socket://, drops and reconnects."""

from __future__ import annotations

import queue
import socket
import threading

from packstation.devices.errors import ScannerDisconnectedError
from packstation.devices.scanner import SerialScanner
from tests.integration.devices.peer import ScriptedPeer

WAIT_S = 5.0


def test_scans_over_tcp_survive_a_dropped_connection() -> None:
    connected = threading.Event()

    def one_scan_per_connection(connection: socket.socket) -> None:
        # pyserial empties the input right after connecting: send once the scanner is open.
        if connected.wait(WAIT_S):
            connected.clear()
            connection.sendall(f"EC-AAA-BBB-00{peer.connections}\r\n".encode())

    events: queue.Queue[object] = queue.Queue()
    with ScriptedPeer(one_scan_per_connection) as peer:
        scanner = SerialScanner(peer.url, reconnect_interval_s=0.05)
        try:
            scanner.start(events.put, on_error=events.put, on_connected=connected.set)
            assert events.get(timeout=WAIT_S) == "EC-AAA-BBB-001"
            error = events.get(timeout=WAIT_S)
            assert isinstance(error, ScannerDisconnectedError)
            assert peer.url in error.message
            assert events.get(timeout=WAIT_S) == "EC-AAA-BBB-002"
        finally:
            scanner.stop()
    assert not scanner.running and not scanner.is_open


def test_nothing_listening_is_reported_not_raised() -> None:
    with socket.create_server(("127.0.0.1", 0)) as placeholder:
        port = placeholder.getsockname()[1]
    errors: queue.Queue[ScannerDisconnectedError] = queue.Queue()
    scanner = SerialScanner(f"socket://127.0.0.1:{port}", reconnect_interval_s=0.05)
    try:
        scanner.start(lambda _scan: None, on_error=errors.put)
        assert errors.get(timeout=WAIT_S).retryable
        assert scanner.running  # it keeps trying
    finally:
        scanner.stop()
    assert not scanner.running
