"""The close-shift part of the Shift screen: plan, manifest with progress, results, driver sheet.

The panel only shows; :mod:`packstation.gui.close_shift_calls` runs the services. Its buttons are
all reachable by keyboard (Tab, Enter, and the Alt mnemonics shown underlined).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap, QResizeEvent
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from packstation.gui import engine_words
from packstation.services.close_shift import ClosePlan, CloseResult

SHEET_MIN_WIDTH_PX = 320
"""Narrower than this the sheet's text cannot be read: the preview scrolls instead."""


class CloseShiftPanel(QGroupBox):
    """Buttons, progress, per-carrier results, failures and the driver-sheet preview."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Close the shift"), parent)
        self.setAccessibleName(self.tr("Close the shift"))
        self.status = QLabel(self.tr("Closing needs the shift lead's PIN."))
        self.status.setWordWrap(True)
        self.start_button = QPushButton(self.tr("&Close shift…"))
        self.manifest_button = QPushButton(self.tr("&Manifest now"))
        self.retry_button = QPushButton(self.tr("&Retry failed"))
        self.print_button = QPushButton(self.tr("&Print driver sheet"))
        self.finish_button = QPushButton(self.tr("&Finish closing"))
        buttons = QHBoxLayout()
        for button in self._buttons():
            button.setAccessibleName(button.text().replace("&", ""))
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Manifest progress"))
        self.results = QListWidget()
        self.results.setAccessibleName(self.tr("Manifest results"))
        self.results.setMinimumHeight(self.fontMetrics().height() * 6)
        self.results.setWordWrap(True)
        self.results.setResizeMode(QListView.ResizeMode.Adjust)
        self.sheet = QLabel()
        self.sheet.setObjectName("labelImage")
        self.sheet.setAccessibleName(self.tr("Driver sheet preview"))
        self.sheet.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter)
        self._sheet_page = QPixmap()
        self.sheet_area = QScrollArea()
        self.sheet_area.setWidget(self.sheet)
        self.sheet_area.setWidgetResizable(True)
        self.sheet_area.setMinimumHeight(300)
        # Results and the sheet appear once there is a manifest to show: until then the packs
        # table below is not pushed off the screen by two empty boxes.
        self.outcome = QWidget()
        row = QHBoxLayout(self.outcome)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.results, 1)
        row.addWidget(self.sheet_area, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        layout.addWidget(self.progress)
        layout.addWidget(self.outcome)
        self.show_start()

    def _buttons(self) -> tuple[QPushButton, ...]:
        return (
            self.start_button,
            self.manifest_button,
            self.retry_button,
            self.print_button,
            self.finish_button,
        )

    def _enable(self, *enabled: QPushButton) -> None:
        for button in self._buttons():
            button.setVisible(button in enabled)
        if enabled:
            enabled[0].setFocus(Qt.FocusReason.OtherFocusReason)

    def show_start(self, message: str = "") -> None:
        """Wait for the lead to start closing."""
        if message:
            self.status.setText(message)
        self.progress.setVisible(False)
        self._hide_outcome()
        self._enable(self.start_button)

    def _hide_outcome(self) -> None:
        self.results.clear()
        self._sheet_page = QPixmap()
        self.sheet.clear()
        self.outcome.setVisible(False)

    def show_unavailable(self, message: str) -> None:
        """Say why closing cannot start from this window."""
        self.status.setText(message)
        self.progress.setVisible(False)
        self._hide_outcome()
        self._enable()

    def show_plan(self, plan: ClosePlan) -> None:
        """Say what closing will do and wait for the go-ahead."""
        self._hide_outcome()
        self.status.setText(
            self.tr("%1 pack(s) will be manifested; %2 exception(s) stay open (listed above).")
            .replace("%1", str(len(plan.to_manifest)))
            .replace("%2", str(len(plan.exceptions)))
        )
        self._enable(self.manifest_button)

    def show_working(self, text: str) -> None:
        """Show that a step runs."""
        self.status.setText(text)
        self.progress.setVisible(True)
        self.progress.setRange(0, 0)
        self._enable()

    def show_progress(self, done: int, total: int) -> None:
        """Show how many consignments were sent so far."""
        self.progress.setRange(0, max(1, total))
        self.progress.setValue(done)

    def show_result(self, result: CloseResult) -> None:
        """List per-carrier totals and every failure; offer retry, print and finish."""
        self.progress.setVisible(False)
        self.results.clear()
        for carrier, consignments, parcels in result.carrier_summary():
            self.results.addItem(
                self.tr("%1: %2 consignment(s), %3 parcel(s) manifested")
                .replace("%1", carrier)
                .replace("%2", str(consignments))
                .replace("%3", str(parcels))
            )
        for failure in result.failed:
            self.results.addItem(
                self.tr("✖ %1 not manifested: %2")
                .replace("%1", failure.reference)
                .replace("%2", engine_words.shown(failure.message))
            )
        failed = len(result.failed)
        self.status.setText(self._result_status(failed, len(result.exceptions)))
        shown = (self.retry_button,) if failed else ()
        self.outcome.setVisible(True)
        self._enable(*shown, self.print_button, self.finish_button)

    def _result_status(self, failed: int, still_open: int) -> str:
        """Say how the manifest went, never "everything" while exceptions stay open."""
        if failed:
            return self.tr(
                "Manifest done with %1 failure(s). Retry them, or print and finish."
            ).replace("%1", str(failed))
        if still_open:
            return self.tr(
                "Everything sent was manifested; %1 exception(s) stay open (listed above). "
                "Print the driver sheet, then finish."
            ).replace("%1", str(still_open))
        return self.tr("Everything was manifested. Print the driver sheet, then finish.")

    def show_sheet(self, pages: list[bytes]) -> None:
        """Show the first page of the driver sheet."""
        pixmap = QPixmap()
        if pages and pixmap.loadFromData(pages[0], "PNG"):
            self._sheet_page = pixmap
            self._fit_sheet()

    def show_sheet_problem(self, problem: str) -> None:
        """Say why the driver sheet cannot be shown (it may still print)."""
        self._sheet_page = QPixmap()
        self.sheet.setWordWrap(True)
        self.sheet.setText(problem)

    def _fit_sheet(self) -> None:
        """Scale the sheet's first page to the preview's width: no sideways scrolling."""
        if self._sheet_page.isNull():
            return
        scrollbar = self.sheet_area.verticalScrollBar().sizeHint().width()
        width = max(SHEET_MIN_WIDTH_PX, self.sheet_area.viewport().width() - scrollbar)
        self.sheet.setPixmap(
            self._sheet_page.scaledToWidth(width, Qt.TransformationMode.SmoothTransformation)
        )

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        """Keep the sheet as wide as its preview when the window changes size."""
        super().resizeEvent(event)
        self._fit_sheet()
