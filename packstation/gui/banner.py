"""The status banner: colour, icon and words together, so no message depends on colour alone."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSize, Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from packstation.domain.session import Stage, Tone
from packstation.gui.resources import ResourceMissingError, resource_path
from packstation.gui.theme import scaled_font

WORKING = "working"
_ICON_SIZE = QSize(72, 72)
# A neutral banner is titled by the pack's stage: its name in capitals, spelled out here so the
# translation tools find each one (a test keeps them equal to the stages' own names).
STAGE_TITLES: dict[Stage, str] = {
    Stage.IDLE: QT_TRANSLATE_NOOP("StatusBanner", "READY TO SCAN"),
    Stage.CHOOSE_SHIPMENT: QT_TRANSLATE_NOOP("StatusBanner", "CHOOSE THE SHIPMENT"),
    Stage.CONFIRM_PARCELS: QT_TRANSLATE_NOOP("StatusBanner", "CONFIRM THE PARCELS"),
    Stage.CHOOSE_SERVICE: QT_TRANSLATE_NOOP("StatusBanner", "CHOOSE A SERVICE"),
    Stage.CONFIRM_OPTION: QT_TRANSLATE_NOOP("StatusBanner", "CONFIRM THE DELIVERY OPTION"),
    Stage.PACK_ORDER: QT_TRANSLATE_NOOP("StatusBanner", "PACK THE ORDER"),
    Stage.PRINT_FAILED: QT_TRANSLATE_NOOP("StatusBanner", "LABELS NOT PRINTED"),
    Stage.DONE: QT_TRANSLATE_NOOP("StatusBanner", "DONE"),
    Stage.ALREADY_DONE: QT_TRANSLATE_NOOP("StatusBanner", "ALREADY DONE"),
    Stage.REFUSED: QT_TRANSLATE_NOOP("StatusBanner", "REFUSED"),
    Stage.FAILED: QT_TRANSLATE_NOOP("StatusBanner", "FAILED"),
}


class StatusBanner(QFrame):
    """A large banner showing one message, its tone and the next action."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("banner")
        self.setAccessibleName(self.tr("Status"))
        self.tone_name = Tone.INFO.value
        self._icon = QLabel()
        self._icon.setFixedSize(_ICON_SIZE)
        self._title = QLabel()
        self._message = QLabel()
        self._message.setWordWrap(True)
        self._next = QLabel()
        self._next.setWordWrap(True)
        self._title.setFont(scaled_font(self.font(), 1.9, bold=True))
        self._message.setFont(scaled_font(self.font(), 1.45, bold=True))
        self._next.setFont(scaled_font(self.font(), 1.15))
        texts = QVBoxLayout()
        texts.addWidget(self._title)
        texts.addWidget(self._message)
        texts.addWidget(self._next)
        row = QHBoxLayout(self)
        row.addWidget(self._icon, 0, Qt.AlignmentFlag.AlignTop)
        row.addLayout(texts, 1)

    @property
    def message(self) -> str:
        """The message shown now."""
        return self._message.text()

    @property
    def title(self) -> str:
        """The one-word title shown now (READY, DONE, CHECK, PROBLEM, WORKING)."""
        return self._title.text()

    @property
    def next_action(self) -> str:
        """The next action shown now."""
        return self._next.text()

    def show_tone(
        self, tone: Tone, message: str, next_action: str, stage: Stage | None = None
    ) -> None:
        """Show a message in the colours and icon of ``tone``, titled by the stage when neutral."""
        titles = {
            Tone.INFO: self.tr(STAGE_TITLES[stage]) if stage is not None else self.tr("READY"),
            Tone.SUCCESS: self.tr("DONE"),
            Tone.ATTENTION: self.tr("CHECK"),
            Tone.FAILURE: self.tr("PROBLEM"),
        }
        self._show(tone.value, titles[tone], message, next_action)

    def show_working(self, message: str) -> None:
        """Show that a step is running."""
        self._show(WORKING, self.tr("WORKING…"), message, self.tr("Please wait."))

    def _show(self, tone_name: str, title: str, message: str, next_action: str) -> None:
        self.tone_name = tone_name
        self.setProperty("tone", tone_name)
        self._title.setText(title)
        self._message.setText(message)
        self._next.setText(next_action)
        self.setAccessibleDescription(f"{title}: {message} {next_action}")
        self._icon.setPixmap(_icon(tone_name).pixmap(_ICON_SIZE))
        # A dynamic property only restyles after the style sheet is re-applied to the widget.
        self.style().unpolish(self)
        self.style().polish(self)
        for child in self.findChildren(QLabel):
            child.style().unpolish(child)
            child.style().polish(child)


def _icon(tone_name: str) -> QIcon:
    try:
        return QIcon(str(resource_path("icons", f"{tone_name}.svg")))
    except ResourceMissingError:
        return QIcon()
