"""What the counter asks of each parcel besides its size: what is in it, its value, and contents.

The contents lines (what, how many, value, weight, where made, tariff code) show only for a
parcel leaving the station's country. Ctrl+I adds a line, Ctrl+Shift+I removes the line the
cursor is in. The desk's own checks (``booking_problems``) judge what was typed; this module only
turns the texts into numbers and says which parcel and line could not be read.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from packstation.domain.booking import BookingParcel, ContentItem
from packstation.domain.shipment import ParcelSpec
from packstation.gui.parcel_checks import ParcelProblem
from packstation.gui.parcel_list import ParcelDetails

ADD_LINE_KEY = "Ctrl+I"
REMOVE_LINE_KEY = "Ctrl+Shift+I"
LINE_FIELDS = 6
"""Description, quantity, value, weight, country of origin, HS code."""
STRETCH = (0, 1, 2, 2, 1, 3)
"""Grid columns: the line's number, then quantity, value, weight, origin and HS code under the
description, which spans them (one line of a parcel takes two rows: a form column is narrow)."""


@dataclass
class CounterParcelState:
    """One parcel's counter fields as typed."""

    description: str = ""
    value: str = ""
    lines: list[list[str]] = field(default_factory=lambda: [[""] * LINE_FIELDS])


class CounterParcelDetails(ParcelDetails):
    """Description and declared value of the parcel shown, and its contents lines when abroad."""

    def __init__(self, currency: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.currency = currency
        self.description = self._line(self.tr("What is in it"))
        self.value = self._line(self.tr("Declared value (%1)").replace("%1", currency))
        form = QFormLayout()
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("What is in it *"), self.description)
        form.addRow(self.tr("Value (%1) *").replace("%1", currency), self.value)
        self.contents = QGroupBox()
        self.contents.setAccessibleName(self.tr("Contents of this parcel"))
        self._grid = QGridLayout()
        self.rows: list[list[QLineEdit]] = []
        self._labels: list[QLabel] = []
        box = QVBoxLayout(self.contents)
        box.addLayout(self._grid)
        keys = QLabel(
            self.tr("%1: add an item   %2: remove the item you are in")
            .replace("%1", ADD_LINE_KEY)
            .replace("%2", REMOVE_LINE_KEY)
        )
        keys.setWordWrap(True)
        box.addWidget(keys)
        self._headings()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addWidget(self.contents)
        for sequence, slot in ((ADD_LINE_KEY, self.add_line), (REMOVE_LINE_KEY, self.remove_line)):
            shortcut = QShortcut(QKeySequence(sequence), self.contents)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        self.load(self.blank())

    def _line(self, name: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setAccessibleName(name)
        return edit

    def _headings(self) -> None:
        captions = (
            self.tr("Qty"),
            self.tr("Value"),
            self.tr("kg"),
            self.tr("Origin"),
            self.tr("HS code"),
        )
        for column, caption in enumerate(captions, start=1):
            self._grid.addWidget(QLabel(caption), 0, column)
        for column, stretch in enumerate(STRETCH):
            self._grid.setColumnStretch(column, stretch)

    def show_number(self, number: int, count: int) -> None:
        """Name the parcel in the contents' title (the heading may be scrolled away)."""
        title = self.tr("Contents of parcel %1 of %2, for customs")
        self.contents.setTitle(title.replace("%1", str(number)).replace("%2", str(count)))

    def set_international(self, international: bool) -> None:
        """Show the contents lines only for a parcel that crosses a border."""
        self.contents.setVisible(international)

    # -- one state per parcel ------------------------------------------------------------------

    def blank(self) -> CounterParcelState:
        """Return a new parcel's fields: empty, with one empty contents line."""
        return CounterParcelState()

    def load(self, state: object) -> None:
        """Show one parcel's fields."""
        if not isinstance(state, CounterParcelState):
            state = self.blank()
        self.description.setText(state.description)
        self.value.setText(state.value)
        while len(self.rows) > max(1, len(state.lines)):
            self._drop_row()
        while len(self.rows) < max(1, len(state.lines)):
            self._add_row()
        for row, texts in zip(self.rows, state.lines or [[""] * LINE_FIELDS], strict=False):
            for edit, text in zip(row, texts, strict=True):
                edit.setText(text)

    def save(self) -> CounterParcelState:
        """Return the fields as they are now."""
        lines = [[edit.text() for edit in row] for row in self.rows]
        return CounterParcelState(self.description.text(), self.value.text(), lines)

    # -- contents lines --------------------------------------------------------------------

    def add_line(self) -> None:
        """Add an empty contents line and put the cursor in it."""
        self._add_row()
        self.rows[-1][0].setFocus(Qt.FocusReason.OtherFocusReason)

    def remove_line(self) -> None:
        """Remove the line the cursor is in; one line always stays (emptied instead)."""
        focus = self.focusWidget()
        index = next((i for i, row in enumerate(self.rows) if focus in row), len(self.rows) - 1)
        if len(self.rows) == 1:
            for edit in self.rows[0]:
                edit.clear()
        else:
            texts = [[edit.text() for edit in row] for row in self.rows]
            del texts[index]
            self._drop_row()
            for row, row_texts in zip(self.rows, texts, strict=True):
                for edit, text in zip(row, row_texts, strict=True):
                    edit.setText(text)
        self.rows[min(index, len(self.rows) - 1)][0].setFocus(Qt.FocusReason.OtherFocusReason)

    def _add_row(self) -> None:
        number = len(self.rows) + 1
        names = (
            self.tr("Item %1 description"),
            self.tr("Item %1 quantity"),
            self.tr("Item %1 value"),
            self.tr("Item %1 weight in kg"),
            self.tr("Item %1 made in (country code)"),
            self.tr("Item %1 tariff code (HS)"),
        )
        row = [self._line(name.replace("%1", str(number))) for name in names]
        row[0].setPlaceholderText(self.tr("what it is, e.g. wool scarf"))
        label = QLabel(self.tr("Item %1").replace("%1", str(number)))
        label.setBuddy(row[0])
        first = 2 * number - 1
        self._grid.addWidget(label, first, 0)
        self._grid.addWidget(row[0], first, 1, 1, len(row) - 1)
        for column, edit in enumerate(row[1:], start=1):
            self._grid.addWidget(edit, first + 1, column)
        for widget in (label, *row):
            # Shown now, not when the layout gets round to it: the cursor goes into it at once.
            widget.show()
        self._labels.append(label)
        if self.rows:
            # Typed in line order: after the last line, not after the whole window.
            previous = self.rows[-1][-1]
            for edit in row:
                QWidget.setTabOrder(previous, edit)
                previous = edit
        self.rows.append(row)

    def _drop_row(self) -> None:
        for widget in (self._labels.pop(), *self.rows.pop()):
            self._grid.removeWidget(widget)
            widget.deleteLater()

    # -- reading a parcel ------------------------------------------------------------------

    def booking_parcel(
        self, spec: ParcelSpec, state: object, index: int, *, international: bool
    ) -> BookingParcel:
        """Return parcel ``index`` (from 0) for the booking; raises :class:`ParcelProblem`."""
        if not isinstance(state, CounterParcelState):
            state = self.blank()
        where = self.tr("Parcel %1").replace("%1", str(index + 1))
        value = _number(state.value)
        if value is None:
            message = self.tr("%1: type its value in %2, e.g. 25.00.")
            raise ParcelProblem(message.replace("%1", where).replace("%2", self.currency), index)
        items: tuple[ContentItem, ...] = ()
        if international:
            typed = [line for line in state.lines if any(text.strip() for text in line)]
            items = tuple(
                self._item(line, f"{where}, " + self.tr("item %1").replace("%1", str(n)), index)
                for n, line in enumerate(typed, start=1)
            )
        return BookingParcel(spec, value, self.currency, state.description.strip(), items)

    def _item(self, texts: list[str], where: str, index: int) -> ContentItem:
        description, quantity_text, value_text, weight_text, origin, hs_code = texts
        value, weight_kg = _number(value_text), _number(weight_text)
        try:
            quantity: int | None = int(quantity_text.strip())
        except ValueError:
            quantity = None
        if quantity is None or value is None or weight_kg is None:
            message = self.tr("%1: type the quantity, value and weight as numbers.")
            raise ParcelProblem(message.replace("%1", where), index)
        return ContentItem(
            description.strip(),
            quantity,
            value,
            weight_kg,
            origin.strip().upper(),
            hs_code.strip(),
        )


def _number(text: str) -> Decimal | None:
    try:
        value = Decimal(text.strip().replace(",", "."))
    except InvalidOperation:
        return None
    return value if value.is_finite() else None
