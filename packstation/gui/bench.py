"""What the bench window is given: the services and callables ``app.py`` builds.

The window never builds adapters itself (the GUI must not import printing, journal or the API
client); the composition root fills a :class:`BenchServices` and hands it over.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Protocol

from packstation.config import LoadedSettings, StationSettings
from packstation.domain.labels import LabelFile, PrinterCondition, PrintReport
from packstation.domain.ports import Clock, LabelPrinter, WeightReading
from packstation.domain.records import PackRecord, ShiftGlance, ShiftInfo
from packstation.gui.serial_scans import ScannerSource
from packstation.services.close_shift import ShiftCloser
from packstation.services.counter import CounterDesk
from packstation.services.lead_pin import PinGate
from packstation.services.pack import PackEngine
from packstation.services.recovery import Recovery


class LabelPreview(Protocol):
    """Renders a label file to one PNG image per label (the printing adapter provides it)."""

    def __call__(self, labels: LabelFile, *, pages: int | None = None) -> list[bytes]:
        """Return PNG bytes per label or page (only the first ``pages`` when given)."""
        ...


ScaleReader = Callable[[], WeightReading]
"""Reads the bench scale once; may raise a UserFacingError when the scale does not answer."""


class ShiftLog(Protocol):
    """The journal reads the window shows: the current shift and its packs (newest first)."""

    def shift_packs(self) -> list[PackRecord]:
        """Return every pack of the current shift, newest first."""

    def shift_glance(self, newest: int, since: datetime) -> ShiftGlance:
        """Return the ``newest`` latest packs and the counts of packed (in all, after ``since``)."""

    def shift_info(self) -> ShiftInfo:
        """Return the current shift."""


@dataclass(frozen=True)
class BenchServices:
    """Everything the bench window works with, ready to use."""

    engine: PackEngine
    recovery: Recovery
    shift_log: ShiftLog
    shift_closer: Callable[[], ShiftCloser]
    label_preview: LabelPreview
    clock: Clock
    settings: StationSettings
    read_scale: ScaleReader | None = None
    loaded_settings: LoadedSettings | None = None
    """Where the settings came from; with it the Settings screen can save and store the key."""
    spare_label_printers: tuple[LabelPrinter, ...] = ()
    """Other label printers a failed print can move to (P on the pack screen)."""
    counter: CounterDesk | None = None
    """The counter desk; without one the Counter screen says booking is not set up."""
    serial_scanner: ScannerSource | None = None
    """A serial barcode scanner feeding the pack screen (keyboard-wedge scanners need nothing)."""
    printer_status: Callable[[LabelPrinter], PrinterCondition] | None = None
    """Asks a printer how it is now (the Devices screen's live status, the check between packs)."""
    test_print: Callable[[LabelPrinter], PrintReport] | None = None
    """Prints a test label on a printer and reports it (the Devices screen's Test print)."""
    lead_pin: PinGate | None = None
    """Checks the shift lead's PIN before closing; without one the window cannot close a shift."""
    demo: bool = False
    warm_up: Callable[[], object] | None = None
    """Prepares, off the GUI thread, what the first scan would otherwise pay for (the window
    runs it once, after it is shown)."""
