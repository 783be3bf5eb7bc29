"""What the pack screen's keys do: engine calls through the task runner, answers back on screen.

While a call runs the banner says so. Scans are handled one after another in the order they
arrived: a scanner burst of several codes, each ended by its suffix, gives several scans, and each
one's answer is shown before the next is looked up (the engine lane has two workers, so without
the queue a quick refusal could overtake the code before it). Only a second scan of the code in
flight goes to the engine at once, which refuses it while the first runs.
"""

from __future__ import annotations

import logging
from collections import deque
from collections.abc import Callable
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QObject, Signal, Slot

from packstation.domain.records import PackStage, ShiftGlance
from packstation.domain.scan import ScanKind, classify_scan
from packstation.domain.session import PackView, Stage, Tone
from packstation.errors import UserFacingError
from packstation.gui import tasks
from packstation.gui.bench import BenchServices
from packstation.gui.engine_words import shown
from packstation.gui.label_previews import LabelPreviews
from packstation.gui.pack_screen import CHOOSING, PackScreen
from packstation.gui.reason_dialog import Purpose, ReasonDialog
from packstation.gui.recent_packs import LAST_HOUR, SHOWN_PACKS
from packstation.services.recovery import RecoveryItem

logger = logging.getLogger(__name__)


AT_REST = (Stage.IDLE, Stage.DONE, Stage.ALREADY_DONE)
"""Stages where the packer has nothing to finish: the bench waits for the next scan."""


class PackCalls(QObject):
    """Connects the pack screen to the engine, the journal reads and the label previews."""

    busy_changed = Signal(bool)

    def __init__(
        self,
        bench: BenchServices,
        runner: tasks.TaskRunner,
        screen: PackScreen,
        report_bug: Callable[[BaseException], None],
    ) -> None:
        super().__init__(screen)
        self._bench = bench
        self._runner = runner
        self._screen = screen
        self._report_bug = report_bug
        self._busy = 0
        self._scans_in_flight: list[str] = []  # cleaned codes, in the order they were sent
        self._pack_code = ""  # the code whose scan started the pack shown now
        self._waiting_scans: deque[tuple[str, str]] = deque()  # (as scanned, cleaned code)
        self._previews = LabelPreviews(runner, bench.label_preview, screen.labels, report_bug)
        self.reason_dialog: ReasonDialog | None = None
        # Every label printer of the bench, in the order P walks through them.
        printers = [bench.engine.devices.labels, *bench.spare_label_printers]
        self._label_printers = list({printer.name: printer for printer in printers}.values())
        field = screen.scan_field
        field.scanned.connect(self.on_scan_field_scanned)
        field.commanded.connect(self.on_scan_field_commanded)
        field.moved.connect(self.on_scan_field_moved)
        field.escaped.connect(self.on_pack_escaped)
        screen.parcel_entry.confirmed.connect(self.on_parcel_entry_confirmed)
        screen.parcel_entry.escaped.connect(self.on_pack_escaped)
        screen.parcel_entry.refused.connect(self.on_parcel_entry_refused)

    @property
    def busy(self) -> bool:
        """Whether an engine call is running or a scan waits for its turn."""
        return self._busy > 0 or bool(self._waiting_scans)

    @property
    def at_rest(self) -> bool:
        """Whether no pack is under way: nothing runs and the last one is over (or none began)."""
        return not self.busy and self._view().stage in AT_REST

    def start(self) -> None:
        """Show the engine's current view, run start-up recovery, load the recent packs."""
        self._screen.show_view(self._bench.engine.view, sound=False)
        self._call(
            self.tr("Checking what was left open…"),
            self._bench.recovery.run,
            self._on_recovered,
        )
        self.refresh_recent()

    # -- keys --------------------------------------------------------------------------------

    @Slot(str)
    def on_scan_field_scanned(self, text: str) -> None:
        """Look a code up; Enter on an empty field takes the highlighted choice.

        An empty Enter right after a scan (a scanner that ends codes with two) would pick from
        a table the scan is about to replace: it is ignored while a scan is on its way.
        """
        view = self._view()
        if not text.strip():
            scanning = bool(self._scans_in_flight or self._waiting_scans)
            if view.stage in CHOOSING and not scanning:
                self._choose(self._screen.choices.selected_index())
            return
        code = classify_scan(text).text
        if self._scans_in_flight and code not in self._scans_in_flight:
            self._waiting_scans.append((text, code))
            self._show_scans_in_line()
            return
        self._scan(text, code)

    def _scan(self, text: str, code: str) -> None:
        engine = self._bench.engine
        self._scans_in_flight.append(code)
        self._pack_code = code

        def answered(view: PackView) -> None:
            self._scans_in_flight.remove(code)
            self._on_view(view)
            self._next_scan()

        def failed(error: BaseException) -> None:
            self._scans_in_flight.remove(code)
            self._on_engine_error(error)
            self._next_scan()

        # The cleaned code, never the raw text: a pasted page must not fill the banner.
        shown = self.tr("Looking up %1…").replace("%1", code)
        self._call(shown, lambda: engine.scan(text), answered, failed)

    def _next_scan(self) -> None:
        if self._waiting_scans and not self._scans_in_flight:
            self._scan(*self._waiting_scans.popleft())
            self._show_scans_in_line()

    def _show_scans_in_line(self) -> None:
        """Name the code being looked up and, after it, those waiting their turn."""
        waiting = [code for _, code in self._waiting_scans]
        if waiting:
            line = " · ".join([*self._scans_in_flight, *waiting])
            self._screen.show_working(self.tr("Looking up %1…").replace("%1", line))

    @Slot(str)
    def on_scan_field_commanded(self, key: str) -> None:
        """Run a one-key command: a digit picks, R retries or reprints, S skips, V voids."""
        stage = self._view().stage
        if key.isdigit():
            self._choose(int(key) - 1)
        elif key == "R" and stage is Stage.PRINT_FAILED:
            self._screen.labels.show_report(self._view().print_report, printing=True)
            self._engine(
                self.tr("Printing the missing labels again…"),
                self._bench.engine.retry_print,
            )
        elif key == "R":
            self._ask_reason(Purpose.REPRINT)
        elif key == "V":
            self._ask_reason(Purpose.VOID)
        elif key == "P" and stage is Stage.PRINT_FAILED:
            self._print_elsewhere()
        elif key == "S":
            self._engine(self.tr("Leaving this pack…"), self._bench.engine.abandon)

    def _print_elsewhere(self) -> None:
        """Move to the next label printer and send it the labels the failed one did not print."""
        engine = self._bench.engine
        current = engine.devices.labels.name
        names = [printer.name for printer in self._label_printers]
        following = (names.index(current) + 1) if current in names else 0
        spare = self._label_printers[following % len(names)]
        if spare.name == current:
            return

        def move_and_retry() -> PackView:
            engine.devices.labels = spare
            return engine.retry_print()

        self._screen.labels.show_report(self._view().print_report, printing=True)
        self._engine(self.tr("Printing on %1…").replace("%1", spare.name), move_and_retry)

    @Slot(int)
    def on_scan_field_moved(self, delta: int) -> None:
        """Arrows move the choice highlight, or the recent-pack highlight otherwise."""
        if self._view().stage in CHOOSING:
            self._screen.choices.move_highlight(delta)
        else:
            self._screen.recent.move_highlight(delta)

    @Slot()
    def on_pack_escaped(self) -> None:
        """Esc leaves the pack in progress; what was done at PRO stays done and journalled."""
        if self._view().stage is not Stage.IDLE:
            self._engine(self.tr("Leaving this pack…"), self._bench.engine.abandon)

    @Slot()
    def on_parcel_entry_confirmed(self) -> None:
        """Enter in the parcel form: confirm all the parcels, in order, or pack the order.

        A scanner burst that landed in the weight field (the packer scanned the next parcel)
        is a scan, not a weight: it goes to the engine like any scan.
        """
        entry, engine, view = self._screen.parcel_entry, self._bench.engine, self._view()
        typed = entry.weight.text().strip()
        if looks_like_a_code(typed):
            entry.weight.clear()
            self.on_scan_field_scanned(typed)
            return
        try:
            if view.stage is Stage.PACK_ORDER:
                packed = entry.packed_parcels()
                call: Callable[[], PackView] = lambda: engine.pack_order(packed)  # noqa: E731
            else:
                parcels = entry.parcel_specs()
                call = lambda: engine.confirm_parcels(parcels)  # noqa: E731
        except ValueError as problem:
            self._screen.show_message(Tone.ATTENTION, str(problem), view.next_action)
            return
        self._engine(self.tr("Booking a carrier…"), call)

    @Slot(str)
    def on_parcel_entry_refused(self, reason: str) -> None:
        """Say why a parcel key cannot be done now; the pack stays as it is."""
        self._screen.show_message(Tone.ATTENTION, reason, self._view().next_action)

    # -- calls -------------------------------------------------------------------------------

    def _view(self) -> PackView:
        return self._screen.view or self._bench.engine.view

    def _choose(self, index: int) -> None:
        engine = self._bench.engine
        self._engine(
            self.tr("Taking choice %1…").replace("%1", str(index + 1)),
            lambda: engine.choose(index),
        )

    def _ask_reason(self, purpose: Purpose) -> None:
        view = self._view()
        if view.stage is not Stage.IDLE and view.shipment is not None:
            reference: str | None = view.shipment.reference
        else:
            record = self._screen.recent.selected_record()
            reference = record.reference if record is not None else None
            if record is not None and record.stage is PackStage.VOIDED:
                self._screen.show_message(
                    Tone.ATTENTION, self.tr("%1 is voided.").replace("%1", record.reference)
                )
                return
        if reference is None:
            self._screen.show_message(Tone.ATTENTION, self.tr("No pack to act on yet."))
            return
        dialog = ReasonDialog(reference, purpose, self._screen)
        dialog.reason_given.connect(self.on_reason_dialog_reason_given)
        dialog.finished.connect(self._screen.focus_input)
        self.reason_dialog = dialog
        dialog.open()

    @Slot(str, str)
    def on_reason_dialog_reason_given(self, reference: str, reason: str) -> None:
        """Reprint or void with the packer's reason."""
        engine = self._bench.engine
        dialog = self.reason_dialog
        if dialog is not None and dialog.purpose is Purpose.VOID:
            self._engine(
                self.tr("Voiding %1…").replace("%1", reference),
                lambda: engine.void(reference, reason),
            )
        else:
            self._engine(
                self.tr("Reprinting %1…").replace("%1", reference),
                lambda: engine.reprint(reference, reason),
            )

    def _engine(self, text: str, call: Callable[[], PackView]) -> None:
        self._call(text, call, self._on_view)

    def _call(
        self,
        text: str,
        call: Callable[[], object],
        done: Callable[..., None],
        failed: Callable[[BaseException], None] | None = None,
    ) -> None:
        self._busy += 1
        self.busy_changed.emit(True)
        self._screen.show_working(text)

        def finished(result: object) -> None:
            self._finish()
            done(result)

        self._runner.submit(tasks.ENGINE, call, finished, failed or self._on_engine_error)

    def _finish(self) -> None:
        self._busy -= 1
        self.busy_changed.emit(self.busy)

    def _on_view(self, view: PackView) -> None:
        self._screen.show_view(view)
        self._previews.show(view)
        self.refresh_recent()
        if view.stage is Stage.DONE:
            self._screen.settle_leftovers(self._names_of_pack(view))

    def _names_of_pack(self, view: PackView) -> set[str]:
        """Return what a leftover line may name this pack by, and the code that started it."""
        names = {self._pack_code}
        if view.shipment is not None:
            names |= {view.shipment.reference, view.shipment.customer_reference}
        if view.order is not None:
            names.add(view.order.reference)
        return {name for name in names if name}

    def _on_engine_error(self, error: BaseException) -> None:
        self._finish()
        if isinstance(error, UserFacingError):
            self._screen.show_message(Tone.FAILURE, str(error), self.tr("Try again."))
        else:
            self._screen.show_view(self._bench.engine.view, sound=False)
            self._report_bug(error)

    def _on_recovered(self, items: list[RecoveryItem]) -> None:
        lines = [
            (i.reference, f"{i.reference}: {shown(i.found)}. {shown(i.next_action)}")
            for i in items
            if not i.settled
        ]
        self._screen.show_leftovers(lines)
        if lines and self._view().stage is Stage.IDLE:
            self._screen.show_message(
                Tone.ATTENTION,
                self.tr("%1 pack(s) were left unfinished last time.").replace(
                    "%1", str(len(lines))
                ),
                self.tr("See “Left from last time”, then scan the next parcel."),
            )
        else:
            self._screen.show_view(self._view(), sound=False)

    # -- journal reads ---------------------------------------------------------------------

    def refresh_recent(self) -> None:
        """Reload the newest packs and the counts (journal lane)."""
        since = self._bench.clock.now() - LAST_HOUR
        shift_log = self._bench.shift_log
        self._runner.submit(
            tasks.JOURNAL, lambda: shift_log.shift_glance(SHOWN_PACKS, since), self._on_glance
        )

    def _on_glance(self, glance: ShiftGlance) -> None:
        self._screen.recent.show_glance(glance)
        self._screen.refresh_keys()


_CODE_KINDS = (
    ScanKind.CONSIGNMENT,
    ScanKind.ORDER,
    ScanKind.DELIVERY_OPTION,
    ScanKind.TRACKING_NUMBER,
)
MAX_WEIGHT_CHARS = 7
"""``9999.99``: anything longer typed into the weight field is a code, not a weight."""


def looks_like_a_code(text: str) -> bool:
    """Whether text typed into the weight field is a scanned code rather than a weight."""
    if len(text) > MAX_WEIGHT_CHARS:
        return True
    # A short word is a typo in the weight, not a shop's reference: only unmistakable codes.
    return classify_scan(text).kind in _CODE_KINDS and not _is_number(text)


def _is_number(text: str) -> bool:
    try:
        Decimal(text.replace(",", "."))
    except InvalidOperation:
        return False
    return True
