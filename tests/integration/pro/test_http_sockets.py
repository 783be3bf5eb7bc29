"""The HTTP layer over real loopback sockets: refused, stalled, reset and a normal answer."""

from __future__ import annotations

import socket
import struct
import threading
from collections.abc import Callable, Iterator

import pytest

from packstation.pro.errors import ProConnectionError, ProTimeoutError
from packstation.pro.http import ProHttp
from packstation.pro.retry import CallSafety, RetryPolicy


class LoopbackPeer:
    """A one-thread TCP peer on 127.0.0.1, port chosen by the OS, with a scripted behaviour."""

    def __init__(self, behaviour: Callable[[socket.socket], None]) -> None:
        self._server = socket.create_server(("127.0.0.1", 0))
        self._server.settimeout(5)
        self.port = self._server.getsockname()[1]
        self._behaviour = behaviour
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    def _serve(self) -> None:
        while not self._stop.is_set():
            try:
                connection, _ = self._server.accept()
            except OSError:
                return
            with connection:
                self._behaviour(connection)

    def close(self) -> None:
        self._stop.set()
        try:
            self._server.shutdown(socket.SHUT_RDWR)  # wakes the blocked accept() on Linux
        except OSError:
            pass
        self._server.close()
        self._thread.join(timeout=5)


def read_request(connection: socket.socket) -> bytes:
    connection.settimeout(5)
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = connection.recv(4096)
        if not chunk:
            break
        data += chunk
    return data


def answer_json(connection: socket.socket) -> None:
    read_request(connection)
    body = b'["EC-000-000-001"]'
    connection.sendall(
        b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
        + str(len(body)).encode()
        + b"\r\nConnection: close\r\n\r\n"
        + body
    )


def stall(connection: socket.socket) -> None:
    read_request(connection)
    connection.settimeout(5)
    try:
        connection.recv(1)  # wait until the client gives up and closes
    except OSError:
        pass


def reset_mid_answer(connection: socket.socket) -> None:
    read_request(connection)
    connection.sendall(
        b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 500\r\n\r\n["
    )
    connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))


@pytest.fixture
def peer_factory() -> Iterator[Callable[[Callable[[socket.socket], None]], LoopbackPeer]]:
    peers: list[LoopbackPeer] = []

    def start(behaviour: Callable[[socket.socket], None]) -> LoopbackPeer:
        peers.append(LoopbackPeer(behaviour))
        return peers[-1]

    yield start
    for peer in peers:
        peer.close()


def make_http(port: int, *, timeout_s: float = 0.5) -> ProHttp:
    return ProHttp(
        f"http://127.0.0.1:{port}",
        "test-key",
        transport=None,
        timeout_s=timeout_s,
        connect_timeout_s=0.5,
        retry_policy=RetryPolicy(max_retries=0),
        max_body_bytes=1024 * 1024,
    )


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def test_a_real_answer_comes_through(peer_factory: Callable[..., LoopbackPeer]) -> None:
    peer = peer_factory(answer_json)
    http = make_http(peer.port)
    try:
        reply = http.request(
            "GET", "/consignments/getConsignmentReferences", safety=CallSafety.READ
        )
    finally:
        http.close()
    assert reply.content == b'["EC-000-000-001"]'


def test_refused_connection_means_nothing_was_sent() -> None:
    http = make_http(free_port())
    try:
        with pytest.raises(ProConnectionError) as caught:
            http.request("POST", "/consignments", safety=CallSafety.UNSAFE, body={})
    finally:
        http.close()
    assert caught.value.request_sent is False
    assert "Cannot reach SortedPRO at 127.0.0.1" in caught.value.message


def test_a_stalled_answer_times_out_and_may_have_arrived(
    peer_factory: Callable[..., LoopbackPeer],
) -> None:
    peer = peer_factory(stall)
    http = make_http(peer.port, timeout_s=0.3)
    try:
        with pytest.raises(ProTimeoutError) as caught:
            http.request("POST", "/deliveryoptions/select/EDO-1", safety=CallSafety.UNSAFE)
    finally:
        http.close()
    assert caught.value.request_sent is True


def test_a_reset_mid_answer_is_a_lost_connection(
    peer_factory: Callable[..., LoopbackPeer],
) -> None:
    peer = peer_factory(reset_mid_answer)
    http = make_http(peer.port)
    try:
        with pytest.raises(ProConnectionError) as caught:
            http.request("POST", "/orders/EO-1/pack", safety=CallSafety.UNSAFE, body={})
    finally:
        http.close()
    assert caught.value.request_sent is True
    assert "lost" in caught.value.message
