"""Closing the shift from the window: PIN, plan, manifest with progress, retry, print, finish.

Every service call runs in a task-runner lane; the manifest's progress callback is called on
that worker thread and reaches the panel through a queued signal.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QObject, Signal, Slot

from packstation.domain.labels import LabelFile, LabelLanguage, PrintReport
from packstation.domain.ports import NamedPdf
from packstation.errors import UserFacingError
from packstation.gui import formatting as fmt
from packstation.gui import tasks
from packstation.gui.bench import BenchServices
from packstation.gui.close_shift_panel import CloseShiftPanel
from packstation.gui.pin_dialog import PinDialog
from packstation.services.close_shift import ClosePlan, CloseResult, ShiftCloser

logger = logging.getLogger(__name__)

DRIVER_SHEET = "driver-sheet.pdf"
T = TypeVar("T")
SHEET_PAGES_SHOWN = 1
"""The close panel previews the driver sheet's first page: rendering a long shift's every page
(hundreds) would take the preview lane tens of seconds and tens of MB for nothing."""


class CloseShiftCalls(QObject):
    """Runs the close-shift service for the panel."""

    progressed = Signal(int, int)
    closed = Signal()

    def __init__(
        self,
        bench: BenchServices,
        runner: tasks.TaskRunner,
        panel: CloseShiftPanel,
        report_bug: Callable[[BaseException], None],
        checked_by_hand: Callable[[], list[str]] = list,
    ) -> None:
        super().__init__(panel)
        self._report_bug = report_bug
        self._checked_by_hand = checked_by_hand
        self._bench = bench
        self._runner = runner
        self._panel = panel
        self._closer: ShiftCloser | None = None
        self._plan: ClosePlan | None = None
        self.result: CloseResult | None = None
        self.pin_dialog: PinDialog | None = None
        self.progressed.connect(panel.show_progress)
        panel.start_button.clicked.connect(self.on_start_button_clicked)
        panel.manifest_button.clicked.connect(self.on_manifest_button_clicked)
        panel.retry_button.clicked.connect(self.on_retry_button_clicked)
        panel.print_button.clicked.connect(self.on_print_button_clicked)
        panel.finish_button.clicked.connect(self.on_finish_button_clicked)
        if bench.lead_pin is None:
            panel.show_unavailable(
                self.tr(
                    "No shift lead PIN is set up for this station, so the shift cannot be "
                    "closed from this window."
                )
            )

    @Slot()
    def on_start_button_clicked(self) -> None:
        """Ask for the lead's PIN."""
        dialog = PinDialog(self.tr("Shift lead: type your PIN to close the shift."), self._panel)
        dialog.pin_given.connect(self.on_pin_dialog_pin_given)
        self.pin_dialog = dialog
        dialog.open()

    @Slot(str)
    def on_pin_dialog_pin_given(self, pin: str) -> None:
        """Check the PIN and plan the close (engine lane: scrypt and the journal take a moment)."""
        gate = self._bench.lead_pin
        if gate is None:
            return
        closer = self._closer = self._bench.shift_closer()

        def check_and_plan() -> ClosePlan:
            gate.check(pin)
            return closer.plan()

        self._run(self.tr("Checking the PIN…"), check_and_plan, self._on_planned)

    def _on_planned(self, plan: ClosePlan) -> None:
        self._plan = plan
        self._panel.show_plan(plan)

    @Slot()
    def on_manifest_button_clicked(self) -> None:
        """Manifest the plan, with the unconfirmed labels the lead ticked, reporting progress."""
        closer = self._closer
        if closer is None or self._plan is None:
            return
        checked = self._checked_by_hand()

        def manifest() -> CloseResult:
            plan = closer.plan(include_unconfirmed=checked)
            return closer.manifest(plan, self.progressed.emit)

        self._run(self.tr("Manifesting…"), manifest, self._on_result)

    @Slot()
    def on_retry_button_clicked(self) -> None:
        """Manifest again only what failed."""
        closer, previous = self._closer, self.result
        if closer is None or previous is None:
            return
        self._run(
            self.tr("Retrying the failed consignments…"),
            lambda: closer.retry_failed(previous, self.progressed.emit),
            self._on_result,
        )

    def _on_result(self, result: CloseResult) -> None:
        self.result = result
        self._panel.show_result(result)
        sheet = LabelFile(result.driver_sheets_pdf, LabelLanguage.PDF)
        self._runner.submit(
            tasks.PREVIEW,
            lambda: self._bench.label_preview(sheet, pages=SHEET_PAGES_SHOWN),
            self._panel.show_sheet,
            lambda error: self._panel.show_sheet_problem(str(error)),
        )

    @Slot()
    def on_print_button_clicked(self) -> None:
        """Print the driver sheet on the document printer (its own lane)."""
        printer = self._bench.engine.devices.documents
        result = self.result
        if result is None:
            return
        if printer is None:
            self._panel.status.setText(self.tr("No document printer is set up."))
            return
        document = NamedPdf(DRIVER_SHEET, result.driver_sheets_pdf)
        self._runner.submit(
            tasks.printer_lane(printer.name),
            lambda: printer.print_pdf(document),
            self._on_printed,
            self._on_failed,
        )

    def _on_printed(self, report: PrintReport) -> None:
        text = self.tr("Driver sheet sent to %1 (%2).")
        self._panel.status.setText(
            text.replace("%1", report.printer).replace(
                "%2", report.message or fmt.print_state(report.state)
            )
        )

    @Slot()
    def on_finish_button_clicked(self) -> None:
        """Close the shift in the journal; the next pack opens a new one."""
        closer = self._closer
        if closer is None:
            return
        self._run(self.tr("Closing the shift…"), lambda: closer.finish("shift lead"), self._done)

    def _done(self, _: object) -> None:
        self._closer, self._plan, self.result = None, None, None
        self._panel.show_start(self.tr("The shift is closed. The next pack starts a new one."))
        self.closed.emit()

    def _run(self, text: str, work: Callable[[], T], done: Callable[[T], None]) -> None:
        self._panel.show_working(text)
        self._runner.submit(tasks.ENGINE, work, done, self._on_failed)

    def _on_failed(self, error: BaseException) -> None:
        if not isinstance(error, UserFacingError):
            self._panel.show_start()
            self._report_bug(error)
            return
        logger.info("closing the shift: %s", error)
        if self.result is not None:
            self._panel.show_result(self.result)
            self._panel.status.setText(str(error))
        elif self._plan is not None:
            self._panel.show_plan(self._plan)
            self._panel.status.setText(str(error))
        else:
            self._panel.show_start(str(error))
