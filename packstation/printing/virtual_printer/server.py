"""The virtual Zebra printer: a TCP server that takes ZPL and answers ``~HS`` like a printer.

One thread accepts connections on the printer port and on the control port (a selector with a
wake-up socket, so faults such as ``refuse`` and ``stop()`` take effect at once); each accepted
connection gets its own thread. ``start()`` returns once both ports listen; ``port`` and
``control_port`` are the real bound ports when 0 was asked for.

On the printer port: ``^XA … ^XZ`` formats are queued for the print engine (several per
connection, connections one after another or at once), ``~HS`` is answered with the three
framed status lines, ``~JA`` cancels every queued label and ``~PS`` ends a pause. Other control
commands are ignored. The control port speaks the line protocol in :mod:`.control`.
"""

from __future__ import annotations

import itertools
import logging
import selectors
import socket
import struct
import threading
from dataclasses import replace
from pathlib import Path
from types import TracebackType
from typing import Any, Self

from packstation.printing.status import PrinterStatus, encode_host_status
from packstation.printing.virtual_printer.control import handle_control_connection
from packstation.printing.virtual_printer.engine import PrintEngine
from packstation.printing.virtual_printer.faults import VirtualPrinterFaults
from packstation.printing.zpl.blocks import scan_zpl

logger = logging.getLogger(__name__)

_RECV_BYTES = 65536
_ACCEPT_BACKLOG = 16
_APPLY_TIMEOUT_S = 5.0


class VirtualPrinter:
    """A ZPL printer on loopback (or any host) for demos and tests; see the module docstring."""

    def __init__(
        self,
        out_dir: Path | None = None,
        *,
        host: str = "127.0.0.1",
        port: int = 9100,
        control_port: int | None = 0,
        dpi: int = 203,
        width_in: float = 4.0,
        height_in: float = 6.0,
        faults: VirtualPrinterFaults | None = None,
        render_png: bool = True,
    ) -> None:
        self.host = host
        self.port = port
        self.control_port = control_port
        self.engine = PrintEngine(
            out_dir,
            dpi=dpi,
            width_in=width_in,
            height_in=height_in,
            faults=faults,
            render_png=render_png,
        )
        self._listener: socket.socket | None = None
        self._control_listener: socket.socket | None = None
        self._wake_reader: socket.socket | None = None
        self._wake_writer: socket.socket | None = None
        self._lock = threading.Lock()
        self._port_state = threading.Condition()
        # A real printer serves one connection on its raw port at a time; later ones wait.
        self._printer_port_busy = threading.Lock()
        self._connections: dict[int, socket.socket] = {}
        self._threads: list[threading.Thread] = []
        self._accept_thread: threading.Thread | None = None
        self._stopping = threading.Event()
        self._ids = itertools.count(1)

    # -- life cycle -------------------------------------------------------------------------

    @property
    def url(self) -> str:
        """The printer URL to give the app, e.g. ``tcp://127.0.0.1:9100``."""
        return f"tcp://{self.host}:{self.port}"

    def start(self) -> None:
        """Bind both ports, start the print engine and the accept thread."""
        self._stopping.clear()
        self._wake_reader, self._wake_writer = socket.socketpair()
        # Bound even when refusing from the start, so that port 0 turns into a known port.
        self._listener = self._bind(self.port)
        self.port = self._listener.getsockname()[1]
        if self.engine.faults.refuse:
            self._listener.close()
            self._listener = None
        if self.control_port is not None:
            self._control_listener = self._bind(self.control_port)
            self.control_port = self._control_listener.getsockname()[1]
        self.engine.add_fault_listener(self._apply_refuse)
        self.engine.start()
        self._accept_thread = threading.Thread(target=self._accept_loop, name="virtual-printer")
        self._accept_thread.start()

    def stop(self) -> None:
        """Close every socket and join every thread."""
        self._stopping.set()
        self._wake()
        if self._accept_thread is not None:
            self._accept_thread.join()
            self._accept_thread = None
        with self._lock:
            connections = list(self._connections.values())
            threads, self._threads = self._threads, []
        for connection in connections:
            _shutdown(connection)
        for thread in threads:
            thread.join()
        self.engine.stop()
        for sock in (self._wake_reader, self._wake_writer):
            if sock is not None:
                sock.close()
        self._wake_reader = self._wake_writer = None

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

    # -- Python API for tests and demo mode --------------------------------------------------

    def set_faults(self, **changes: Any) -> None:
        """Change faults by name, e.g. ``set_faults(head_open=True, slow_s=0.2)``."""
        self.engine.set_faults(replace(self.engine.faults, **changes))

    def reload_paper(self) -> None:
        """Clear paper out and make the paper endless again."""
        self.engine.reload_paper()

    def status(self) -> PrinterStatus:
        """Return the status ``~HS`` would report now."""
        return self.engine.status()

    @property
    def printed_count(self) -> int:
        """Labels printed since start."""
        return self.engine.printed_count

    # -- sockets ------------------------------------------------------------------------------

    def _bind(self, port: int) -> socket.socket:
        family = socket.AF_INET6 if ":" in self.host else socket.AF_INET
        sock = socket.socket(family, socket.SOCK_STREAM)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            sock.bind((self.host, port))
            sock.listen(_ACCEPT_BACKLOG)
        except OSError:
            sock.close()
            raise
        sock.setblocking(False)
        return sock

    def _apply_refuse(self, faults: VirtualPrinterFaults) -> None:
        """Have the accept thread close or reopen the port, and wait until it has."""
        self._wake()
        with self._port_state:
            self._port_state.wait_for(
                lambda: self._stopping.is_set() or (self._listener is None) == faults.refuse,
                timeout=_APPLY_TIMEOUT_S,
            )

    def _wake(self) -> None:
        writer = self._wake_writer
        if writer is not None:
            try:
                writer.send(b"!")
            except OSError:
                # Already closed by stop(); nothing is left to wake.
                logger.debug("wake-up after stop ignored")

    def _accept_loop(self) -> None:
        assert self._wake_reader is not None
        with selectors.DefaultSelector() as selector:
            selector.register(self._wake_reader, selectors.EVENT_READ, "wake")
            if self._control_listener is not None:
                selector.register(self._control_listener, selectors.EVENT_READ, "control")
            if self._listener is not None:
                selector.register(self._listener, selectors.EVENT_READ, "printer")
            while not self._stopping.is_set():
                self._follow_refuse(selector)
                for key, _events in selector.select():
                    if key.data == "wake":
                        self._wake_reader.recv(4096)
                    elif not self._stopping.is_set():
                        self._accept(key.fileobj, key.data)  # type: ignore[arg-type]
            for listener in (self._listener, self._control_listener):
                if listener is not None:
                    selector.unregister(listener)
                    listener.close()
            with self._port_state:
                self._listener = self._control_listener = None
                self._port_state.notify_all()

    def _follow_refuse(self, selector: selectors.BaseSelector) -> None:
        """Close the printer port while ``refuse`` is set, open it again when it clears."""
        refuse = self.engine.faults.refuse
        with self._port_state:
            if refuse and self._listener is not None:
                selector.unregister(self._listener)
                self._listener.close()
                self._listener = None
            elif not refuse and self._listener is None and not self._stopping.is_set():
                self._listener = self._bind(self.port)
                selector.register(self._listener, selectors.EVENT_READ, "printer")
            self._port_state.notify_all()

    def _accept(self, listener: socket.socket, kind: str) -> None:
        try:
            connection, _peer = listener.accept()
        except BlockingIOError:
            return
        connection.setblocking(True)
        target = self._serve_printer if kind == "printer" else self._serve_control
        connection_id = next(self._ids)
        thread = threading.Thread(
            target=self._serve, args=(target, connection_id, connection), name=f"vp-{kind}"
        )
        with self._lock:
            self._connections[connection_id] = connection
            self._threads = [alive for alive in self._threads if alive.is_alive()]
            self._threads.append(thread)
        thread.start()

    def _serve(self, target: Any, connection_id: int, connection: socket.socket) -> None:
        try:
            target(connection_id, connection)
        except OSError as error:
            logger.info("virtual printer connection %d ended: %s", connection_id, error)
        finally:
            self.engine.set_partial(connection_id, False)
            with self._lock:
                self._connections.pop(connection_id, None)
            connection.close()

    def _serve_control(self, _connection_id: int, connection: socket.socket) -> None:
        handle_control_connection(connection, self.engine)

    def _serve_printer(self, connection_id: int, connection: socket.socket) -> None:
        with self._printer_port_busy:
            self._serve_printer_alone(connection_id, connection)

    def _serve_printer_alone(self, connection_id: int, connection: socket.socket) -> None:
        buffer = b""
        labels_received = 0
        while chunk := connection.recv(_RECV_BYTES):
            scan = scan_zpl(buffer + chunk)
            buffer = scan.remainder
            self.engine.set_partial(connection_id, scan.incomplete)
            # Stream order matters: "~JA" then new labels must not cancel those labels.
            for kind, item in scan.sequence:
                if kind != "label":
                    self._control_command(item, connection)
                    continue
                reset_after = self.engine.faults.reset_after
                if reset_after is not None and labels_received >= reset_after:
                    _reset(connection)
                    return
                self.engine.submit(item)
                labels_received += 1

    def _control_command(self, command: bytes, connection: socket.socket) -> None:
        name = command[1:3].upper()
        if name == b"HS":
            connection.sendall(encode_host_status(self.engine.status()))
        elif name == b"JA":
            self.engine.cancel_all()
        elif name == b"PS":
            self.engine.resume()
        else:
            logger.info("virtual printer ignores control command %r", command[:20])


def _shutdown(sock: socket.socket) -> None:
    try:
        sock.shutdown(socket.SHUT_RDWR)
    except OSError:
        # The peer or the serving thread closed it first; stop() only needs it closed.
        logger.debug("socket already closed during stop")


def _reset(connection: socket.socket) -> None:
    """Drop the connection with a TCP reset (linger 0) instead of an orderly close."""
    connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    connection.close()
