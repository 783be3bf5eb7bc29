"""The transport protocol every printer connection implements, and a context-manager base.

A transport moves bytes and nothing else: no ZPL knowledge, no retries. Constructors only store
settings; ``open()`` does the I/O, ``close()`` is safe to call twice, and a closed transport can
be opened again (a printer lane opens one connection per job). ``read()`` exists only where the
connection is bidirectional (``bidirectional`` is True): TCP and serial. For job-oriented
transports (file, CUPS, Windows spooler) each ``write()`` call is one job.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from types import TracebackType
from typing import Protocol, Self, runtime_checkable

from packstation.printing.transports.errors import PrinterError, PrinterUnsupportedError


@runtime_checkable
class Transport(Protocol):
    """A connection to one printer."""

    @property
    def bidirectional(self) -> bool:
        """Whether :meth:`read` can return what the printer sends back."""
        ...

    @property
    def description(self) -> str:
        """The printer as an operator knows it, for messages (``127.0.0.1:9100``)."""
        ...

    def open(self) -> None:
        """Connect; raise a :class:`PrinterError` subclass when the printer cannot be reached."""
        ...

    def close(self) -> None:
        """Disconnect; safe to call when already closed."""
        ...

    def write(self, data: bytes) -> None:
        """Send all of ``data`` or raise a :class:`PrinterError` subclass."""
        ...

    def read(self, timeout_s: float) -> bytes:
        """Return bytes the printer sent within ``timeout_s``; ``b""`` when none arrived."""
        ...

    def __enter__(self) -> Self: ...

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None: ...


class TransportBase(ABC):
    """Shared context-manager behaviour and the write-only default for :meth:`read`."""

    bidirectional = False
    description = "printer"

    @abstractmethod
    def open(self) -> None:
        """Connect to the printer."""

    @abstractmethod
    def close(self) -> None:
        """Disconnect from the printer."""

    def read(self, timeout_s: float) -> bytes:
        """Refuse: this connection cannot carry answers from the printer."""
        raise PrinterUnsupportedError(
            f"The connection to {self.description} is one-way; the printer's status cannot be read."
        )

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


__all__ = ["PrinterError", "Transport", "TransportBase"]
