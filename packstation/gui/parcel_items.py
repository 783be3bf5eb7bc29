"""Which items of an order go in the parcel being edited, and how many are in no parcel yet."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout, QGroupBox, QLabel, QSpinBox, QWidget

from packstation.domain.orders import Order


class OrderItems(QGroupBox):
    """One row per order line: a quantity for this parcel and what is left for the others."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Items in this parcel"), parent)
        self.setAccessibleName(self.tr("Items in this parcel"))
        self._grid = QGridLayout(self)
        self.order: Order | None = None
        self.spins: dict[str, QSpinBox] = {}
        self._left: dict[str, QLabel] = {}

    def show_order(self, order: Order | None) -> None:
        """Make one row per line of ``order`` (none without an order)."""
        while self._grid.count():
            item = self._grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.order, self.spins, self._left = order, {}, {}
        self.setVisible(order is not None)
        if order is None:
            return
        for row, line in enumerate(order.lines):
            spin = QSpinBox()
            spin.setRange(0, line.quantity)
            spin.setAccessibleName(self.tr("Quantity of %1").replace("%1", line.description))
            spin.valueChanged.connect(lambda _value: self.changed.emit())
            left = QLabel()
            self._grid.addWidget(QLabel(f"{line.description} ({line.sku or line.key})"), row, 0)
            self._grid.addWidget(spin, row, 1)
            self._grid.addWidget(left, row, 2)
            self.spins[line.key], self._left[line.key] = spin, left

    def load(self, quantities: dict[str, int]) -> None:
        """Show one parcel's quantities without reporting them as changed."""
        for key, spin in self.spins.items():
            spin.blockSignals(True)
            spin.setValue(quantities.get(key, 0))
            spin.blockSignals(False)

    def quantities(self) -> dict[str, int]:
        """Return this parcel's quantity of every line."""
        return {key: spin.value() for key, spin in self.spins.items()}

    def show_left(self, packed: dict[str, int]) -> None:
        """Say beside each line how many are in no parcel yet (``packed``: in all parcels)."""
        if self.order is None:
            return
        for line in self.order.lines:
            left = line.quantity - packed.get(line.key, 0)
            if left >= 0:
                text = self.tr("of %1 · %2 not in a parcel").replace("%2", str(left))
            else:
                text = self.tr("of %1 · %2 too many").replace("%2", str(-left))
            self._left[line.key].setText(text.replace("%1", str(line.quantity)))
