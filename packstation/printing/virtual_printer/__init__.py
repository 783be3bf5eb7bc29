"""A virtual Zebra printer for demos and tests: ZPL over TCP, ``~HS`` answers, settable faults.

See :mod:`.server` for the printer port, :mod:`.control` for the control channel's line protocol
and :class:`.faults.VirtualPrinterFaults` for the faults.
"""

from packstation.printing.virtual_printer.control import ControlChannelError, send_control_command
from packstation.printing.virtual_printer.faults import FaultSettingError, VirtualPrinterFaults
from packstation.printing.virtual_printer.server import VirtualPrinter

__all__ = [
    "ControlChannelError",
    "FaultSettingError",
    "VirtualPrinter",
    "VirtualPrinterFaults",
    "send_control_command",
]
