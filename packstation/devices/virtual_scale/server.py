"""The virtual scale's TCP server: each connection gets its own thread; stop() ends them all.

In ``mt-sics`` mode a connection is answered line by line (``S``, ``SI``; anything else ``ES``).
In ``continuous`` mode every connection receives a reading line every ``interval_s`` without
asking. In both modes the control lines of :mod:`.state` are accepted on the same connection, and
the Python API (``set_weight()``, ``set_stable()``…) changes the same state. Readers reach it
through the pyserial URL in :attr:`VirtualScale.serial_url` (``socket://HOST:PORT``).
"""

from __future__ import annotations

import logging
import select
import socket
import threading
import time
from collections.abc import Callable
from decimal import Decimal
from types import TracebackType
from typing import Literal, Self

from packstation.devices.lines import LineSplitter
from packstation.devices.virtual_scale.formats import continuous_line, mtsics_answer
from packstation.devices.virtual_scale.state import (
    ScaleRange,
    ScaleSnapshot,
    VirtualScaleState,
    apply_control,
    is_control_line,
)

logger = logging.getLogger(__name__)

VirtualScaleProtocol = Literal["mt-sics", "continuous"]

# How often idle threads look at the stop flag; also bounds how late stop() takes effect.
_TICK_S = 0.05
_SEND_TIMEOUT_S = 2.0
_JOIN_TIMEOUT_S = 5.0


class VirtualScale:
    """A scale on a TCP port with a weight that can be changed while it runs."""

    def __init__(
        self,
        *,
        host: str = "127.0.0.1",
        port: int = 0,
        protocol: VirtualScaleProtocol = "mt-sics",
        weight_kg: Decimal | float | str = Decimal("0"),
        stable: bool = True,
        unit: str = "kg",
        interval_s: float = 0.1,
    ) -> None:
        if protocol not in ("mt-sics", "continuous"):
            raise ValueError(f"unknown scale protocol {protocol!r}")
        if interval_s <= 0:
            raise ValueError("interval_s must be positive")
        self.host = host
        self.port = port
        self.protocol: VirtualScaleProtocol = protocol
        self.interval_s = interval_s
        self.state = VirtualScaleState(ScaleSnapshot(stable=stable))
        self.state.update(weight_kg=weight_kg, unit=unit)
        self._listener: socket.socket | None = None
        self._stopping = threading.Event()
        self._lock = threading.Lock()
        self._threads: list[threading.Thread] = []
        self._connections: set[socket.socket] = set()

    @property
    def url(self) -> str:
        """``tcp://HOST:PORT`` with the real port once started."""
        return f"tcp://{self.host}:{self.port}"

    @property
    def serial_url(self) -> str:
        """The pyserial URL a :class:`~packstation.devices.scale.ScaleReader` opens."""
        return f"socket://{self.host}:{self.port}"

    def start(self) -> None:
        """Listen and start accepting; returns once the port is bound (raises OSError if not)."""
        if self._listener is not None:
            raise RuntimeError("the virtual scale is already running")
        listener = socket.create_server((self.host, self.port))
        self._listener = listener
        self.port = listener.getsockname()[1]
        self._stopping.clear()
        self._spawn(self._accept_loop, listener, name=f"virtual-scale-accept-{self.port}")

    def stop(self) -> None:
        """Close the port and every connection, and wait for every thread to end."""
        self._stopping.set()
        listener, self._listener = self._listener, None
        with self._lock:
            connections = list(self._connections)
            threads = list(self._threads)
        for connection in connections:
            _shutdown(connection)
        for thread in threads:
            thread.join(_JOIN_TIMEOUT_S)
            if thread.is_alive():
                logger.error("virtual scale thread %s did not stop", thread.name)
        if listener is not None:
            listener.close()
        with self._lock:
            self._threads.clear()

    def __enter__(self) -> Self:
        self.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.stop()

    def set_weight(self, weight_kg: Decimal | float | str) -> None:
        """Put ``weight_kg`` on the platter."""
        self.state.update(weight_kg=weight_kg)

    def set_stable(self, stable: bool) -> None:
        """Make the weight settled (True) or moving (False)."""
        self.state.update(stable=stable)

    def set_range(self, scale_range: ScaleRange) -> None:
        """Overload, underload, or back in range."""
        self.state.update(range=scale_range)

    def set_unit(self, unit: str) -> None:
        """Report weights in ``unit`` (kg, g, lb, oz)."""
        self.state.update(unit=unit)

    def set_silent(self, silent: bool) -> None:
        """Stop (True) or resume (False) answering and streaming weights."""
        self.state.update(silent=silent)

    def disconnect_clients(self) -> None:
        """Drop every open connection, as a pulled cable would; new ones are still accepted."""
        with self._lock:
            connections = list(self._connections)
        for connection in connections:
            _shutdown(connection)

    def _spawn(self, target: Callable[..., None], *args: object, name: str) -> None:
        thread = threading.Thread(target=target, args=args, name=name, daemon=True)
        with self._lock:
            self._threads = [known for known in self._threads if known.is_alive()]
            self._threads.append(thread)
        thread.start()

    def _accept_loop(self, listener: socket.socket) -> None:
        while not self._stopping.is_set():
            ready, _, _ = select.select([listener], [], [], _TICK_S)
            if not ready or self._stopping.is_set():
                continue
            try:
                connection, peer = listener.accept()
            except OSError as error:
                logger.debug("virtual scale accept failed: %s", error)
                continue
            connection.settimeout(_SEND_TIMEOUT_S)
            with self._lock:
                self._connections.add(connection)
            self._spawn(self._serve, connection, name=f"virtual-scale-{peer[0]}:{peer[1]}")

    def _serve(self, connection: socket.socket) -> None:
        splitter = LineSplitter()
        next_line_at = time.monotonic()
        try:
            while not self._stopping.is_set():
                if self.protocol == "continuous" and time.monotonic() >= next_line_at:
                    next_line_at = time.monotonic() + self.interval_s
                    snapshot = self.state.snapshot()
                    if not snapshot.silent:
                        connection.sendall(continuous_line(snapshot).encode("ascii") + b"\r\n")
                wait_s = _TICK_S
                if self.protocol == "continuous":
                    wait_s = max(0.0, min(wait_s, next_line_at - time.monotonic()))
                ready, _, _ = select.select([connection], [], [], wait_s)
                if not ready:
                    continue
                data = connection.recv(4096)
                if not data:
                    return
                for line in splitter.feed(data):
                    self._answer(connection, line.decode("ascii", errors="replace"))
        except OSError as error:
            logger.debug("virtual scale connection ended: %s", error)
        finally:
            with self._lock:
                self._connections.discard(connection)
            connection.close()

    def _answer(self, connection: socket.socket, line: str) -> None:
        if is_control_line(line):
            reply: str | None = apply_control(self.state, line)
        elif self.protocol == "continuous":
            reply = None  # a streaming scale ignores what it is sent
        else:
            snapshot = self.state.snapshot()
            reply = None if snapshot.silent else mtsics_answer(line, snapshot)
        if reply is not None:
            connection.sendall(reply.encode("ascii") + b"\r\n")


def _shutdown(connection: socket.socket) -> None:
    try:
        connection.shutdown(socket.SHUT_RDWR)
    except OSError as error:
        # Already closed by the peer or by its own thread: nothing left to shut down.
        logger.debug("virtual scale shutdown: %s", error)
