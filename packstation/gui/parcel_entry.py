"""Parcel entry: the weight (typed or from the scale), the size, and the items of an order.

Enter anywhere in the panel confirms, Esc leaves the pack. A weight read from the scale fills the
field only while the packer has not typed one, and only once the scale reports a stable reading.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from packstation.domain.orders import Order, PackedParcel
from packstation.domain.ports import WeightReading
from packstation.domain.shipment import Dimensions, ParcelSpec
from packstation.gui.theme import scaled_font

CUSTOM = "custom"
BOX_PRESETS_CM: dict[str, tuple[int, int, int]] = {
    "Small box 30×20×10 cm": (30, 20, 10),
    "Medium box 40×30×20 cm": (40, 30, 20),
    "Large box 60×40×40 cm": (60, 40, 40),
    "Mailer bag 35×25×5 cm": (35, 25, 5),
}


class ParcelEntry(QGroupBox):
    """The form a packer fills for one parcel, plus the order's items when packing an order."""

    confirmed = Signal()
    escaped = Signal()

    def __init__(self, hint: str = "", parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Parcel"), parent)
        self.setAccessibleName(self.tr("Parcel entry"))
        self._typed_weight = False
        self.weight = QLineEdit()
        self.weight.setAccessibleName(self.tr("Weight in kilograms"))
        self.weight.setPlaceholderText(self.tr("kg"))
        self.weight.setFont(scaled_font(self.font(), 1.4, bold=True))
        self.weight.textEdited.connect(self._on_weight_typed)
        self.scale_status = QLabel(self.tr("Type the weight, or put the parcel on the scale."))
        self.scale_status.setAccessibleName(self.tr("Scale reading"))
        self.box_size = QComboBox()
        self.box_size.setAccessibleName(self.tr("Box size"))
        for name in BOX_PRESETS_CM:
            self.box_size.addItem(name, name)
        self.box_size.addItem(self.tr("Other size (type it)"), CUSTOM)
        self.box_size.currentIndexChanged.connect(self._on_size_changed)
        self.dimensions = [QLineEdit() for _ in range(3)]
        names = (
            (self.tr("Length in centimetres"), self.tr("length cm")),
            (self.tr("Width in centimetres"), self.tr("width cm")),
            (self.tr("Height in centimetres"), self.tr("height cm")),
        )
        for field, (accessible, placeholder) in zip(self.dimensions, names, strict=True):
            field.setAccessibleName(accessible)
            field.setPlaceholderText(placeholder)
        dims_row = QHBoxLayout()
        for field in self.dimensions:
            dims_row.addWidget(field)
        form = QFormLayout()
        form.addRow(self.tr("Weight (kg)"), self.weight)
        form.addRow("", self.scale_status)
        form.addRow(self.tr("Size"), self.box_size)
        form.addRow(self.tr("L × W × H"), dims_row)
        self._items_box = QGroupBox(self.tr("Items in this parcel"))
        self._items = QGridLayout(self._items_box)
        self._quantities: list[tuple[str, QSpinBox]] = []
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self._items_box)
        layout.addWidget(QLabel(hint or self.tr("Enter: confirm   Esc: leave this pack")))
        self._items_box.setVisible(False)
        self._on_size_changed()

    def start(self, order: Order | None) -> None:
        """Reset the form for a new parcel (of ``order`` when packing one) and focus the weight."""
        self._typed_weight = False
        self.weight.clear()
        self._show_items(order)
        self.weight.setFocus(Qt.FocusReason.OtherFocusReason)

    def show_scale(self, reading: WeightReading | None, problem: str = "") -> None:
        """Show the live scale reading; a stable one fills the weight unless the packer typed."""
        if reading is None:
            self.scale_status.setText(problem or self.tr("No scale reading."))
            return
        state = self.tr("stable") if reading.stable else self.tr("settling…")
        text = self.tr("Scale: %1 kg, %2")
        self.scale_status.setText(
            text.replace("%1", f"{reading.weight_kg:.2f}").replace("%2", state)
        )
        if reading.stable and not self._typed_weight and reading.weight_kg > 0:
            self.weight.setText(f"{reading.weight_kg:.2f}")

    def parcel_spec(self) -> ParcelSpec:
        """Return the parcel as entered; raises ValueError with a message for the packer."""
        weight_kg = _decimal(self.weight.text(), self.tr("Type the weight in kg, e.g. 1.25."))
        if weight_kg <= 0:
            raise ValueError(self.tr("The weight must be more than 0 kg."))
        preset = self.box_size.currentData()
        if preset == CUSTOM:
            message = self.tr("Type length, width and height in cm.")
            sizes = [_decimal(field.text(), message) for field in self.dimensions]
            if any(size <= 0 for size in sizes):
                raise ValueError(message)
            dimensions = Dimensions(*sizes)
        else:
            dimensions = Dimensions(*(Decimal(value) for value in BOX_PRESETS_CM[preset]))
        return ParcelSpec(weight_kg, dimensions)

    def packed_parcels(self) -> tuple[PackedParcel, ...]:
        """Return the order's parcel: the spec and the chosen item quantities."""
        contents = tuple((key, spin.value()) for key, spin in self._quantities if spin.value())
        if not contents:
            raise ValueError(self.tr("Put at least one item in the parcel."))
        return (PackedParcel(self.parcel_spec(), contents),)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        """Enter confirms, Esc leaves; the fields pass both keys up to here."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.confirmed.emit()
        elif event.key() == Qt.Key.Key_Escape:
            self.escaped.emit()
        else:
            super().keyPressEvent(event)

    def _on_weight_typed(self, _text: str) -> None:
        self._typed_weight = True

    def _on_size_changed(self) -> None:
        custom = self.box_size.currentData() == CUSTOM
        for field in self.dimensions:
            field.setEnabled(custom)

    def _show_items(self, order: Order | None) -> None:
        while self._items.count():
            item = self._items.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self._quantities = []
        self._items_box.setVisible(order is not None)
        if order is None:
            return
        for row, line in enumerate(order.lines):
            label = QLabel(f"{line.description} ({line.sku or line.key})")
            spin = QSpinBox()
            spin.setRange(0, line.quantity)
            spin.setValue(line.quantity)
            spin.setAccessibleName(self.tr("Quantity of %1").replace("%1", line.description))
            self._items.addWidget(label, row, 0)
            self._items.addWidget(
                QLabel(self.tr("of %1").replace("%1", str(line.quantity))), row, 2
            )
            self._items.addWidget(spin, row, 1)
            self._quantities.append((line.key, spin))


def _decimal(text: str, message: str) -> Decimal:
    try:
        value = Decimal(text.strip().replace(",", "."))
    except InvalidOperation:
        raise ValueError(message) from None
    if not value.is_finite():
        raise ValueError(message)
    return value
