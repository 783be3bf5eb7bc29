"""Raw TCP to a network printer (port 9100), with separate connect and write time limits."""

from __future__ import annotations

import socket
import time

from packstation.domain.sentences import Sentence
from packstation.printing.transports.base import TransportBase
from packstation.printing.transports.errors import (
    PrinterConnectionLostError,
    PrinterNotOpenError,
    PrinterTimeoutError,
    PrinterUnreachableError,
)
from packstation.printing.urls import TcpAddress

DEFAULT_CONNECT_TIMEOUT_S = 3.0
DEFAULT_WRITE_TIMEOUT_S = 10.0
_READ_CHUNK_BYTES = 4096


class TcpTransport(TransportBase):
    """A plain socket to ``host:port``; bidirectional, so host status can be read back."""

    bidirectional = True

    def __init__(
        self,
        address: TcpAddress,
        *,
        connect_timeout_s: float = DEFAULT_CONNECT_TIMEOUT_S,
        write_timeout_s: float = DEFAULT_WRITE_TIMEOUT_S,
    ) -> None:
        self.address = address
        self.connect_timeout_s = connect_timeout_s
        self.write_timeout_s = write_timeout_s
        self.description = Sentence("printer at %1", address)
        self._socket: socket.socket | None = None

    @property
    def is_open(self) -> bool:
        """Whether a connection is currently held."""
        return self._socket is not None

    def open(self) -> None:
        """Connect within ``connect_timeout_s``."""
        if self._socket is not None:
            return
        where = self.address
        try:
            self._socket = socket.create_connection(
                (where.host, where.port), timeout=self.connect_timeout_s
            )
            # A 3-byte status query must not wait behind the label for a delayed ACK.
            self._socket.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        except ConnectionRefusedError as error:
            raise PrinterUnreachableError(
                f"Printer at {where} refused the connection — is it switched on?"
            ) from error
        except TimeoutError as error:
            raise PrinterTimeoutError(
                f"Printer at {where} did not answer within {self.connect_timeout_s:g} s — "
                "is it switched on and on the network?"
            ) from error
        except socket.gaierror as error:
            raise PrinterUnreachableError(
                f"Printer host {where.host!r} cannot be found — check the printer address.",
                retryable=False,
            ) from error
        except OSError as error:
            raise PrinterUnreachableError(
                f"Printer at {where} cannot be reached ({error.strerror or error}) — "
                "check the network cable."
            ) from error

    def close(self) -> None:
        """Close the connection, telling the printer first that no more data follows."""
        sock, self._socket = self._socket, None
        if sock is None:
            return
        try:
            sock.shutdown(socket.SHUT_WR)
            # Unread bytes at close() make the kernel send a reset, which can cost the printer
            # the end of the job; take whatever already arrived first.
            sock.setblocking(False)
            while sock.recv(_READ_CHUNK_BYTES):
                pass
        except OSError:
            # Nothing more to read (would block) or the peer is gone; closing is all that is left.
            pass
        sock.close()

    def write(self, data: bytes) -> None:
        """Send all of ``data`` within ``write_timeout_s`` in total."""
        sock = self._require_socket()
        deadline = time.monotonic() + self.write_timeout_s
        view = memoryview(data)
        try:
            while view:
                remaining_s = deadline - time.monotonic()
                if remaining_s <= 0:
                    raise TimeoutError
                sock.settimeout(remaining_s)
                sent = sock.send(view)
                view = view[sent:]
        except TimeoutError as error:
            self.close()
            raise PrinterTimeoutError(
                f"Printer at {self.address} did not take the data within "
                f"{self.write_timeout_s:g} s — is it paused, jammed or out of paper?"
            ) from error
        except OSError as error:
            self.close()
            raise self._lost(error) from error

    def read(self, timeout_s: float) -> bytes:
        """Return what arrives within ``timeout_s`` (``b""`` when nothing does)."""
        sock = self._require_socket()
        sock.settimeout(max(timeout_s, 0.001))
        try:
            data = sock.recv(_READ_CHUNK_BYTES)
        except TimeoutError:
            return b""
        except OSError as error:
            self.close()
            raise self._lost(error) from error
        if not data:
            self.close()
            raise PrinterConnectionLostError(
                f"Printer at {self.address} closed the connection — check the printer."
            )
        return data

    def _lost(self, error: OSError) -> PrinterConnectionLostError:
        return PrinterConnectionLostError(
            f"Printer at {self.address} dropped the connection ({error.strerror or error}) — "
            "check the printer, then print again."
        )

    def _require_socket(self) -> socket.socket:
        if self._socket is None:
            raise PrinterNotOpenError(f"The connection to the printer at {self.address} is closed.")
        return self._socket
