"""The pack screen: banner, scan field, consignment, choices or parcel entry, labels, recent packs.

It renders each :class:`PackView` the engine returns and derives no pack state of its own. Every
engine call goes through the task runner (see :mod:`packstation.gui.pack_calls`).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from packstation.domain.session import PackView, Stage, Tone
from packstation.domain.shipment import ShipmentState
from packstation.gui.banner import StatusBanner
from packstation.gui.choice_table import MAX_DIGIT_ROWS, ChoiceTable
from packstation.gui.consignment_panel import ConsignmentPanel
from packstation.gui.engine_words import shown
from packstation.gui.label_panel import LabelPanel
from packstation.gui.parcel_entry import ParcelEntry
from packstation.gui.parcel_list import ADD_KEY, REMOVE_KEY
from packstation.gui.recent_packs import RecentPacks
from packstation.gui.scan_field import ScanField
from packstation.gui.sounds import SoundPlayer
from packstation.gui.theme import scaled_font

CHOOSING = (Stage.CHOOSE_SHIPMENT, Stage.CHOOSE_SERVICE, Stage.CONFIRM_OPTION)
ENTERING = (Stage.CONFIRM_PARCELS, Stage.PACK_ORDER)
# Never after a refusal or a failure: a cancelled consignment's stored label must not come out.
REPRINTABLE = (Stage.DONE, Stage.ALREADY_DONE, Stage.IDLE)


class PackScreen(QWidget):
    """The widgets of the pack screen and how a view is shown on them."""

    view_shown = Signal(object)

    def __init__(
        self,
        scan_suffix: str,
        sounds: SoundPlayer,
        parent: QWidget | None = None,
        *,
        spare_printer: bool = False,
    ) -> None:
        super().__init__(parent)
        self._spare_printer = spare_printer
        self.setAccessibleName(self.tr("Pack screen"))
        self.sounds = sounds
        self.view: PackView | None = None
        self.banner = StatusBanner()
        self.scan_field = ScanField(scan_suffix)
        self.scan_field.setFont(scaled_font(self.font(), 1.5, bold=True))
        self.consignment = ConsignmentPanel()
        self.choices = ChoiceTable()
        self.parcel_entry = ParcelEntry()
        self.labels = LabelPanel()
        self.recent = RecentPacks()
        self.to_check = QGroupBox(self.tr("To check"))
        self.to_check_list = QListWidget()
        self.to_check_list.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.to_check_list.setWordWrap(True)
        self.to_check_list.setAccessibleName(self.tr("What this pack still needs checked"))
        QVBoxLayout(self.to_check).addWidget(self.to_check_list)
        self.to_check.setVisible(False)
        self.leftovers = QGroupBox(self.tr("Left from last time"))
        self.leftover_list = QListWidget()
        self.leftover_list.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.leftover_list.setAccessibleName(self.tr("Packs left unfinished"))
        QVBoxLayout(self.leftovers).addWidget(self.leftover_list)
        self.leftovers.setVisible(False)
        self.work_area = QStackedWidget()
        for page in (self.labels, self.choices, self.parcel_entry):
            self.work_area.addWidget(page)
        self.key_hints = QLabel()
        self.key_hints.setObjectName("keyHints")
        self.key_hints.setWordWrap(True)
        self.key_hints.setAccessibleName(self.tr("Keys you can press now"))
        self._lay_out()

    def _lay_out(self) -> None:
        scan_row = QHBoxLayout()
        caption = QLabel(self.tr("Scan:"))
        caption.setFont(scaled_font(self.font(), 1.3, bold=True))
        caption.setBuddy(self.scan_field)
        scan_row.addWidget(caption)
        scan_row.addWidget(self.scan_field, 1)
        # When the banner needs more lines, the recent packs give way, never the consignment.
        self.consignment.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.recent.list.setMinimumHeight(0)
        left = QVBoxLayout()
        left.addWidget(self.consignment)
        left.addWidget(self.to_check)
        left.addWidget(self.leftovers)
        left.addWidget(self.recent, 1)
        self._middle = QHBoxLayout()
        self._middle.addLayout(left, 2)
        self._middle.addWidget(self.work_area, 3)
        middle = self._middle
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(scan_row)
        layout.addLayout(middle, 1)
        layout.addWidget(self.key_hints)

    # -- showing a view ----------------------------------------------------------------------

    def show_view(self, view: PackView, *, sound: bool = True) -> None:
        """Render one engine view on every panel."""
        previous, self.view = self.view, view
        self.banner.show_tone(view.tone, shown(view.message), shown(view.next_action), view.stage)
        if sound and view.tone is not Tone.INFO:
            self.sounds.play(view.tone)
        self.consignment.show_view(view)
        self._show_to_check(view)
        self._show_work(view, previous)
        self._set_keys(view)
        self.focus_input()
        self.view_shown.emit(view)

    def _show_to_check(self, view: PackView) -> None:
        """List what the step left to check: customs papers, ready to ship, services not offered."""
        self.to_check_list.clear()
        self.to_check_list.addItems([shown(problem) for problem in view.problems])
        self.to_check.setVisible(bool(view.problems))

    def _show_work(self, view: PackView, previous: PackView | None) -> None:
        self._place_work(view, previous)
        # A choice table needs the width: the consignment column narrows while it shows.
        wide = self.work_area.currentWidget() is self.choices
        self._middle.setStretch(0, 1 if wide else 2)
        self._middle.setStretch(1, 3)

    def _place_work(self, view: PackView, previous: PackView | None) -> None:
        if view.stage in ENTERING:
            if not _same_pack(view, previous):
                existing = view.shipment.parcels if view.shipment is not None else ()
                self.parcel_entry.start(view.order, existing)
            self.work_area.setCurrentWidget(self.parcel_entry)
        elif view.stage is Stage.CHOOSE_SHIPMENT:
            self.choices.show_hits(view.hits)
            self.work_area.setCurrentWidget(self.choices)
        elif view.choices and (view.stage in CHOOSING or view.labels is None):
            self.choices.show_choices(view.choices)
            self.work_area.setCurrentWidget(self.choices)
        else:
            self.work_area.setCurrentWidget(self.labels)

    def _set_keys(self, view: PackView) -> None:
        keys: set[str] = set()
        hints = [self.tr("Esc: leave this pack")] if view.stage is not Stage.IDLE else []
        if view.stage in CHOOSING:
            rows = min(MAX_DIGIT_ROWS, self.choices.rowCount())
            keys |= {str(n) for n in range(1, rows + 1)}
            hints.insert(
                0, self.tr("1–%1: pick   ↑↓ + Enter: pick highlighted").replace("%1", str(rows))
            )
        elif view.stage is Stage.PRINT_FAILED:
            keys |= {"R", "S"}
            hints.insert(0, self.tr("R: retry missing labels   S: skip (stays an exception)"))
            if self._spare_printer:
                keys.add("P")
                hints.insert(1, self.tr("P: print them on another printer"))
        elif view.stage in ENTERING:
            hints.insert(
                0,
                self.tr("Enter: confirm all parcels   %1: add a parcel   %2: remove it")
                .replace("%1", ADD_KEY)
                .replace("%2", REMOVE_KEY),
            )
        elif view.stage in REPRINTABLE and not _cancelled(view) and self._has_pack_to_act_on(view):
            keys |= {"R", "V"}
            hints.insert(
                0, self.tr("R: reprint (asks why)   V: void (asks why)   ↑↓: pick a recent pack")
            )
        self.scan_field.command_keys = frozenset(keys)
        self.key_hints.setText("    ".join(hints))

    def _has_pack_to_act_on(self, view: PackView) -> bool:
        return view.shipment is not None or self.recent.selected_reference() is not None

    def refresh_keys(self) -> None:
        """Offer the keys again (the recent packs changed what R and V can act on)."""
        if self.view is not None:
            self._set_keys(self.view)

    def focus_input(self) -> None:
        """Put the keyboard focus where the packer types now."""
        if self.view is not None and self.view.stage in ENTERING:
            if not self.parcel_entry.isAncestorOf(self.focusWidget()):
                self.parcel_entry.focus_weight()
        else:
            self.scan_field.setFocus(Qt.FocusReason.OtherFocusReason)

    def show_working(self, text: str) -> None:
        """Show that a step runs."""
        self.banner.show_working(text)

    def show_message(self, tone: Tone, message: str, next_action: str = "") -> None:
        """Show a message of the window itself (bad input, an error) without changing the pack."""
        self.banner.show_tone(tone, message, next_action)
        self.sounds.play(tone)
        self.focus_input()

    def show_leftovers(self, leftovers: list[tuple[str, str]]) -> None:
        """List what start-up recovery found for the packer: (reference, line) pairs."""
        self.leftover_list.clear()
        for reference, line in leftovers:
            item = QListWidgetItem(line)
            item.setData(Qt.ItemDataRole.UserRole, reference)
            self.leftover_list.addItem(item)
        self.leftovers.setVisible(bool(leftovers))

    def settle_leftovers(self, references: set[str]) -> None:
        """Take the lines of packs now finished off the list; hide it once it is empty."""
        for row in reversed(range(self.leftover_list.count())):
            item = self.leftover_list.item(row)
            if item.data(Qt.ItemDataRole.UserRole) in references:
                self.leftover_list.takeItem(row)
        self.leftovers.setVisible(self.leftover_list.count() > 0)

    @Slot()
    def on_window_activated(self) -> None:
        """Take the focus back when the window comes to the front."""
        self.focus_input()


def _same_pack(view: PackView, previous: PackView | None) -> bool:
    if previous is None or previous.stage is not view.stage:
        return False
    reference = view.shipment.reference if view.shipment else None
    before = previous.shipment.reference if previous.shipment else None
    order = view.order.reference if view.order else None
    order_before = previous.order.reference if previous.order else None
    return (reference, order) == (before, order_before)


def _cancelled(view: PackView) -> bool:
    """Whether the view's consignment is cancelled: nothing may be printed or voided for it."""
    shipment = view.shipment
    return shipment is not None and shipment.state in (
        ShipmentState.CANCELLED,
        ShipmentState.CANCELLING,
    )
