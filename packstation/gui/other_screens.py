"""The screens beside the pack screen: Counter, Shift, Devices and Settings.

Each shows what this version really has; what is not built yet says so in words instead of
offering buttons that do nothing.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from packstation.domain.records import PackRecord
from packstation.domain.shift import ShiftException
from packstation.gui import formatting as fmt
from packstation.gui.bench import BenchServices
from packstation.gui.close_shift_panel import CloseShiftPanel
from packstation.gui.device_log import SCALE, DeviceLog
from packstation.gui.engine_words import shown
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


REFERENCE_ROLE = Qt.ItemDataRole.UserRole + 1
"""Where an exception row keeps its consignment reference (UserRole marks the tickable ones)."""
_REFERENCE_COLUMN = 1


class ShiftScreen(Screen):
    """The shift's packs from the journal, newest first, with the counts.

    Enter (or a double click) on an exception or a pack emits :attr:`pack_chosen` with its
    consignment reference: the window opens it on the Pack screen, as if it had been scanned.
    """

    pack_chosen = Signal(str)

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
        hint = QLabel(
            self.tr(
                "Enter on a line opens it on the Pack screen (a failed label prints again from "
                "the stored copy). Tick an unconfirmed label once you have seen it on its parcel."
            )
        )
        hint.setWordWrap(True)
        box_layout = QVBoxLayout(self.exceptions_box)
        box_layout.addWidget(hint)
        box_layout.addWidget(self.exceptions)
        self.exceptions.itemActivated.connect(self.on_exceptions_item_activated)
        self.table.activated.connect(self.on_table_activated)
        self.close_panel = CloseShiftPanel()
        self.body.addWidget(self.counts)
        self.body.addWidget(self.exceptions_box)
        self.body.addWidget(self.close_panel)
        self.body.addWidget(self.table, 1)
        self.table.setMinimumHeight(240)

    def show_exceptions(
        self, exceptions: tuple[ShiftException, ...], unconfirmed: frozenset[str] = frozenset()
    ) -> None:
        """List the packs closing would not manifest, and why.

        A label sent to a printer that cannot confirm gets a tick box: the lead ticks it after
        checking the label by hand, and closing then manifests that pack too.
        """
        self.exceptions.clear()
        for exception in exceptions:
            customer = f" ({exception.customer_reference})" if exception.customer_reference else ""
            item = QListWidgetItem(f"{exception.reference}{customer}: {shown(exception.problem)}")
            item.setData(REFERENCE_ROLE, exception.reference)
            if exception.reference in unconfirmed:
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Unchecked)
                item.setData(Qt.ItemDataRole.UserRole, exception.reference)
            self.exceptions.addItem(item)
        if not exceptions:
            self.exceptions.addItem(self.tr("None: every pack is printed and ready."))

    @Slot(QListWidgetItem)
    def on_exceptions_item_activated(self, item: QListWidgetItem) -> None:
        """Open the exception's consignment on the Pack screen (the "None" line has none)."""
        reference = item.data(REFERENCE_ROLE)
        if reference:
            self.pack_chosen.emit(str(reference))

    @Slot(QModelIndex)
    def on_table_activated(self, index: QModelIndex) -> None:
        """Open the pack of the activated row on the Pack screen."""
        item = self.table.item(index.row(), _REFERENCE_COLUMN)
        if item is not None and item.text():
            self.pack_chosen.emit(item.text())

    def checked_by_hand(self) -> list[str]:
        """Return the unconfirmed packs the lead ticked as checked."""
        items = (self.exceptions.item(row) for row in range(self.exceptions.count()))
        return [
            str(item.data(Qt.ItemDataRole.UserRole))
            for item in items
            if item.checkState() is Qt.CheckState.Checked and item.data(Qt.ItemDataRole.UserRole)
        ]

    def show_reading(self) -> None:
        """Say that the shift is being read (the lists show what they showed last, if anything)."""
        self.counts.setText(self.tr("Reading this shift from the journal…"))

    def show_packs(self, records: list[PackRecord], counts: tuple[int, int]) -> None:
        """Fill the table and the counts."""
        self.counts.setText(
            self.tr("Packed this shift: %1   Last hour: %2")
            .replace("%1", str(counts[0]))
            .replace("%2", str(counts[1]))
        )
        # Emptied first: a cell's item replaced in a filled table makes the columns (sized to
        # their contents) measure every row again, which made a refill quadratic (half a
        # minute for 500 packs); filled afresh, they are measured once.
        self.table.setRowCount(0)
        self.table.setRowCount(len(records))
        stages = fmt.pack_stages()
        for row, record in enumerate(records):
            when = record.printed_at or record.updated_at
            service = " ".join(p for p in (record.carrier, record.service) if p)
            values = (
                f"{when:%H:%M}",
                record.reference,
                record.customer_reference,
                service,
                str(record.parcel_count),
                stages[record.stage],
            )
            for column, text in enumerate(values):
                self.table.setItem(row, column, QTableWidgetItem(text))


class DevicesScreen(Screen):
    """The devices this station uses, as configured."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Devices"),
            self.tr("The printers, scale and scanner of this bench, with what each last did."),
            parent,
        )
        self.form = QFormLayout()
        box = QGroupBox(self.tr("Devices"))
        box.setLayout(self.form)
        self.body.addWidget(box)
        self.test_print_button = QPushButton(self.tr("&Test print on the label printer"))
        self.test_print_button.setAccessibleName(self.tr("Test print on the label printer"))
        self.test_print_button.setEnabled(False)
        self.body.addWidget(self.test_print_button)
        self.status_line = QLabel()
        self.status_line.setWordWrap(True)
        self.status_line.setAccessibleName(self.tr("Test print result"))
        self.body.addWidget(self.status_line)
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

    def show_bench(self, bench: BenchServices, log: DeviceLog) -> None:
        """Show every device of the bench with its set-up, last outcome and last error."""
        engine, settings = bench.engine, bench.settings
        labels = engine.devices.labels
        printers = {labels.name: labels}
        printers.update({p.name: p for p in bench.spare_label_printers})
        for name, printer in printers.items():
            in_use = self.tr(" — in use") if name == labels.name else ""
            setup = f"{name} ({printer.language.value}, {printer.dpi} dpi){in_use}"
            caption = self.tr("Label printer %1").replace("%1", name)
            self.show_device(caption, log.describe(name, setup))
        documents = engine.devices.documents
        self.show_device(
            self.tr("Document printer"),
            log.describe(documents.name, documents.name) if documents else self.tr("none"),
        )
        desk = bench.counter
        receipts = desk.receipt_printer if desk is not None else None
        self.show_device(
            self.tr("Receipt printer"),
            log.describe(receipts.name, receipts.name) if receipts else self.tr("none"),
        )
        scale = settings.scale.url
        self.show_device(self.tr("Scale"), log.describe(SCALE, scale) if scale else self.tr("none"))
        suffix = settings.scanner.suffix.capitalize()
        wedge = self.tr("keyboard wedge (ends with %1)").replace("%1", suffix)
        self.show_device(self.tr("Scanner"), settings.scanner.url or wedge)

    def status_of(self, name: str) -> str:
        """Return the status shown for one device."""
        return self._values[name].text()
