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
        # Tall rows: the highlighted one must be unmistakable from a step away.
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() * 2)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.horizontalHeader().setStretchLastSection(True)
        self.setWordWrap(False)

    def show_choices(self, choices: tuple[ServiceChoice, ...]) -> None:
        """Show quotes or options: price, carrier, service, promise and window, cut-off."""
        headers = [
            self.tr("Key"),
            self.tr("Price"),
            self.tr("Carrier"),
            self.tr("Service"),
            self.tr("Delivery"),
            self.tr("Cut-off"),
        ]
        rows = [
            [
                fmt.money(choice.price_gross, choice.currency),
                choice.carrier,
                _service_text(choice),
                fmt.window(choice),
                fmt.cutoff(choice.cutoff),
            ]
            for choice in choices
        ]
        self._fill(headers, rows)

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
        self._fill(headers, rows)

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

    def _fill(self, headers: list[str], rows: list[list[str]]) -> None:
        self.setRowCount(0)
        self.setColumnCount(len(headers))
        self.setHorizontalHeaderLabels(headers)
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
    if choice.pickup_point is not None:
        point = choice.pickup_point
        return f"{choice.service} · {point.name}, {point.address}"
    return choice.service
