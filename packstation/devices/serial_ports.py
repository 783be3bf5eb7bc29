"""Opening serial devices by address, with explicit timeouts, through pyserial.

An address is anything :func:`serial.serial_for_url` takes: a device path (``/dev/ttyUSB0``,
``COM3``) or a pyserial URL (``socket://HOST:PORT`` for serial-to-Ethernet converters and the
virtual scale, ``loop://`` in tests, ``rfc2217://``...). Like the printer addresses, a device path
may also be written ``serial:///dev/ttyUSB0?baud=9600`` or carry the query directly
(``/dev/ttyUSB0?baud=4800``); the query sets the baud rate only and is removed before pyserial
sees the path. Nothing here opens anything until :func:`open_port` is called.
"""

from __future__ import annotations

import errno
import socket
from dataclasses import dataclass
from urllib.parse import parse_qs

import serial

DEFAULT_BAUD = 9600


@dataclass(frozen=True)
class SerialAddress:
    """Where a serial device is and how fast it talks."""

    url: str
    baud: int = DEFAULT_BAUD


def parse_serial_address(text: str, *, default_baud: int = DEFAULT_BAUD) -> SerialAddress:
    """Split a configured address into the pyserial URL and the baud rate.

    Raises :class:`ValueError` with a readable message for an empty address or a bad baud rate.
    """
    address = text.strip()
    if not address:
        raise ValueError("no serial device address given")
    if address.startswith("serial://"):
        address = address.removeprefix("serial://")
    elif "://" in address:
        # A pyserial URL keeps its own options (socket://host:port?logging=debug).
        return SerialAddress(address, default_baud)
    path, _, query = address.partition("?")
    baud = default_baud
    if query:
        values = parse_qs(query).get("baud")
        if not values:
            raise ValueError(f"unknown option in serial address {text!r} (only baud=N is known)")
        if not values[0].isdigit() or int(values[0]) <= 0:
            raise ValueError(f"baud rate must be a positive number in {text!r}")
        baud = int(values[0])
    if not path:
        raise ValueError(f"no device path in serial address {text!r}")
    return SerialAddress(path, baud)


def open_port(
    address: SerialAddress, *, read_timeout_s: float, write_timeout_s: float
) -> serial.SerialBase:
    """Open the device with bounded reads and writes (8 data bits, no parity, 1 stop bit).

    Raises :class:`serial.SerialException` (an :class:`OSError`) when it cannot be opened and
    :class:`ValueError` for a URL pyserial does not accept. A TCP connection attempt is bounded by
    pyserial itself (5 s).
    """
    port = serial.serial_for_url(address.url, do_not_open=True)
    port.baudrate = address.baud
    port.bytesize = serial.EIGHTBITS
    port.parity = serial.PARITY_NONE
    port.stopbits = serial.STOPBITS_ONE
    port.timeout = read_timeout_s
    port.write_timeout = write_timeout_s
    port.open()
    return port


def close_port(port: serial.SerialBase) -> None:
    """Close ``port``, also when the device has already gone away.

    pyserial's ``socket://`` port skips closing its socket when the shutdown before it fails (the
    peer had already closed), which would leak the socket; it is closed here in any case.
    """
    raw_socket = getattr(port, "_socket", None)
    try:
        port.close()
    finally:
        if isinstance(raw_socket, socket.socket):
            raw_socket.close()


def describe_port_error(error: OSError) -> str:
    """Return a short reason for a port failure that a packer or technician can act on."""
    by_errno = {
        errno.ENOENT: "no such device",
        errno.EACCES: "permission denied; on Linux the station user must be in the dialout group",
        errno.EBUSY: "the port is in use by another program",
    }
    if error.errno in by_errno:
        return by_errno[error.errno]
    text = str(error).strip() or type(error).__name__
    if "disconnected" in text or "returned no data" in text:
        return "the connection was lost"
    # pyserial repeats the address before the cause ("could not open port X: cause").
    return text.rsplit(": ", 1)[-1]
