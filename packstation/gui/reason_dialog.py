"""Asks why a label is reprinted; a reprint is counted on the shift report with its reason."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget


class ReprintDialog(QDialog):
    """A short form: pick or type a reason, Enter to reprint, Esc to cancel."""

    reason_given = Signal(str, str)
    """(consignment reference, reason)"""

    def __init__(self, reference: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.reference = reference
        self.setWindowTitle(self.tr("Reprint label"))
        self.setAccessibleName(self.tr("Reprint label"))
        question = QLabel(self.tr("Why reprint the label of %1?").replace("%1", reference))
        question.setWordWrap(True)
        self.reason = QComboBox()
        self.reason.setEditable(True)
        self.reason.setAccessibleName(self.tr("Reprint reason"))
        self.reason.addItems(
            [
                self.tr("Label damaged or smudged"),
                self.tr("Label did not come out"),
                self.tr("Label stuck on the wrong parcel"),
                self.tr("Printer jammed"),
            ]
        )
        self.reason.setCurrentIndex(0)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Reprint (Enter)"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel (Esc)"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(question)
        layout.addWidget(self.reason)
        layout.addWidget(buttons)

    def accept(self) -> None:
        """Send the reason on; an empty one keeps the dialog open."""
        reason = self.reason.currentText().strip()
        if not reason:
            return
        super().accept()
        self.reason_given.emit(self.reference, reason)
