"""A scripted TCP peer on loopback that plays a printer: ok, refuse, stall, reset, scripted ~HS."""

from __future__ import annotations

import socket
import struct
import threading
from collections.abc import Sequence
from types import TracebackType
from typing import Literal, Self

from packstation.printing.status import PrinterStatus, encode_host_status

Mode = Literal["ok", "silent", "stall", "reset"]


class ScriptedPeer:
    """Accept connections one after another and behave as ``mode`` says.

    ``ok``: read everything, answer each ``~HS`` with the next scripted status (the last one
    repeats). ``silent``: read everything, never answer. ``stall``: accept and never read.
    ``reset``: like ``ok``, but once ``reset_after_bytes`` bytes came in, drop the connection
    with a TCP reset.
    """

    def __init__(
        self,
        mode: Mode = "ok",
        statuses: Sequence[PrinterStatus] = (PrinterStatus(),),
        *,
        reset_after_bytes: int = 1,
    ) -> None:
        self.mode = mode
        self.statuses = list(statuses)
        self.reset_after_bytes = reset_after_bytes
        self.received = bytearray()
        self.status_queries = 0
        self._listener: socket.socket | None = None
        self._thread: threading.Thread | None = None
        self._stop = threading.Event()
        self._connections: list[socket.socket] = []
        self.port = 0

    def __enter__(self) -> Self:
        listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        # A small receive buffer makes "stall" fill up quickly.
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)
        listener.bind(("127.0.0.1", 0))
        listener.listen(4)
        listener.settimeout(0.1)
        self._listener = listener
        self.port = listener.getsockname()[1]
        self._thread = threading.Thread(target=self._run, name="scripted-peer")
        self._thread.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self._stop.set()
        assert self._thread is not None and self._listener is not None
        self._thread.join()
        self._listener.close()
        for connection in self._connections:
            connection.close()

    @property
    def url(self) -> str:
        return f"tcp://127.0.0.1:{self.port}"

    def _run(self) -> None:
        assert self._listener is not None
        while not self._stop.is_set():
            try:
                connection, _ = self._listener.accept()
            except TimeoutError:
                continue
            connection.settimeout(0.1)
            if self.mode == "stall":
                self._connections.append(connection)
                continue
            with connection:
                self._serve(connection)

    def _serve(self, connection: socket.socket) -> None:
        pending = b""
        while True:
            try:
                chunk = connection.recv(65536)
            except TimeoutError:
                # Only an idle connection ends at stop, so nothing the client sent is missed.
                if self._stop.is_set():
                    return
                continue
            except OSError:
                return
            if not chunk:
                return
            self.received += chunk
            if self.mode == "reset" and len(self.received) >= self.reset_after_bytes:
                linger = struct.pack("ii", 1, 0)
                connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, linger)
                return
            pending += chunk
            while (position := pending.find(b"~HS")) >= 0:
                pending = pending[position + 3 :]
                self._answer_status(connection)
            pending = pending[-2:]

    def _answer_status(self, connection: socket.socket) -> None:
        index = min(self.status_queries, len(self.statuses) - 1)
        self.status_queries += 1
        if self.mode in ("ok", "reset"):
            connection.sendall(encode_host_status(self.statuses[index]))


def refused_port() -> int:
    """Return a loopback port with nothing listening on it (bound once, then released)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])
