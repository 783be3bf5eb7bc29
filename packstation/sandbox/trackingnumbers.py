"""Carrier tracking numbers in each carrier's own format, with check digits where it has them.

Numbers are derived from a serial the caller draws from a database counter, so two stations
never receive the same number.
"""

from __future__ import annotations

import string
from collections.abc import Callable

S10_WEIGHTS = (8, 6, 4, 2, 3, 5, 9, 7)
# Fixed six-character UPS shipper account used on every sandbox label.
UPS_SHIPPER = "9A80W5"


def s10_check_digit(serial: str) -> int:
    """Return the UPU S10 check digit of an eight-digit serial."""
    if len(serial) != 8 or not serial.isdigit():
        raise ValueError(f"S10 serial must be eight digits: {serial!r}")
    remainder = 11 - sum(int(d) * w for d, w in zip(serial, S10_WEIGHTS, strict=True)) % 11
    return {10: 0, 11: 5}.get(remainder, remainder)


def s10(prefix: str, serial_number: int, country: str = "GB") -> str:
    """Return an S10 item identifier: two letters, eight digits, check digit, country."""
    serial = f"{serial_number % 10**8:08d}"
    return f"{prefix}{serial}{s10_check_digit(serial)}{country}"


def ups_check_digit(body: str) -> int:
    """Return the check digit of a UPS ``1Z`` number from the 15 characters after ``1Z``."""
    values = [int(c) if c.isdigit() else (ord(c) - 63) % 10 for c in body.upper()]
    odd = sum(values[0::2])
    even = sum(values[1::2])
    return (10 - (odd + 2 * even) % 10) % 10


def ups_1z(serial_number: int, service_code: str = "03") -> str:
    """Return a UPS ``1Z`` number: shipper, service code, package serial, check digit."""
    body = f"{UPS_SHIPPER}{service_code}{serial_number % 10**7:07d}"
    return f"1Z{body}{ups_check_digit(body)}"


def dhl_waybill(serial_number: int) -> str:
    """Return a ten-digit DHL Express waybill whose last digit is the others modulo 7."""
    base = serial_number % 10**9
    return f"{base:09d}{base % 7}"


def dpd_parcel(serial_number: int) -> str:
    """Return a 14-digit DPD parcel number (depot 155 prefix)."""
    return f"155{serial_number % 10**11:011d}"


def evri_barcode(serial_number: int) -> str:
    """Return a 16-character Evri parcel barcode (``H``, client code, serial)."""
    letters = string.ascii_uppercase
    client = "".join(letters[(serial_number // 26**i) % 26] for i in range(3))
    return f"H01{client}{serial_number % 10**10:010d}"


def inpost_parcel(serial_number: int) -> str:
    """Return a 24-digit InPost parcel number."""
    return f"6800{serial_number % 10**20:020d}"


GENERATORS: dict[str, Callable[[int], str]] = {
    "S10_RM": lambda n: s10("TT", n),
    "S10_RM_INT": lambda n: s10("LX", n),
    "S10_PF": lambda n: s10("PB", n),
    "UPS1Z": ups_1z,
    "DHL10": dhl_waybill,
    "DPD14": dpd_parcel,
    "EVRI16": evri_barcode,
    "INPOST24": inpost_parcel,
}


def tracking_number(format_name: str, serial_number: int) -> str:
    """Return the tracking number of ``format_name`` for a unique serial."""
    return GENERATORS[format_name](serial_number)
