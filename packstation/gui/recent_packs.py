"""The shift's recent packs, with the counts a packer glances at (this shift, last hour)."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGroupBox, QLabel, QListWidget, QVBoxLayout, QWidget

from packstation.domain.records import PackRecord, ShiftGlance
from packstation.gui import formatting as fmt

SHOWN_PACKS = 30
LAST_HOUR = timedelta(hours=1)
"""The window of the second count."""


class RecentPacks(QGroupBox):
    """Newest packs first; R reprints the highlighted one when no pack is open."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Recent packs"), parent)
        self.setAccessibleName(self.tr("Recent packs"))
        self.counts = QLabel()
        self.counts.setAccessibleName(self.tr("Pack counts"))
        self.list = QListWidget()
        self.list.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.list.setAccessibleName(self.tr("Recent packs list"))
        self.list.setWordWrap(True)
        self._records: list[PackRecord] = []
        layout = QVBoxLayout(self)
        layout.addWidget(self.counts)
        layout.addWidget(self.list)
        self.show_glance(ShiftGlance((), 0, 0))

    def show_glance(self, glance: ShiftGlance) -> None:
        """Show the newest packs and the counts (``packed_since``: the last hour)."""
        self.counts.setText(
            self.tr("Packed this shift: %1   Last hour: %2")
            .replace("%1", str(glance.packed))
            .replace("%2", str(glance.packed_since))
        )
        self.list.clear()
        self._records = list(glance.newest[:SHOWN_PACKS])
        stages = fmt.pack_stages()
        for record in self._records:
            self.list.addItem(_row_text(record, stages[record.stage]))
            self.list.item(self.list.count() - 1).setToolTip(_details(record))
        if self._records:
            self.list.setCurrentRow(0)

    def selected_record(self) -> PackRecord | None:
        """Return the highlighted pack."""
        row = self.list.currentRow()
        return self._records[row] if 0 <= row < len(self._records) else None

    def selected_reference(self) -> str | None:
        """Return the highlighted pack's consignment reference."""
        record = self.selected_record()
        return record.reference if record is not None else None

    def move_highlight(self, delta: int) -> None:
        """Move the highlight up (-1) or down (+1)."""
        if self._records:
            row = min(len(self._records) - 1, max(0, self.list.currentRow() + delta))
            self.list.setCurrentRow(row)


def _row_text(record: PackRecord, stage: str) -> str:
    when = record.printed_at or record.updated_at
    return f"{when:%H:%M}  {record.reference}  {stage}"


def _details(record: PackRecord) -> str:
    service = " ".join(part for part in (record.carrier, record.service) if part)
    return "  ·  ".join(p for p in (record.customer_reference, service, record.message) if p)
