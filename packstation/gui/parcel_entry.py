"""Parcel entry: every parcel of the pack, each with its weight, size and (for an order) items.

The form edits one parcel at a time; the list above it shows them all ("Parcel 2 of 3"). Enter
anywhere confirms all parcels, Esc leaves the pack, Ctrl+N adds a parcel, Ctrl+D removes the one
shown, PgUp / PgDown move between them. The scale fills the weight of the parcel shown as
:mod:`packstation.gui.parcel_scale` explains; a weight the consignment had and the scale replaced
is named under the field.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFontMetrics, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from packstation.domain.orders import Order, PackedParcel
from packstation.domain.ports import WeightReading
from packstation.domain.shipment import Parcel, ParcelSpec
from packstation.gui import parcel_list as pl
from packstation.gui.parcel_checks import ParcelChecks, ParcelProblem
from packstation.gui.parcel_items import OrderItems
from packstation.gui.parcel_scale import ScaleFollow
from packstation.gui.theme import scaled_font


class ParcelEntry(QGroupBox):
    """The parcels a packer confirms, edited one at a time, plus the order's items per parcel.

    ``hint`` names the keys under the form (the pack screen says them in its own key bar);
    ``details`` are fields the screen adds to every parcel (the counter's value and contents).
    """

    confirmed = Signal()
    escaped = Signal()
    refused = Signal(str)
    """A key asked for something that cannot be done (removing the only parcel), in words."""

    def __init__(
        self,
        hint: str = "",
        parent: QWidget | None = None,
        *,
        details: pl.ParcelDetails | None = None,
    ) -> None:
        super().__init__(self.tr("Parcels"), parent)
        self.setAccessibleName(self.tr("Parcel entry"))
        self.details = details
        self._loading = False
        self._scale = ScaleFollow()
        self.parcels = pl.ParcelList()
        self.parcels.add_requested.connect(self.add_parcel)
        self.parcels.remove_requested.connect(self.remove_parcel)
        self.parcels.row_picked.connect(self.show_parcel)
        self.weight = QLineEdit()
        self.weight.setAccessibleName(self.tr("Weight in kilograms"))
        self.weight.setPlaceholderText(self.tr("kg"))
        self.weight.setFont(scaled_font(self.font(), 1.4, bold=True))
        self.weight.textEdited.connect(self._on_weight_typed)
        self.scale_status = QLabel(self.tr("Type the weight, or put the parcel on the scale."))
        self.scale_status.setAccessibleName(self.tr("Scale reading"))
        self.scale_status.setWordWrap(True)
        self.box_size = QComboBox()
        self.box_size.setAccessibleName(self.tr("Box size"))
        for name in pl.BOX_PRESETS_CM:
            self.box_size.addItem(self.tr(name), name)
        self.box_size.addItem(self.tr("Other size (type it)"), pl.CUSTOM)
        self.dimensions = [QLineEdit() for _ in range(3)]
        names = (
            (self.tr("Length in centimetres"), self.tr("length cm")),
            (self.tr("Width in centimetres"), self.tr("width cm")),
            (self.tr("Height in centimetres"), self.tr("height cm")),
        )
        for field, (accessible, placeholder) in zip(self.dimensions, names, strict=True):
            field.setAccessibleName(accessible)
            field.setPlaceholderText(placeholder)
        self.items = OrderItems()
        self.checks = ParcelChecks(self)
        self._lay_out(hint)
        self._connect_edits()
        self._add_keys()
        self.start(None)

    def _lay_out(self, hint: str) -> None:
        dims_row = QHBoxLayout()
        for field in self.dimensions:
            dims_row.addWidget(field)
        # A weight is a few digits: the scale's reading fits beside it, a row saved for the items.
        weight_row = QHBoxLayout()
        weight_row.addWidget(self.weight)
        weight_row.addWidget(self.scale_status, 1)
        self.weight.setFixedWidth(QFontMetrics(self.weight.font()).horizontalAdvance("0000.000"))
        form = QFormLayout()
        form.addRow(self.tr("Weight (kg)"), weight_row)
        form.addRow(self.tr("Size"), self.box_size)
        form.addRow(self.tr("L × W × H"), dims_row)
        layout = QVBoxLayout(self)
        layout.addWidget(self.parcels)
        layout.addLayout(form)
        # An order of many lines scrolls inside the form instead of stretching the window.
        self._items_area = QScrollArea()
        self._items_area.setWidgetResizable(True)
        self._items_area.setFrameShape(QFrame.Shape.NoFrame)
        self._items_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._items_area.setWidget(self.items)
        layout.addWidget(self._items_area, 100)  # nearly all the room left over, when shown
        if self.details is not None:
            layout.addWidget(self.details)
        if hint:
            keys = QLabel(hint)
            keys.setWordWrap(True)
            layout.addWidget(keys)
        layout.addStretch(1)

    def _connect_edits(self) -> None:
        self.weight.textChanged.connect(self._on_edited)
        self.box_size.currentIndexChanged.connect(self._on_edited)
        for field in self.dimensions:
            field.textChanged.connect(self._on_edited)
        self.items.changed.connect(self._on_edited)

    def _add_keys(self) -> None:
        for keys, slot in (
            (pl.ADD_KEY, self.add_parcel),
            (pl.REMOVE_KEY, self.remove_parcel),
            (pl.PREVIOUS_KEY, lambda: self.show_parcel(self.parcels.current - 1)),
            (pl.NEXT_KEY, lambda: self.show_parcel(self.parcels.current + 1)),
        ):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)

    # -- the parcels ---------------------------------------------------------------------------

    def start(self, order: Order | None, existing: Sequence[Parcel] = ()) -> None:
        """Begin a new pack: the consignment's ``existing`` packages, else one empty parcel."""
        self.items.show_order(order)
        self._items_area.setVisible(order is not None)
        drafts = [pl.draft_from_parcel(parcel) for parcel in existing] or [pl.ParcelDraft()]
        if order is not None:
            drafts[0].quantities = {line.key: line.quantity for line in order.lines}
        for draft in drafts:
            draft.details = self.details.blank() if self.details is not None else None
        self.parcels.drafts, self.parcels.current = drafts, 0
        self._scale.restart()
        self._load()

    def drafts(self) -> list[pl.ParcelDraft]:
        """Return every parcel as it stands, the one shown included."""
        if self.details is not None:
            self.parcels.draft.details = self.details.save()
        return self.parcels.drafts

    def add_parcel(self) -> None:
        """Add an empty parcel after the last (with the order's items no parcel holds yet)."""
        draft = pl.ParcelDraft()
        if self.items.order is not None:
            packed = self.checks.packed_quantities(self.drafts())
            draft.quantities = {
                line.key: max(0, line.quantity - packed.get(line.key, 0))
                for line in self.items.order.lines
            }
        draft.details = self.details.blank() if self.details is not None else None
        self.drafts().append(draft)
        self.show_parcel(len(self.parcels.drafts) - 1)

    def remove_parcel(self) -> None:
        """Remove the parcel shown; the last one left always stays."""
        if len(self.parcels.drafts) == 1:
            self.refused.emit(self.tr("There is only one parcel: it cannot be removed."))
            return
        del self.parcels.drafts[self.parcels.current]
        self.parcels.current = min(self.parcels.current, len(self.parcels.drafts) - 1)
        self._switched()

    def show_parcel(self, index: int) -> None:
        """Show parcel ``index`` (counted from 0) in the form; out of range does nothing."""
        if not 0 <= index < len(self.parcels.drafts) or index == self.parcels.current:
            return
        self.drafts()
        self.parcels.current = index
        self._switched()

    def _switched(self) -> None:
        self._scale.switched()
        self._load()

    def _load(self) -> None:
        """Put the current draft into the widgets."""
        draft = self.parcels.draft
        self._loading = True
        self.weight.setText(draft.weight_text)
        self._show_size(draft)
        sides: Sequence[str] = draft.side_texts
        if draft.size in pl.BOX_PRESETS_CM:
            sides = [str(side) for side in pl.BOX_PRESETS_CM[draft.size]]
        for field, text in zip(self.dimensions, sides, strict=True):
            field.setText(text)
        self.items.load(draft.quantities)
        if self.details is not None:
            self.details.load(draft.details)
        self._loading = False
        self._on_edited()
        self.focus_weight()

    def _show_size(self, draft: pl.ParcelDraft) -> None:
        index = self.box_size.findData(pl.FROM_PRO)
        if index >= 0:
            self.box_size.removeItem(index)
        if draft.size == pl.FROM_PRO:
            caption = self.tr("Box size %1 (from SortedPRO)").replace(
                "%1", draft.size_reference or ""
            )
            self.box_size.addItem(caption, pl.FROM_PRO)
        self.box_size.setCurrentIndex(max(0, self.box_size.findData(draft.size)))

    def focus_weight(self) -> None:
        """Put the cursor in the weight, all of it selected so typing replaces it."""
        self.weight.setFocus(Qt.FocusReason.OtherFocusReason)
        self.weight.selectAll()

    def _on_edited(self) -> None:
        """Keep the current draft in step with the widgets and the list with the drafts."""
        size = str(self.box_size.currentData())
        custom = size == pl.CUSTOM
        for field in self.dimensions:
            field.setEnabled(custom)
        if self._loading:
            return
        draft = self.parcels.draft
        if draft.size != size and size in pl.BOX_PRESETS_CM:
            # A preset's sides show in the (locked) fields, a start for "Other size".
            for field, side in zip(self.dimensions, pl.BOX_PRESETS_CM[size], strict=True):
                field.setText(str(side))
        draft.weight_text = self.weight.text()
        draft.size = size
        sides = tuple(field.text() for field in self.dimensions)
        draft.side_texts = (sides[0], sides[1], sides[2])
        if self.items.order is not None:
            draft.quantities = self.items.quantities()
            self.items.show_left(self.checks.packed_quantities(self.parcels.drafts))
        self.parcels.show_drafts(self.checks.describe)
        if self.details is not None:
            self.details.show_number(self.parcels.current + 1, len(self.parcels.drafts))

    def _on_weight_typed(self, _text: str) -> None:
        self.parcels.draft.weight_typed = True

    # -- the scale and the keys ------------------------------------------------------------

    def show_scale(self, reading: WeightReading | None, problem: str = "") -> None:
        """Show the live scale reading; a stable one fills the weight unless the packer typed."""
        if reading is None:
            self.scale_status.setText(problem or self.tr("No scale reading."))
            return
        draft, weighed = self.parcels.draft, f"{reading.weight_kg:.2f}"
        if self._scale.fills(reading, typed=draft.weight_typed) and self.weight.text() != weighed:
            if draft.weight_text.strip() and not draft.replaced_weight_text:
                draft.replaced_weight_text = draft.weight_text.strip()
            self.weight.setText(weighed)
            if self.weight.hasFocus():
                self.weight.selectAll()
        state = self.tr("stable") if reading.stable else self.tr("settling…")
        text = self.tr("Scale: %1 kg, %2").replace("%1", weighed).replace("%2", state)
        if draft.replaced_weight_text and not draft.weight_typed:
            note = self.tr("(the consignment said %1 kg)")
            text = f"{text} {note.replace('%1', draft.replaced_weight_text)}"
        self.scale_status.setText(text)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        """Enter confirms, Esc leaves; the fields pass both keys up to here."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.confirmed.emit()
        elif event.key() == Qt.Key.Key_Escape:
            self.escaped.emit()
        else:
            super().keyPressEvent(event)

    # -- what the packer entered -------------------------------------------------------------

    def parcel_specs(self) -> list[ParcelSpec]:
        """Return every parcel in order; raises ValueError naming the parcel to correct."""
        try:
            return self.checks.specs(self.drafts())
        except ParcelProblem as problem:
            self.show_parcel(problem.index)
            raise

    def packed_parcels(self) -> tuple[PackedParcel, ...]:
        """Return the order's parcels: each one's spec and its item quantities."""
        order = self.items.order
        if order is None:
            raise ValueError(self.tr("There is no order to pack."))
        try:
            return self.checks.packed(order, self.drafts())
        except ParcelProblem as problem:
            self.show_parcel(problem.index)
            raise
