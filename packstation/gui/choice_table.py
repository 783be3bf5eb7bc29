"""The choice table: quotes, delivery and pickup options, or search hits, picked by number.

Rows are numbered 1-9 for the digit keys; arrows move the highlight and Enter takes it. The table
never takes the keyboard focus itself: the scan field forwards the keys.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from packstation.domain.choices import ServiceChoice
from packstation.domain.shipment import ShipmentHit
from packstation.gui import formatting as fmt

MAX_DIGIT_ROWS = 9


class ChoiceTable(QTableWidget):
    """One table for every kind of choice."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Choices"))
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.verticalHeader().setVisible(False)
        # Tall rows that grow to fit: a service name is never cut short (Tracked 24 / 48).
        self.verticalHeader().setMinimumSectionSize(self.fontMetrics().height() * 2)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.horizontalHeader().setStretchLastSection(False)
        self.setWordWrap(True)

    def show_choices(self, choices: tuple[ServiceChoice, ...]) -> None:
        """Show quotes or options: price, carrier, service, promise and window, cut-off."""
        headers = [
            self.tr("Key"),
            self.tr("Price"),
            self.tr("Service"),
            self.tr("Delivery"),
            self.tr("Cut-off"),
        ]
        rows = [
            [
                fmt.money(choice.price_gross, choice.currency),
                _service_text(choice),
                fmt.window(choice),
                fmt.cutoff(choice.cutoff),
            ]
            for choice in choices
        ]
        self._fill(headers, rows, stretch=(2,))

    def show_hits(self, hits: tuple[ShipmentHit, ...]) -> None:
        """Show search hits: reference, customer reference, destination, state, service, date."""
        headers = [
            self.tr("Key"),
            self.tr("Reference"),
            self.tr("Customer ref."),
            self.tr("Destination"),
            self.tr("State"),
            self.tr("Created"),
        ]
        rows = [
            [
                hit.reference,
                hit.customer_reference or fmt.NOTHING,
                hit.destination or fmt.NOTHING,
                hit.state.value,
                fmt.moment(hit.created),
            ]
            for hit in hits
        ]
        self._fill(headers, rows, stretch=(2, 3))

    def clear_rows(self) -> None:
        """Show no choice."""
        self.setRowCount(0)

    def selected_index(self) -> int:
        """Return the highlighted row (0-based), or 0 when none is."""
        return max(0, self.currentRow())

    def move_highlight(self, delta: int) -> None:
        """Move the highlight up (-1) or down (+1), staying inside the table."""
        if self.rowCount():
            self.selectRow(min(self.rowCount() - 1, max(0, self.selected_index() + delta)))

    def _fill(self, headers: list[str], rows: list[list[str]], stretch: tuple[int, ...]) -> None:
        self.setRowCount(0)
        self.setColumnCount(len(headers))
        self.setHorizontalHeaderLabels(headers)
        header = self.horizontalHeader()
        for column in range(len(headers)):
            # Names take what is left and wrap; numbers and dates are always whole.
            mode = (
                QHeaderView.ResizeMode.Stretch
                if column in stretch
                else QHeaderView.ResizeMode.ResizeToContents
            )
            header.setSectionResizeMode(column, mode)
        self.setRowCount(len(rows))
        for row, values in enumerate(rows):
            key = str(row + 1) if row < MAX_DIGIT_ROWS else ""
            for column, text in enumerate([key, *values]):
                item = QTableWidgetItem(text)
                if column == 0:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.setItem(row, column, item)
        if rows:
            self.selectRow(0)


def _service_text(choice: ServiceChoice) -> str:
    name = fmt.service_name(choice.carrier, choice.service)
    if choice.pickup_point is not None:
        point = choice.pickup_point
        return f"{name} · {point.name}, {point.address}"
    return name
