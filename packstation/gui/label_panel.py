"""Label preview beside the print status of each label.

Previews are PNG images rendered off the GUI thread by the printing adapter's preview callable;
the status of each label comes from the engine's print report, in words: printing, confirmed,
sent unconfirmed, or failed with the printer's reason and the keys that deal with it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from packstation.domain.labels import PrintReport, PrintState

PREVIEW_HEIGHT_PX = 340
MIN_PREVIEW_HEIGHT_PX = 160


class LabelPanel(QGroupBox):
    """One column per label: its picture and what the printer did with it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Labels"), parent)
        self.setAccessibleName(self.tr("Labels and print status"))
        self._row = QHBoxLayout()
        self._row.addStretch(1)
        inner = QWidget()
        inner.setLayout(self._row)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroll.setWidget(inner)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll)
        self._images: list[QLabel] = []
        self._statuses: list[QLabel] = []

    def statuses(self) -> list[str]:
        """Return the status text of each label shown."""
        return [status.text() for status in self._statuses]

    def show_labels(self, count: int) -> None:
        """Lay out ``count`` labels, without pictures yet."""
        while self._row.count() > 1:
            item = self._row.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self._images, self._statuses = [], []
        for index in range(count):
            column = QWidget()
            box = QVBoxLayout(column)
            image = QLabel(self.tr("Label %1").replace("%1", str(index + 1)))
            image.setObjectName("labelImage")
            image.setAlignment(Qt.AlignmentFlag.AlignCenter)
            image.setMinimumSize(MIN_PREVIEW_HEIGHT_PX * 2 // 3, MIN_PREVIEW_HEIGHT_PX)
            status = QLabel()
            status.setObjectName("labelStatus")
            status.setWordWrap(True)
            status.setAccessibleName(
                self.tr("Print status of label %1").replace("%1", str(index + 1))
            )
            box.addWidget(image)
            box.addWidget(status)
            self._row.insertWidget(index, column)
            self._images.append(image)
            self._statuses.append(status)

    def show_images(self, images: list[bytes]) -> None:
        """Show the rendered pictures (PNG bytes), one per label, in order, all in view."""
        height_px = self._preview_height(len(self._images))
        for label, data in zip(self._images, images, strict=False):
            pixmap = QPixmap()
            if pixmap.loadFromData(data, "PNG"):
                label.setMinimumSize(0, 0)
                label.setPixmap(
                    pixmap.scaledToHeight(height_px, Qt.TransformationMode.SmoothTransformation)
                )

    def _preview_height(self, count: int) -> int:
        """Shrink the pictures so that every label of the parcel is in view (4x6 proportions)."""
        width_each_px = (self.width() - 60) // max(1, count) - 20
        return max(MIN_PREVIEW_HEIGHT_PX, min(PREVIEW_HEIGHT_PX, width_each_px * 3 // 2))

    def show_preview_problem(self, problem: str) -> None:
        """Say why no picture could be drawn (the labels may still print fine)."""
        text = self.tr("No preview: %1").replace("%1", problem)
        for label in self._images:
            label.setText(text)
            label.setWordWrap(True)

    def show_report(self, report: PrintReport | None, *, printing: bool = False) -> None:
        """Show each label's print status from the engine's report."""
        for index, status in enumerate(self._statuses):
            text, state = self._status_of(index, report, printing)
            status.setText(text)
            status.setToolTip(report.message if report is not None else "")
            status.setAccessibleDescription(report.message if report is not None else "")
            status.setProperty("printState", state)
            status.style().unpolish(status)
            status.style().polish(status)

    def _status_of(self, index: int, report: PrintReport | None, printing: bool) -> tuple[str, str]:
        if printing and (report is None or index in report.not_printed):
            return self.tr("⏳ printing…"), "printing"
        if report is None:
            return self.tr("not printed yet"), "waiting"
        if index in report.not_printed:
            # The printer's reason is in the banner; under each label only what to press.
            return self.tr("✖ not printed\nR retry · S skip"), "failed"
        if index not in report.printed:
            return self.tr("not printed in this job"), "waiting"
        if report.state is PrintState.SENT_UNCONFIRMED:
            return self.tr("? sent, unconfirmed: check it came out"), "unconfirmed"
        return self.tr("✔ printed (confirmed)"), "confirmed"
