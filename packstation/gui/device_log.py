"""What the Devices screen says about each device: its set-up, last outcome and last error.

The window learns about devices only from what the services report (print reports in the views,
scale readings); nothing here talks to a device.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from packstation.domain.labels import PrintReport, PrintState

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
        self.last_outcome[report.printer] = f"{report.state.value} at {stamp}"
        if report.state is PrintState.FAILED:
            self.last_error[report.printer] = f"{report.message or 'failed'} at {stamp}"

    def scale(self, name: str, text: str, when: datetime, *, problem: bool) -> None:
        """Remember the scale's last reading or problem."""
        stamp = f"{when:%H:%M:%S}"
        if problem:
            self.last_error[name] = f"{text} at {stamp}"
        else:
            self.last_outcome[name] = f"{text} at {stamp}"

    def describe(self, name: str, setup: str) -> str:
        """Return the device's row: set-up, last outcome, last error."""
        lines = [setup]
        if name in self.last_outcome:
            lines.append(f"last: {self.last_outcome[name]}")
        if name in self.last_error:
            lines.append(f"last error: {self.last_error[name]}")
        return "\n".join(lines)
