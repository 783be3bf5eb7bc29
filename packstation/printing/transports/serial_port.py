"""Serial printers through pyserial, including its ``socket://`` and ``loop://`` URL forms."""

from __future__ import annotations

from typing import Any

import serial

from packstation.domain.sentences import Sentence
from packstation.printing.transports.base import TransportBase
from packstation.printing.transports.errors import (
    PrinterConnectionLostError,
    PrinterNotOpenError,
    PrinterTimeoutError,
    PrinterUnreachableError,
)
from packstation.printing.urls import SerialAddress

DEFAULT_WRITE_TIMEOUT_S = 10.0


class SerialTransport(TransportBase):
    """A serial port (or pyserial URL); bidirectional, so host status can be read back."""

    bidirectional = True

    def __init__(
        self, address: SerialAddress, *, write_timeout_s: float = DEFAULT_WRITE_TIMEOUT_S
    ) -> None:
        self.address = address
        self.write_timeout_s = write_timeout_s
        self.description = Sentence("printer on %1", address.port)
        self._port: Any = None

    def open(self) -> None:
        """Open the port; a missing device or refused socket is an unreachable printer."""
        if self._port is not None:
            return
        try:
            port = serial.serial_for_url(
                self.address.port,
                do_not_open=True,
                baudrate=self.address.baud_rate,
                rtscts=self.address.flow_control == "rtscts",
                xonxoff=self.address.flow_control == "xonxoff",
                timeout=0,
                write_timeout=self.write_timeout_s,
            )
            port.open()
        except (serial.SerialException, ValueError, OSError) as error:
            raise PrinterUnreachableError(
                f"The {self.description} cannot be opened ({error}) — is it plugged in and "
                "not used by another program?"
            ) from error
        self._port = port

    def close(self) -> None:
        """Close the port; safe when already closed."""
        port, self._port = self._port, None
        if port is not None:
            port.close()

    def write(self, data: bytes) -> None:
        """Send all of ``data`` within the write time limit."""
        port = self._require_port()
        try:
            port.write(data)
            port.flush()
        except serial.SerialTimeoutException as error:
            self.close()
            raise PrinterTimeoutError(
                f"The {self.description} did not take the data within "
                f"{self.write_timeout_s:g} s — is it paused or out of paper?"
            ) from error
        except (serial.SerialException, OSError) as error:
            self.close()
            raise PrinterConnectionLostError(
                f"The connection to the {self.description} was lost ({error})."
            ) from error

    def read(self, timeout_s: float) -> bytes:
        """Return what arrives within ``timeout_s``: one byte waited for, then all buffered."""
        port = self._require_port()
        try:
            port.timeout = max(timeout_s, 0.001)
            first = port.read(1)
            if not first:
                return b""
            port.timeout = 0
            waiting = port.in_waiting
            return bytes(first) + (bytes(port.read(waiting)) if waiting else b"")
        except (serial.SerialException, OSError) as error:
            self.close()
            raise PrinterConnectionLostError(
                f"The connection to the {self.description} was lost ({error})."
            ) from error

    def _require_port(self) -> Any:
        if self._port is None:
            raise PrinterNotOpenError(f"The {self.description} is not open.")
        return self._port
