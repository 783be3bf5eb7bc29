"""Printer connections by URL: TCP, USB, serial, CUPS, Windows spooler and a folder.

:func:`transport_for` only *builds* the transport for an address (no I/O); call ``open()`` or
use it as a context manager to connect.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from packstation.printing.lazy import lazy_names
from packstation.printing.transports.base import Transport, TransportBase
from packstation.printing.transports.cups import CupsTransport
from packstation.printing.transports.errors import (
    PrinterConnectionLostError,
    PrinterError,
    PrinterNotOpenError,
    PrinterTimeoutError,
    PrinterUnreachableError,
    PrinterUnsupportedError,
)
from packstation.printing.transports.escpos_devices import UsbTransport, WindowsSpoolerTransport
from packstation.printing.transports.file import FileTransport
from packstation.printing.transports.tcp import (
    DEFAULT_CONNECT_TIMEOUT_S,
    DEFAULT_WRITE_TIMEOUT_S,
    TcpTransport,
)
from packstation.printing.urls import (
    CupsAddress,
    FileAddress,
    PrinterAddress,
    SerialAddress,
    TcpAddress,
    UsbAddress,
    WindowsAddress,
    parse_printer_url,
)

if TYPE_CHECKING:
    from packstation.printing.transports.serial_port import SerialTransport


def transport_for(
    address: PrinterAddress | str,
    *,
    connect_timeout_s: float = DEFAULT_CONNECT_TIMEOUT_S,
    write_timeout_s: float = DEFAULT_WRITE_TIMEOUT_S,
    file_suffix: str = "zpl",
) -> Transport:
    """Build the transport for a printer address or URL; nothing is opened yet."""
    if isinstance(address, str):
        address = parse_printer_url(address)
    match address:
        case TcpAddress():
            return TcpTransport(
                address, connect_timeout_s=connect_timeout_s, write_timeout_s=write_timeout_s
            )
        case SerialAddress():
            # pyserial loads for a serial printer only, not with every station.
            from packstation.printing.transports.serial_port import SerialTransport

            return SerialTransport(address, write_timeout_s=write_timeout_s)
        case UsbAddress():
            return UsbTransport(address, write_timeout_s=write_timeout_s)
        case CupsAddress():
            return CupsTransport(address, timeout_s=max(write_timeout_s, 15.0))
        case WindowsAddress():
            return WindowsSpoolerTransport(address)
        case FileAddress():
            return FileTransport(address, suffix=file_suffix)


__all__ = [
    "CupsTransport",
    "FileTransport",
    "PrinterConnectionLostError",
    "PrinterError",
    "PrinterNotOpenError",
    "PrinterTimeoutError",
    "PrinterUnreachableError",
    "PrinterUnsupportedError",
    "SerialTransport",
    "TcpTransport",
    "Transport",
    "TransportBase",
    "UsbTransport",
    "WindowsSpoolerTransport",
    "transport_for",
]


__getattr__ = lazy_names(
    __name__, globals(), {"SerialTransport": "packstation.printing.transports.serial_port"}
)
