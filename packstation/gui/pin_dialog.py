"""Asks for the shift lead's PIN; the digits are never shown and never logged."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout, QWidget


class PinDialog(QDialog):
    """A PIN field, Enter to go on, Esc to cancel."""

    pin_given = Signal(str)

    def __init__(self, question: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Shift lead PIN"))
        self.setAccessibleName(self.tr("Shift lead PIN"))
        text = QLabel(question)
        text.setWordWrap(True)
        self.pin = QLineEdit()
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setAccessibleName(self.tr("PIN"))
        self.pin.setMaxLength(12)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(self.pin)
        layout.addWidget(buttons)

    def accept(self) -> None:
        """Hand the PIN on and forget it here."""
        pin = self.pin.text()
        self.pin.clear()
        super().accept()
        self.pin_given.emit(pin)
