"""Scans from a serial barcode scanner, handed to the GUI thread as a Qt signal.

The scanner reads on its own thread (see :mod:`packstation.devices.scanner`); its callbacks only
emit signals, which Qt queues to this object's thread, so the pack screen handles a serial scan
exactly like one typed into the scan field.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QObject, Signal


class ScannerSource(Protocol):
    """A barcode scanner that reads in the background until stopped."""

    def start(
        self,
        on_scan: Callable[[str], None],
        *,
        on_error: Callable[[Exception], None] | None = None,
        on_connected: Callable[[], None] | None = None,
    ) -> None:
        """Start reading; callbacks come from the scanner's own thread."""

    def stop(self) -> None:
        """Stop reading and close the port."""


class SerialScans(QObject):
    """Relays a scanner's scans and connection state to the GUI thread."""

    scanned = Signal(str)
    state_changed = Signal(str)

    def __init__(self, source: ScannerSource, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._source = source

    def start(self) -> None:
        """Start the scanner; its first state arrives as ``state_changed``."""
        self._source.start(
            self.scanned.emit,
            on_error=lambda error: self.state_changed.emit(
                self.tr("disconnected: %1").replace("%1", str(error))
            ),
            on_connected=lambda: self.state_changed.emit(self.tr("connected")),
        )

    def stop(self) -> None:
        """Stop the scanner (joins its thread)."""
        self._source.stop()
