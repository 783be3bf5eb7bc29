"""Asks why a label is reprinted or a shipment voided; the reason goes to the journal.

A void cancels the consignment at SortedPRO, so its dialog starts with no reason chosen and says
what will happen: the packer has to pick or type a reason before Enter does anything.
"""

from __future__ import annotations

import enum

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget


class Purpose(enum.Enum):
    """What the reason is for."""

    REPRINT = "reprint"
    VOID = "void"


class ReasonDialog(QDialog):
    """A short form: pick or type a reason, Enter to go ahead, Esc to cancel."""

    reason_given = Signal(str, str)
    """(consignment reference, reason)"""

    def __init__(self, reference: str, purpose: Purpose, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.reference = reference
        self.purpose = purpose
        self.reason = QComboBox()
        self.reason.setEditable(True)
        self.reason.setAccessibleName(self.tr("Reason"))
        question = QLabel()
        question.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self._ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel (Esc)"))
        if purpose is Purpose.REPRINT:
            self._ask_reprint(question)
        else:
            self._ask_void(question)
        self.setAccessibleName(self.windowTitle())
        self.reason.currentTextChanged.connect(self._on_reason_changed)
        self._on_reason_changed(self.reason.currentText())
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(question)
        layout.addWidget(self.reason)
        layout.addWidget(buttons)

    def _ask_reprint(self, question: QLabel) -> None:
        self.setWindowTitle(self.tr("Reprint label"))
        question.setText(self.tr("Why reprint the label of %1?").replace("%1", self.reference))
        self.reason.addItems(
            [
                self.tr("Label damaged or smudged"),
                self.tr("Label did not come out"),
                self.tr("Label stuck on the wrong parcel"),
                self.tr("Printer jammed"),
            ]
        )
        self.reason.setCurrentIndex(0)
        self._ok.setText(self.tr("Reprint (Enter)"))

    def _ask_void(self, question: QLabel) -> None:
        self.setWindowTitle(self.tr("Void shipment"))
        question.setText(
            self.tr(
                "Void %1? It is cancelled at SortedPRO and its labels must be destroyed. "
                "Choose or type the reason, then press Enter."
            ).replace("%1", self.reference)
        )
        self.reason.addItems(
            [
                "",
                self.tr("Packed by mistake"),
                self.tr("Wrong service chosen"),
                self.tr("Customer cancelled the order"),
                self.tr("Parcel damaged, will be repacked"),
            ]
        )
        self.reason.setCurrentIndex(0)
        self._ok.setText(self.tr("Void (Enter)"))

    def _on_reason_changed(self, text: str) -> None:
        self._ok.setEnabled(bool(text.strip()))

    def accept(self) -> None:
        """Send the reason on; without one the dialog stays open."""
        reason = self.reason.currentText().strip()
        if not reason:
            return
        super().accept()
        self.reason_given.emit(self.reference, reason)
