"""USB printers and the Windows spooler, through python-escpos' device classes.

python-escpos is imported only inside ``open()``: importing it costs about a third of a second and
leaves a temporary folder per process, so stations without such printers never pay for it. Both
connections are one-way here: jobs sent this way are "sent, unconfirmed".

python-escpos offers no public call for raw bytes; its ``_raw`` method is the one every device
class implements for exactly that, so it is used deliberately.
"""

from __future__ import annotations

import importlib
import sys
from typing import Any

from packstation.domain.sentences import Sentence
from packstation.printing.transports.base import TransportBase
from packstation.printing.transports.errors import (
    PrinterConnectionLostError,
    PrinterNotOpenError,
    PrinterUnreachableError,
    PrinterUnsupportedError,
)
from packstation.printing.urls import UsbAddress, WindowsAddress

DEFAULT_USB_TIMEOUT_S = 10.0
_JOB_NAME = "Packstation"


class UsbTransport(TransportBase):
    """A USB printer found by vendor and product id (pyusb, and libusb on the station)."""

    def __init__(self, address: UsbAddress, *, write_timeout_s: float = DEFAULT_USB_TIMEOUT_S):
        self.address = address
        self.write_timeout_s = write_timeout_s
        self.description = Sentence("printer on %1", address)
        self._device: Any = None

    def open(self) -> None:
        """Find the device on the USB bus and claim it."""
        if self._device is not None:
            return
        from escpos import exceptions
        from escpos.printer import Usb

        if not Usb.is_usable():
            raise PrinterUnsupportedError(
                f"Cannot use the {self.description}: USB printing needs the 'pyusb' package "
                "and the libusb library on this computer."
            )
        device = Usb(
            idVendor=self.address.vendor_id,
            idProduct=self.address.product_id,
            # pyusb counts in milliseconds.
            timeout=int(self.write_timeout_s * 1000),
            in_ep=self.address.in_endpoint,
            out_ep=self.address.out_endpoint,
        )
        # Imported by name: pyusb is only needed (and only present) where USB printers are used.
        no_backend: type[Exception] = importlib.import_module("usb.core").NoBackendError
        try:
            device.open()
        except no_backend as error:
            raise PrinterUnsupportedError(
                f"Cannot use the {self.description}: the libusb library is missing "
                "(Debian package libusb-1.0-0)."
            ) from error
        except exceptions.DeviceNotFoundError as error:
            raise PrinterUnreachableError(
                f"The {self.description} was not found — is it plugged in and switched on?"
            ) from error
        self._device = device

    def close(self) -> None:
        """Release the USB interface."""
        device, self._device = self._device, None
        if device is not None:
            device.close()

    def write(self, data: bytes) -> None:
        """Send ``data`` to the printer's out endpoint."""
        if self._device is None:
            raise PrinterNotOpenError(f"The {self.description} is not open.")
        usb_error: type[Exception] = importlib.import_module("usb.core").USBError
        try:
            self._device._raw(data)
        except usb_error as error:
            self.close()
            raise PrinterConnectionLostError(
                f"The {self.description} stopped taking data ({error}) — check the cable."
            ) from error


class WindowsSpoolerTransport(TransportBase):
    """A printer known to the Windows spooler; each ``write()`` is one RAW spooler job."""

    def __init__(self, address: WindowsAddress) -> None:
        self.printer_name = address.printer_name
        self.description = Sentence("Windows printer %1", repr(address.printer_name))
        self._printer: Any = None

    def open(self) -> None:
        """Check the platform and the printer name; the spooler job starts per write."""
        if sys.platform != "win32":
            raise PrinterUnsupportedError(
                f"The {self.description} uses the Windows spooler, which exists only on "
                "Windows; use tcp://, usb:// or cups:// on this computer."
            )
        from escpos.printer import Win32Raw

        if not Win32Raw.is_usable():
            raise PrinterUnsupportedError(
                f"Cannot use the {self.description}: the 'pywin32' package is not installed."
            )
        printer = Win32Raw(self.printer_name)
        if self.printer_name not in printer.printers:
            raise PrinterUnreachableError(
                f"Windows knows no printer named {self.printer_name!r} — check the name in "
                "the settings against the Windows printer list.",
                retryable=False,
            )
        self._printer = printer

    def close(self) -> None:
        """Forget the printer handle; each job was already closed after writing."""
        self._printer = None

    def write(self, data: bytes) -> None:
        """Submit ``data`` as one RAW job."""
        if self._printer is None:
            raise PrinterNotOpenError(f"The {self.description} is not open.")
        from escpos import exceptions

        try:
            self._printer.open(job_name=_JOB_NAME)
            self._printer._raw(data)
        except exceptions.DeviceNotFoundError as error:
            raise PrinterUnreachableError(
                f"The Windows spooler would not start a job for {self.description} ({error})."
            ) from error
        finally:
            self._printer.close()
