"""Checks on the address-like settings: the SortedPRO URL, printer URLs and serial-device URLs.

Each check returns the cleaned value or raises ``ValueError`` with a sentence for the operator;
the loader prefixes it with the setting's name, its value and where the value came from. These
checks look at the shape of an address only: whether a printer answers is the Devices screen's
business. They deliberately do not import the printing adapter (the GUI may import this package
but must never reach an adapter, not even indirectly).
"""

from __future__ import annotations

import ipaddress
import re
from urllib.parse import urlsplit

PRODUCTION_API_URL = "https://api.electioapp.com"
SANDBOX_API_URL = "https://apisandbox.electioapp.com"

# The printer URL schemes packstation.printing understands; socket/rfc2217/loop are pyserial
# URLs that the printing adapter drives as serial printers.
PRINTER_URL_SCHEMES = (
    "tcp",
    "usb",
    "serial",
    "cups",
    "windows",
    "file",
    "socket",
    "rfc2217",
    "loop",
)
# URL handlers pyserial's serial_for_url knows; anything without "://" is a device name.
SERIAL_URL_SCHEMES = ("socket", "rfc2217", "loop", "spy", "alt", "hwgrep", "cp2110")
_DEVICE_NAME = re.compile(r"^[^\s]+$")


def is_loopback_host(host: str) -> bool:
    """Return whether ``host`` names this computer (localhost, 127.0.0.0/8, ::1)."""
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def check_api_url(url: str) -> str:
    """Return the SortedPRO base URL without a trailing slash; plain HTTP only to loopback."""
    text = url.strip()
    parts = urlsplit(text)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ValueError("not an http(s) address; use e.g. https://api.electioapp.com")
    if parts.query or parts.fragment:
        raise ValueError("a base address takes no ?query or #fragment")
    try:
        parts.port  # noqa: B018 - urlsplit checks the port only when it is read
    except ValueError:
        raise ValueError("the port must be a number from 1 to 65535") from None
    if parts.username or parts.password:
        raise ValueError("credentials do not belong in the address; the API key is stored apart")
    if parts.scheme == "http" and not is_loopback_host(parts.hostname):
        raise ValueError(
            "plain http:// is only allowed to this computer (localhost, 127.0.0.1, ::1); "
            "use https://"
        )
    return text.rstrip("/")


def check_printer_url(url: str) -> str:
    """Return a printer URL whose scheme the printing adapter supports and that names a target."""
    text = url.strip()
    scheme, separator, rest = text.partition("://")
    if not separator:
        raise ValueError(
            "not a printer URL; expected SCHEME://..., e.g. tcp://192.168.1.50:9100 or cups://QUEUE"
        )
    if scheme.lower() not in PRINTER_URL_SCHEMES:
        known = ", ".join(PRINTER_URL_SCHEMES)
        raise ValueError(f"unknown printer URL scheme {scheme!r} (use one of {known})")
    if not rest.strip("/") and scheme.lower() != "loop":
        raise ValueError(f"the {scheme}:// address names no printer")
    return f"{scheme.lower()}://{rest}"


def check_serial_url(url: str) -> str:
    """Return a serial device name (``/dev/ttyUSB0``, ``COM3``) or a pyserial URL."""
    text = url.strip()
    scheme, separator, rest = text.partition("://")
    if separator:
        if scheme.lower() not in SERIAL_URL_SCHEMES:
            known = ", ".join(SERIAL_URL_SCHEMES)
            raise ValueError(
                f"unknown serial URL scheme {scheme!r} "
                f"(use a device such as /dev/ttyUSB0 or COM3, or one of {known})"
            )
        if not rest and scheme.lower() != "loop":
            raise ValueError(f"the {scheme}:// address names no device")
        return f"{scheme.lower()}://{rest}"
    if not _DEVICE_NAME.match(text):
        raise ValueError("not a serial device name (e.g. /dev/ttyUSB0 or COM3) or pyserial URL")
    return text
