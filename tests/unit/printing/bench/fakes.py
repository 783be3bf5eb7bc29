"""A scripted printer connection for the adapter tests: answers ~HS from a list of statuses."""

from __future__ import annotations

import threading
from types import TracebackType
from typing import Self

from packstation.printing.status import HOST_STATUS_QUERY, PrinterStatus, encode_host_status
from packstation.printing.transports import PrinterError


class FakeTransport:
    """Records what is written; answers each ``~HS`` with the next scripted status.

    ``statuses`` empty (or exhausted) means the printer stays silent. ``open_error`` and
    ``write_error`` make those calls fail; ``on_write`` runs inside every data write.
    """

    description = "fake printer"

    def __init__(
        self,
        *,
        bidirectional: bool = True,
        statuses: list[PrinterStatus] | None = None,
        open_error: PrinterError | None = None,
        write_error: PrinterError | None = None,
    ) -> None:
        self.bidirectional = bidirectional
        self.statuses = list(statuses or [])
        self.open_error = open_error
        self.write_error = write_error
        self.jobs: list[bytes] = []
        self.opened = 0
        self.closed = 0
        self.on_write: list[object] = []
        self._pending = b""
        self._lock = threading.Lock()

    def open(self) -> None:
        if self.open_error is not None:
            raise self.open_error
        self.opened += 1

    def close(self) -> None:
        self.closed += 1

    def write(self, data: bytes) -> None:
        if data == HOST_STATUS_QUERY:
            if self.statuses:
                self._pending += encode_host_status(self.statuses.pop(0))
            return
        if self.write_error is not None:
            raise self.write_error
        for hook in self.on_write:
            assert callable(hook)
            hook()
        with self._lock:
            self.jobs.append(data)

    def read(self, timeout_s: float) -> bytes:
        data, self._pending = self._pending, b""
        return data

    def __enter__(self) -> Self:
        self.open()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()
