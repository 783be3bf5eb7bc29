"""The parcels of one pack or counter booking: a short list walked through one parcel at a time.

Each parcel is kept as a :class:`ParcelDraft` (the texts as typed, so nothing is lost while the
packer looks at another parcel). :class:`ParcelList` shows the drafts as one row each under a
"Parcel 2 of 3" heading, with buttons that name their keys; the parcel form edits the current one.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from packstation.domain.shipment import Parcel
from packstation.gui.theme import scaled_font

TRANSLATION_CONTEXT = "ParcelEntry"
CUSTOM = "custom"
FROM_PRO = "pro"
"""The size is SortedPRO's own box size (``size_reference``), kept as the consignment had it."""
BOX_PRESETS_CM: dict[str, tuple[int, int, int]] = {
    # Translated where shown; listed here so the translation tools find them.
    str(QT_TRANSLATE_NOOP(TRANSLATION_CONTEXT, "Small box 30×20×10 cm")): (30, 20, 10),
    str(QT_TRANSLATE_NOOP(TRANSLATION_CONTEXT, "Medium box 40×30×20 cm")): (40, 30, 20),
    str(QT_TRANSLATE_NOOP(TRANSLATION_CONTEXT, "Large box 60×40×40 cm")): (60, 40, 40),
    str(QT_TRANSLATE_NOOP(TRANSLATION_CONTEXT, "Mailer bag 35×25×5 cm")): (35, 25, 5),
}
DEFAULT_SIZE = next(iter(BOX_PRESETS_CM))
ADD_KEY = "Ctrl+N"
REMOVE_KEY = "Ctrl+D"
PREVIOUS_KEY = "PgUp"
NEXT_KEY = "PgDown"
VISIBLE_ROWS = 4


@dataclass
class ParcelDraft:
    """One parcel as it stands in the form."""

    weight_text: str = ""
    weight_typed: bool = False
    """Whether the packer typed the weight: the scale then leaves it alone."""
    size: str = DEFAULT_SIZE
    """A preset's name, :data:`CUSTOM` (typed sides) or :data:`FROM_PRO`."""
    side_texts: tuple[str, str, str] = ("", "", "")
    size_reference: str | None = None
    replaced_weight_text: str = ""
    """The weight the scale replaced (the consignment's own), shown so the change is seen."""
    quantities: dict[str, int] = field(default_factory=dict)
    """Order line key to how many of it go in this parcel (only when packing an order)."""
    details: object = None
    """What the screen keeps per parcel besides the measurements (the counter's contents)."""


def plain_number(value: Decimal) -> str:
    """Return ``2.4`` for ``Decimal('2.40')`` and ``40`` for ``Decimal('4E+1')``."""
    return format(value.normalize(), "f")


def draft_from_parcel(parcel: Parcel) -> ParcelDraft:
    """Return the draft of a package the consignment already has, its measurements kept."""
    weight = "" if parcel.weight_kg is None else plain_number(parcel.weight_kg)
    if parcel.dimensions is not None:
        sides = (
            parcel.dimensions.length_cm,
            parcel.dimensions.width_cm,
            parcel.dimensions.height_cm,
        )
        for name, preset in BOX_PRESETS_CM.items():
            if tuple(Decimal(side) for side in preset) == sides:
                return ParcelDraft(weight, size=name)
        texts = (plain_number(sides[0]), plain_number(sides[1]), plain_number(sides[2]))
        return ParcelDraft(weight, size=CUSTOM, side_texts=texts)
    if parcel.size_reference:
        return ParcelDraft(weight, size=FROM_PRO, size_reference=parcel.size_reference)
    return ParcelDraft(weight)


class ParcelList(QWidget):
    """Which parcel is being edited, all parcels in short, and the add and remove buttons."""

    add_requested = Signal()
    remove_requested = Signal()
    row_picked = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Parcels"))
        self.drafts: list[ParcelDraft] = [ParcelDraft()]
        self.current = 0
        self.heading = QLabel()
        self.heading.setObjectName("parcelHeading")
        self.heading.setFont(scaled_font(self.font(), 1.3, bold=True))
        self.heading.setAccessibleName(self.tr("Which parcel"))
        self.rows = QListWidget()
        self.rows.setAccessibleName(self.tr("Parcels in this pack"))
        self.rows.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.rows.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.rows.itemClicked.connect(lambda item: self.row_picked.emit(self.rows.row(item)))
        self.add_button = self._button(self.tr("+ Add (%1)").replace("%1", ADD_KEY))
        self.add_button.clicked.connect(self.add_requested.emit)
        self.remove_button = self._button(self.tr("− Remove (%1)").replace("%1", REMOVE_KEY))
        self.remove_button.clicked.connect(self.remove_requested.emit)
        self._move_text = (
            self.tr("%1 / %2: previous / next parcel")
            .replace("%1", PREVIOUS_KEY)
            .replace("%2", NEXT_KEY)
        )
        self.move_hint = QLabel()
        self.move_hint.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addWidget(self.move_hint, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.rows)
        layout.addLayout(buttons)

    def _button(self, text: str) -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleName(text)
        # Keys do the same; the buttons stay out of the Tab order between the fields.
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        return button

    @property
    def draft(self) -> ParcelDraft:
        """The parcel being edited."""
        return self.drafts[self.current]

    def show_drafts(self, describe: Callable[[ParcelDraft], str]) -> None:
        """Show every parcel in one row each (``describe`` says it in short) and the count."""
        count = len(self.drafts)
        self.heading.setText(
            self.tr("Parcel %1 of %2")
            .replace("%1", str(self.current + 1))
            .replace("%2", str(count))
        )
        texts = [
            f"{'▶' if number == self.current else ' '} {number + 1}.  {describe(draft)}"
            for number, draft in enumerate(self.drafts)
        ]
        if [self.rows.item(row).text() for row in range(self.rows.count())] != texts:
            self.rows.clear()
            self.rows.addItems(texts)
        self.rows.setCurrentRow(self.current)
        self.rows.scrollToItem(self.rows.item(self.current))
        row_height = max(self.rows.sizeHintForRow(0), self.fontMetrics().height())
        frame = 2 * self.rows.frameWidth() + 8
        self.rows.setFixedHeight(row_height * min(count, VISIBLE_ROWS) + frame)
        self.remove_button.setEnabled(count > 1)
        # Hidden, the hint keeps its place: the buttons do not jump when a parcel is added.
        self.move_hint.setText(self._move_text if count > 1 else "")


class ParcelDetails(QWidget):
    """Fields a screen adds to every parcel (the counter's value and contents).

    The parcel form shows one set of these widgets and keeps one state per parcel: it asks for a
    blank state for a new parcel, saves the state before showing another parcel and loads it back.
    Subclasses implement all four methods.
    """

    def blank(self) -> object:
        """Return the state of a new parcel."""
        raise NotImplementedError

    def load(self, state: object) -> None:
        """Show ``state`` (one parcel's) in the widgets."""
        raise NotImplementedError

    def save(self) -> object:
        """Return what the widgets hold now, as one parcel's state."""
        raise NotImplementedError

    def show_number(self, number: int, count: int) -> None:
        """Say which parcel the fields belong to (``number`` of ``count``, from 1)."""
        raise NotImplementedError
