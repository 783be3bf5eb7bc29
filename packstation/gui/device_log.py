"""What the Devices screen says about each device: its set-up, last outcome and last error.

The window learns about devices only from what the services report (print reports in the views,
scale readings); nothing here talks to a device.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from PySide6.QtCore import QCoreApplication

from packstation.domain.labels import PrintReport, PrintState
from packstation.gui.formatting import print_state

SCALE = "scale"
"""The scale's name in the log."""


@dataclass
class DeviceLog:
    """The last outcome and the last error per device name."""

    last_outcome: dict[str, str] = field(default_factory=dict)
    last_error: dict[str, str] = field(default_factory=dict)

    def printed(self, report: PrintReport, when: datetime) -> None:
        """Remember a print job's outcome (and its problem, if it failed)."""
        stamp = f"{when:%H:%M}"
        self.last_outcome[report.printer] = _at(print_state(report.state), stamp)
        if report.state is PrintState.FAILED:
            problem = report.message or print_state(report.state)
            self.last_error[report.printer] = _at(problem, stamp)

    def scale(self, name: str, text: str, when: datetime, *, problem: bool) -> None:
        """Remember the scale's last reading or problem."""
        stamp = f"{when:%H:%M:%S}"
        if problem:
            self.last_error[name] = _at(text, stamp)
        else:
            self.last_outcome[name] = _at(text, stamp)

    def describe(self, name: str, setup: str) -> str:
        """Return the device's row: set-up, last outcome, last error."""
        lines = [setup]
        if name in self.last_outcome:
            last = QCoreApplication.translate("DeviceLog", "last: %1")
            lines.append(last.replace("%1", self.last_outcome[name]))
        if name in self.last_error:
            error = QCoreApplication.translate("DeviceLog", "last error: %1")
            lines.append(error.replace("%1", self.last_error[name]))
        return "\n".join(lines)


def _at(what: str, stamp: str) -> str:
    """Return ``what at 10:42``; the time goes in first so a ``%1`` in ``what`` stays as it is."""
    text = QCoreApplication.translate("DeviceLog", "%1 at %2")
    return text.replace("%2", stamp).replace("%1", what)
