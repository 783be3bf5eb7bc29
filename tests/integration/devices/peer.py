"""A scripted TCP peer on loopback: accepts one connection at a time and runs a script on it."""

from __future__ import annotations

import socket
import threading
from collections.abc import Callable
from types import TracebackType
from typing import Self

Script = Callable[[socket.socket], None]


class ScriptedPeer:
    """Runs ``script(connection)`` for each accepted connection, then closes the connection."""

    def __init__(self, script: Script) -> None:
        self._script = script
        self._listener = socket.create_server(("127.0.0.1", 0))
        self._listener.settimeout(0.05)
        self.port: int = self._listener.getsockname()[1]
        self.stop_event = threading.Event()
        self.connections = 0
        self._thread = threading.Thread(target=self._run, name="scripted-peer", daemon=True)

    @property
    def url(self) -> str:
        return f"socket://127.0.0.1:{self.port}"

    def __enter__(self) -> Self:
        self._thread.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.stop_event.set()
        self._thread.join(5)
        self._listener.close()
        assert not self._thread.is_alive()

    def _run(self) -> None:
        while not self.stop_event.is_set():
            try:
                connection, _ = self._listener.accept()
            except TimeoutError:
                continue
            self.connections += 1
            with connection:
                connection.settimeout(2)
                self._script(connection)


def read_line(connection: socket.socket) -> bytes:
    """Read up to and including LF (or until the peer closes)."""
    data = bytearray()
    while not data.endswith(b"\n"):
        chunk = connection.recv(1)
        if not chunk:
            break
        data.extend(chunk)
    return bytes(data)
