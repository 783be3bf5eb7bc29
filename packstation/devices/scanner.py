"""Serial barcode scanners: each line the scanner sends becomes one scan.

A scanner in serial mode (RS-232, USB CDC-ACM, or a serial-to-Ethernet converter reached as
``socket://HOST:PORT``) sends the code followed by a suffix, usually CR or CR LF. The reader cuts
the stream at the configured terminator bytes (CR and LF by default), strips CR, LF and NUL,
ignores blank lines and drops lines longer than ``max_line_bytes``. Text is decoded as UTF-8
(undecodable bytes become U+FFFD, which the scan classifier rejects in words).

Two ways to receive scans: :meth:`SerialScanner.scans` is an iterator for a thread of the
caller's own, ending when a stop event is set; :meth:`SerialScanner.start` runs a background
thread that calls ``on_scan`` for each scan, reports a lost scanner through ``on_error`` (once
per loss) and calls ``on_connected`` each time the port opens (at first and after a loss). It
opens the port again every ``reconnect_interval_s`` and ends cleanly on
:meth:`SerialScanner.stop`. Callbacks run on that thread; a GUI hands them on to its own thread.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterator
from types import TracebackType
from typing import Self

import serial

from packstation.devices.errors import ScannerDisconnectedError
from packstation.devices.lines import DEFAULT_MAX_LINE_BYTES, LineSplitter, read_available
from packstation.devices.serial_ports import (
    DEFAULT_BAUD,
    close_port,
    describe_port_error,
    open_port,
    parse_serial_address,
)

logger = logging.getLogger(__name__)

PortOpener = Callable[[], serial.SerialBase]
ScanCallback = Callable[[str], None]
ErrorCallback = Callable[[ScannerDisconnectedError], None]

# How long one read waits before the stop event is looked at again.
_POLL_S = 0.1
_JOIN_TIMEOUT_S = 5.0
_STRIPPED = "\r\n\x00"


class SerialScanner:
    """A barcode scanner on a serial port; see the module docstring."""

    def __init__(
        self,
        address: str,
        *,
        terminators: bytes = b"\r\n",
        max_line_bytes: int = DEFAULT_MAX_LINE_BYTES,
        reconnect_interval_s: float = 1.0,
        write_timeout_s: float = 1.0,
        default_baud: int = DEFAULT_BAUD,
        opener: PortOpener | None = None,
    ) -> None:
        self.address = address
        self._splitter = LineSplitter(terminators, max_line_bytes=max_line_bytes)
        self.reconnect_interval_s = reconnect_interval_s
        self._write_timeout_s = write_timeout_s
        self._default_baud = default_baud
        self._opener = opener or self._open_by_address
        self._port: serial.SerialBase | None = None
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    @property
    def is_open(self) -> bool:
        """Whether the port is open now."""
        return self._port is not None

    @property
    def running(self) -> bool:
        """Whether the background thread runs."""
        return self._thread is not None and self._thread.is_alive()

    def open(self) -> None:
        """Open the port (a no-op when open); raises :class:`ScannerDisconnectedError`."""
        if self._port is not None:
            return
        try:
            self._port = self._opener()
        except ValueError as error:
            raise ScannerDisconnectedError(
                f"The scanner address {self.address!r} is not valid ({error}); check the "
                "scanner settings.",
                retryable=False,
            ) from error
        except OSError as error:
            raise _lost(self.address, describe_port_error(error)) from error
        self._splitter.reset()

    def close(self) -> None:
        """Close the port; safe to call when it is closed."""
        port, self._port = self._port, None
        if port is not None:
            try:
                close_port(port)
            except OSError as error:
                # A scanner that was unplugged cannot be closed cleanly; it is closed either way.
                logger.debug("closing scanner %s: %s", self.address, error)

    def __enter__(self) -> Self:
        self.open()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.stop()
        self.close()

    def scans(self, stop: threading.Event) -> Iterator[str]:
        """Yield each scan until ``stop`` is set (looked at every 0.1 s).

        Opens the port if needed. Raises :class:`ScannerDisconnectedError` (after closing the
        port) when the scanner goes away.
        """
        self.open()
        while not stop.is_set():
            port = self._port
            if port is None:
                return
            try:
                chunk = read_available(port)
            except OSError as error:
                self.close()
                raise _lost(self.address, describe_port_error(error)) from error
            for line in self._splitter.feed(chunk):
                scan = line.decode("utf-8", errors="replace").strip(_STRIPPED)
                if scan.strip():
                    yield scan

    def start(
        self,
        on_scan: ScanCallback,
        *,
        on_error: ErrorCallback | None = None,
        on_connected: Callable[[], None] | None = None,
    ) -> None:
        """Read in a background thread until :meth:`stop`; see the module docstring."""
        if self.running:
            raise RuntimeError("the scanner is already being read")
        self._stop.clear()
        self._thread = threading.Thread(
            target=self._run,
            args=(on_scan, on_error, on_connected),
            name=f"scanner-{self.address}",
            daemon=True,
        )
        self._thread.start()

    def stop(self) -> None:
        """End the background thread (within about 0.1 s) and close the port."""
        self._stop.set()
        thread, self._thread = self._thread, None
        if thread is not None:
            thread.join(_JOIN_TIMEOUT_S)
            if thread.is_alive():
                logger.error("scanner thread for %s did not stop", self.address)
        self.close()

    def _run(
        self,
        on_scan: ScanCallback,
        on_error: ErrorCallback | None,
        on_connected: Callable[[], None] | None,
    ) -> None:
        lost = False
        while not self._stop.is_set():
            try:
                self.open()
                if on_connected is not None:
                    _call_safely(on_connected)
                lost = False
                for scan in self.scans(self._stop):
                    _call_safely(on_scan, scan)
            except ScannerDisconnectedError as error:
                if not lost and on_error is not None:
                    _call_safely(on_error, error)
                lost = True
                if not error.retryable:
                    return
                self._stop.wait(self.reconnect_interval_s)

    def _open_by_address(self) -> serial.SerialBase:
        address = parse_serial_address(self.address, default_baud=self._default_baud)
        return open_port(address, read_timeout_s=_POLL_S, write_timeout_s=self._write_timeout_s)


def _lost(address: str, reason: str) -> ScannerDisconnectedError:
    return ScannerDisconnectedError(
        f"The scanner at {address} is not connected ({reason}) — check its cable; scanning by "
        "keyboard still works."
    )


def _call_safely(callback: Callable[..., None], *args: object) -> None:
    """Call a consumer's callback; a bug in it is logged and must not stop the scanner."""
    try:
        callback(*args)
    except Exception:
        logger.exception("scanner callback %r failed", callback)
