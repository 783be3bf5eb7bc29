"""Printer addresses written as URLs, parsed into typed addresses.

Accepted forms (the station settings store printers this way):

- ``tcp://HOST:PORT`` raw TCP, the usual Zebra port 9100 when the port is left out;
  IPv6 hosts go in brackets (``tcp://[::1]:9100``).
- ``usb://VENDOR:PRODUCT`` USB ids in hex (``usb://0a5f:0164`` or ``usb://0x0a5f:0x0164``);
  optional ``?out_ep=0x01&in_ep=0x82`` endpoints.
- ``serial:///dev/ttyUSB0?baud=9600`` or ``serial://COM3?baud=9600``; optional ``flow=rtscts``,
  ``flow=xonxoff`` or ``flow=none``.
- pyserial's own URL forms ``socket://HOST:PORT``, ``rfc2217://HOST:PORT`` and ``loop://`` are
  serial printers too: the whole URL goes to ``serial.serial_for_url``. They exist so that tests
  and serial-over-network adapters use the same code path as a real serial cable; use ``tcp://``
  for a network printer.
- ``cups://QUEUE`` a raw CUPS queue, printed through ``lp``.
- ``windows://PRINTER NAME`` the Windows spooler (``%20`` for spaces also works).
- ``file:///DIR`` each job is written as a new numbered file in DIR.

A malformed URL raises :class:`PrinterUrlError`, which names the URL and what is wrong.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlsplit

from packstation.errors import UserFacingError

DEFAULT_RAW_PORT = 9100
DEFAULT_BAUD_RATE = 9600
DEFAULT_USB_OUT_ENDPOINT = 0x01
DEFAULT_USB_IN_ENDPOINT = 0x82
_PYSERIAL_SCHEMES = ("socket", "rfc2217", "loop")
_FLOW_CONTROLS = ("none", "rtscts", "xonxoff")
_CUPS_QUEUE = re.compile(r"^[^\s/#\\]+$")
_WINDOWS_DRIVE_PATH = re.compile(r"^/[A-Za-z]:")


class PrinterUrlError(UserFacingError):
    """A printer URL in the settings cannot be understood; fixing the settings is the only cure."""

    retryable = False


@dataclass(frozen=True)
class TcpAddress:
    """A raw TCP printer (port 9100 on Zebra-compatible printers)."""

    host: str
    port: int = DEFAULT_RAW_PORT

    def __str__(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"{host}:{self.port}"


@dataclass(frozen=True)
class UsbAddress:
    """A USB printer found by vendor and product id."""

    vendor_id: int
    product_id: int
    out_endpoint: int = DEFAULT_USB_OUT_ENDPOINT
    in_endpoint: int = DEFAULT_USB_IN_ENDPOINT

    def __str__(self) -> str:
        return f"USB {self.vendor_id:04x}:{self.product_id:04x}"


@dataclass(frozen=True)
class SerialAddress:
    """A serial printer: a device path or a pyserial URL (``socket://``, ``loop://``)."""

    port: str
    baud_rate: int = DEFAULT_BAUD_RATE
    flow_control: str = "none"

    def __str__(self) -> str:
        return self.port


@dataclass(frozen=True)
class CupsAddress:
    """A raw CUPS queue."""

    queue: str

    def __str__(self) -> str:
        return f"CUPS queue {self.queue}"


@dataclass(frozen=True)
class WindowsAddress:
    """A printer known to the Windows spooler, by its name."""

    printer_name: str

    def __str__(self) -> str:
        return f"Windows printer {self.printer_name}"


@dataclass(frozen=True)
class FileAddress:
    """A folder that receives each job as a numbered file."""

    directory: Path

    def __str__(self) -> str:
        return f"folder {self.directory}"


PrinterAddress = (
    TcpAddress | UsbAddress | SerialAddress | CupsAddress | WindowsAddress | FileAddress
)


def parse_printer_url(url: str) -> PrinterAddress:
    """Parse a printer URL into its typed address; raise :class:`PrinterUrlError` when malformed."""
    text = url.strip()
    scheme, separator, rest = text.partition("://")
    if not separator:
        raise PrinterUrlError(
            f"Printer address {url!r} has no scheme; expected e.g. tcp://HOST:9100"
        )
    scheme = scheme.lower()
    parsers: dict[str, Callable[[str, str], PrinterAddress]] = {
        "tcp": _parse_tcp,
        "usb": _parse_usb,
        "serial": _parse_serial,
        "cups": _parse_cups,
        "windows": _parse_windows,
        "file": _parse_file,
    }
    if scheme in _PYSERIAL_SCHEMES:
        return _parse_pyserial(url, text)
    parser = parsers.get(scheme)
    if parser is None:
        known = ", ".join(f"{name}://" for name in (*parsers, *_PYSERIAL_SCHEMES))
        raise PrinterUrlError(f"Printer address {url!r}: unknown scheme {scheme!r} (use {known})")
    return parser(url, rest)


def _parse_tcp(url: str, rest: str) -> TcpAddress:
    parts = urlsplit(f"tcp://{rest}")
    if parts.path not in ("", "/") or parts.query or parts.fragment:
        raise PrinterUrlError(f"Printer address {url!r}: expected only tcp://HOST:PORT")
    try:
        port = parts.port
    except ValueError as error:
        message = f"Printer address {url!r}: the port is not a number 1-65535"
        raise PrinterUrlError(message) from error
    if not parts.hostname:
        raise PrinterUrlError(f"Printer address {url!r} names no host")
    if port == 0:
        raise PrinterUrlError(f"Printer address {url!r}: port 0 is not a printer port")
    return TcpAddress(host=parts.hostname, port=port or DEFAULT_RAW_PORT)


def _parse_usb(url: str, rest: str) -> UsbAddress:
    ids, _, query = rest.partition("?")
    vendor_text, colon, product_text = ids.rstrip("/").partition(":")
    if not colon:
        raise PrinterUrlError(f"Printer address {url!r}: expected usb://VENDOR:PRODUCT in hex")
    options = _query_options(url, query, allowed=("out_ep", "in_ep"))
    return UsbAddress(
        vendor_id=_hex_id(url, vendor_text, "vendor id"),
        product_id=_hex_id(url, product_text, "product id"),
        out_endpoint=_hex_id(url, options.get("out_ep", "0x01"), "out_ep"),
        in_endpoint=_hex_id(url, options.get("in_ep", "0x82"), "in_ep"),
    )


def _hex_id(url: str, text: str, what: str) -> int:
    digits = text.strip().lower().removeprefix("0x")
    if not re.fullmatch(r"[0-9a-f]{1,4}", digits):
        raise PrinterUrlError(f"Printer address {url!r}: the {what} {text!r} is not a hex number")
    return int(digits, 16)


def _parse_serial(url: str, rest: str) -> SerialAddress:
    location, _, query = rest.partition("?")
    port = unquote(location)
    if not port or port == "/":
        raise PrinterUrlError(f"Printer address {url!r} names no serial port")
    options = _query_options(url, query, allowed=("baud", "flow"))
    return SerialAddress(
        port=port, baud_rate=_baud_rate(url, options), flow_control=_flow(url, options)
    )


def _parse_pyserial(url: str, text: str) -> SerialAddress:
    # pyserial URLs carry their own options after '?'; only baud and flow are ours.
    base, _, query = text.partition("?")
    options = _query_options(url, query, allowed=None)
    own: dict[str, str] = {key: options.pop(key) for key in ("baud", "flow") if key in options}
    extra = "&".join(f"{key}={value}" for key, value in options.items())
    port = f"{base}?{extra}" if extra else base
    return SerialAddress(port=port, baud_rate=_baud_rate(url, own), flow_control=_flow(url, own))


def _baud_rate(url: str, options: dict[str, str]) -> int:
    text = options.get("baud", str(DEFAULT_BAUD_RATE))
    if not text.isdigit() or int(text) <= 0:
        raise PrinterUrlError(f"Printer address {url!r}: baud {text!r} is not a positive number")
    return int(text)


def _flow(url: str, options: dict[str, str]) -> str:
    flow = options.get("flow", "none").lower()
    if flow not in _FLOW_CONTROLS:
        raise PrinterUrlError(
            f"Printer address {url!r}: flow {flow!r} is not one of {', '.join(_FLOW_CONTROLS)}"
        )
    return flow


def _parse_cups(url: str, rest: str) -> CupsAddress:
    queue = unquote(rest.rstrip("/"))
    if not queue or not _CUPS_QUEUE.match(queue):
        raise PrinterUrlError(
            f"Printer address {url!r}: expected cups://QUEUE (a queue name has no spaces or '/')"
        )
    return CupsAddress(queue=queue)


def _parse_windows(url: str, rest: str) -> WindowsAddress:
    name = unquote(rest).strip()
    if not name:
        raise PrinterUrlError(f"Printer address {url!r}: expected windows://PRINTER NAME")
    return WindowsAddress(printer_name=name)


def _parse_file(url: str, rest: str) -> FileAddress:
    host, slash, path = rest.partition("/")
    if host not in ("", "localhost") or not slash:
        raise PrinterUrlError(f"Printer address {url!r}: expected file:///ABSOLUTE/FOLDER")
    path_text = unquote("/" + path)
    if _WINDOWS_DRIVE_PATH.match(path_text):
        path_text = path_text[1:]
    if path_text in ("", "/") and not path:
        raise PrinterUrlError(f"Printer address {url!r} names no folder")
    return FileAddress(directory=Path(path_text))


def _query_options(url: str, query: str, *, allowed: tuple[str, ...] | None) -> dict[str, str]:
    options: dict[str, str] = {}
    for key, values in parse_qs(query, keep_blank_values=True, strict_parsing=False).items():
        if allowed is not None and key not in allowed:
            raise PrinterUrlError(
                f"Printer address {url!r}: unknown option {key!r} (allowed: {', '.join(allowed)})"
            )
        options[key] = values[-1]
    return options
