"""The screens beside the pack screen: Counter, Shift, Devices and Settings.

Each shows what this version really has; what is not built yet says so in words instead of
offering buttons that do nothing.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QListWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from packstation.domain.records import PackRecord
from packstation.domain.shift import ShiftException
from packstation.gui.close_shift_panel import CloseShiftPanel
from packstation.gui.theme import scaled_font


class Screen(QWidget):
    """A titled screen with a short explanation under the title."""

    def __init__(self, title: str, explanation: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(title)
        heading = QLabel(title)
        heading.setFont(scaled_font(self.font(), 1.6, bold=True))
        self.explanation = QLabel(explanation)
        self.explanation.setWordWrap(True)
        self.body = QVBoxLayout(self)
        self.body.addWidget(heading)
        self.body.addWidget(self.explanation)


class CounterUnavailableScreen(Screen):
    """Counter booking when this station has no counter desk set up."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Counter"),
            self.tr(
                "Counter booking is not set up on this station. Parcels with a delivery option "
                "code (EDO-…) can be booked on the Pack screen (F1) by scanning the code."
            ),
            parent,
        )
        self.body.addStretch(1)


class ShiftScreen(Screen):
    """The shift's packs from the journal, newest first, with the counts."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Shift"),
            self.tr(
                "Every pack of this shift, what needs a person before closing, and closing the "
                "shift: manifest to the carriers, then the driver sheet."
            ),
            parent,
        )
        self.counts = QLabel()
        columns = [
            self.tr("Time"),
            self.tr("Reference"),
            self.tr("Customer ref."),
            self.tr("Carrier, service"),
            self.tr("Parcels"),
            self.tr("Stage"),
        ]
        self.table = QTableWidget(0, len(columns))
        self.table.setAccessibleName(self.tr("Packs of this shift"))
        self.table.setHorizontalHeaderLabels(columns)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.exceptions = QListWidget()
        self.exceptions.setAccessibleName(self.tr("Exceptions of this shift"))
        self.exceptions.setMaximumHeight(self.fontMetrics().height() * 7)
        self.exceptions_box = QGroupBox(self.tr("Needs a person before closing"))
        QVBoxLayout(self.exceptions_box).addWidget(self.exceptions)
        self.close_panel = CloseShiftPanel()
        self.body.addWidget(self.counts)
        self.body.addWidget(self.exceptions_box)
        self.body.addWidget(self.close_panel)
        self.body.addWidget(self.table, 1)
        self.table.setMinimumHeight(240)

    def show_exceptions(self, exceptions: tuple[ShiftException, ...]) -> None:
        """List the packs closing the shift would not manifest, and why."""
        self.exceptions.clear()
        for item in exceptions:
            customer = f" ({item.customer_reference})" if item.customer_reference else ""
            self.exceptions.addItem(f"{item.reference}{customer}: {item.problem}")
        if not exceptions:
            self.exceptions.addItem(self.tr("None: every pack is printed and ready."))

    def show_packs(self, records: list[PackRecord], counts: tuple[int, int]) -> None:
        """Fill the table and the counts."""
        self.counts.setText(
            self.tr("Packed this shift: %1   Last hour: %2")
            .replace("%1", str(counts[0]))
            .replace("%2", str(counts[1]))
        )
        self.table.setRowCount(len(records))
        for row, record in enumerate(records):
            when = record.printed_at or record.updated_at
            service = " ".join(p for p in (record.carrier, record.service) if p)
            values = (
                f"{when:%H:%M}",
                record.reference,
                record.customer_reference,
                service,
                str(record.parcel_count),
                record.stage.name.replace("_", " ").lower(),
            )
            for column, text in enumerate(values):
                self.table.setItem(row, column, QTableWidgetItem(text))


class DevicesScreen(Screen):
    """The devices this station uses, as configured."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Devices"),
            self.tr("The printers, scale and scanner of this bench. Test prints come later."),
            parent,
        )
        self.form = QFormLayout()
        box = QGroupBox(self.tr("Devices"))
        box.setLayout(self.form)
        self.body.addWidget(box)
        self.body.addStretch(1)
        self._values: dict[str, QLabel] = {}

    def show_device(self, name: str, status: str) -> None:
        """Add or update one device row."""
        if name not in self._values:
            label = QLabel()
            label.setWordWrap(True)
            label.setAccessibleName(name)
            self._values[name] = label
            self.form.addRow(name, label)
        self._values[name].setText(status)

    def status_of(self, name: str) -> str:
        """Return the status shown for one device."""
        return self._values[name].text()
