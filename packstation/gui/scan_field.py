"""The scan field: takes keyboard-wedge bursts, typed codes, pastes and one-key commands.

A wedge scanner types a code fast and ends it with Enter (or Tab, per the station's setting).
A single key typed alone into the empty field (a digit to pick a row, R to reprint...) is a
command, but only once no further key has followed within a short pause: a scanner's burst that
happens to start with a digit or an R stays a code.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit, QWidget

COMMAND_PAUSE_MS = 150


class ScanField(QLineEdit):
    """A line edit that turns keys into scans, commands, moves and Esc."""

    scanned = Signal(str)
    commanded = Signal(str)
    moved = Signal(int)
    escaped = Signal()

    def __init__(self, suffix: str = "enter", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("scanField")
        self.setAccessibleName(self.tr("Scan field"))
        self.setPlaceholderText(self.tr("Scan or type a code, then Enter"))
        self.setClearButtonEnabled(False)
        self._suffix_is_tab = suffix == "tab"
        self.command_keys: frozenset[str] = frozenset()
        self._pause = QTimer(self)
        self._pause.setSingleShot(True)
        self._pause.setInterval(COMMAND_PAUSE_MS)
        self._pause.timeout.connect(self.on_pause_timeout)
        self.textEdited.connect(self.on_field_text_edited)

    def event(self, event: QEvent) -> bool:
        """Catch Tab before Qt moves the focus away: it may end a scan, and focus stays here.

        Where Enter ends scans, a Tab inside a burst (a scanner set up with the other suffix)
        stays in the text as a separator, so two codes are never joined into one.
        """
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
                if self._suffix_is_tab:
                    self._submit()
                elif self.text() and event.key() == Qt.Key.Key_Tab:
                    self.insert("\t")
                return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        """Handle Enter, Esc and the arrows; everything else types."""
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._submit()
        elif key == Qt.Key.Key_Escape:
            self.clear()
            self.escaped.emit()
        elif key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self.moved.emit(-1 if key == Qt.Key.Key_Up else 1)
        else:
            super().keyPressEvent(event)

    def _submit(self) -> None:
        self._pause.stop()
        text = self.text()
        self.clear()
        if self._command_of(text) is not None:
            self.commanded.emit(text.upper())
        else:
            self.scanned.emit(text)

    def _command_of(self, text: str) -> str | None:
        key = text.strip().upper()
        return key if len(key) == 1 and key in self.command_keys else None

    @Slot(str)
    def on_field_text_edited(self, text: str) -> None:
        """Wait for the pause after a possible one-key command."""
        if self._command_of(text) is not None and len(text) == 1:
            self._pause.start()
        else:
            self._pause.stop()

    @Slot()
    def on_pause_timeout(self) -> None:
        """No key followed: a lone command key is a command."""
        command = self._command_of(self.text())
        if command is not None:
            self.clear()
            self.commanded.emit(command)
