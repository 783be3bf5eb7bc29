"""Reads the bench scale while a parcel form is on screen and shows the live weight in it.

One read at a time, in the scale lane; a scale that stops answering shows its message in the
form and the status bar, and reading goes on (it may come back).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from packstation.domain.ports import WeightReading
from packstation.errors import UserFacingError
from packstation.gui import tasks
from packstation.gui.bench import ScaleReader
from packstation.gui.parcel_entry import ParcelEntry

SCALE_POLL_MS = 400


class ScaleWatch(QObject):
    """Polls the scale for whichever parcel form is visible."""

    reported = Signal(str, bool)
    """(reading or problem, whether it is a problem)"""

    def __init__(
        self,
        runner: tasks.TaskRunner,
        read_scale: ScaleReader,
        entries: list[ParcelEntry],
        report_bug: Callable[[BaseException], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._runner = runner
        self._read = read_scale
        self._entries = entries
        self._report_bug = report_bug
        self._reading = False
        self._timer = QTimer(self)
        self._timer.setInterval(SCALE_POLL_MS)
        self._timer.timeout.connect(self.on_timer_timeout)

    def start(self) -> None:
        """Begin polling."""
        self._timer.start()

    def stop(self) -> None:
        """Stop polling."""
        self._timer.stop()

    def _visible_entry(self) -> ParcelEntry | None:
        return next((entry for entry in self._entries if entry.isVisible()), None)

    @Slot()
    def on_timer_timeout(self) -> None:
        """Start a read when a form shows and no read is under way."""
        if self._reading or self._visible_entry() is None:
            return
        self._reading = True
        self._runner.submit(tasks.SCALE, self._read, self._on_read, self._on_failed)

    def _on_read(self, reading: WeightReading) -> None:
        self._reading = False
        entry = self._visible_entry()
        if entry is not None:
            entry.show_scale(reading)
        self.reported.emit(f"{reading.weight_kg:.2f} kg", False)

    def _on_failed(self, error: BaseException) -> None:
        self._reading = False
        if not isinstance(error, UserFacingError):
            self._timer.stop()
            self._report_bug(error)
            return
        entry = self._visible_entry()
        if entry is not None:
            entry.show_scale(None, str(error))
        self.reported.emit(str(error), True)
