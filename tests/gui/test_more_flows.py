"""More engine flows through the window: double scans, several hits, leftovers, reprint rules."""

from __future__ import annotations

import threading

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QLineEdit,
    QListWidget,
    QSpinBox,
    QTableWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from packstation.domain.labels import PrintState
from packstation.domain.records import PackStage
from packstation.domain.session import Stage
from packstation.domain.shipment import ShipmentState
from packstation.gui.main_window import MainWindow
from tests.gui.conftest import Bench, open_window, open_window_with_held_printer
from tests.gui.keys import scan, type_text, wait_for_stage


def test_a_double_scan_is_refused_by_the_engine_while_the_first_runs(qtbot: QtBot) -> None:
    bench, held, window = open_window_with_held_printer(qtbot)
    reference = bench.pro.add(ShipmentState.ALLOCATED)
    try:
        scan(qtbot, window, reference)
        qtbot.waitUntil(held.started.is_set)
        assert window.pack.banner.title == "WORKING…"
        scan(qtbot, window, reference)
        qtbot.waitUntil(lambda: "already being handled" in window.pack.banner.message)
    finally:
        held.release.set()
    wait_for_stage(qtbot, window, Stage.DONE)
    assert len(held.jobs) == 1
    window.shutdown()


def test_several_hits_are_picked_by_number(qtbot: QtBot, window: MainWindow, bench: Bench):
    bench.pro.add(ShipmentState.ALLOCATED, customer_reference="SHOP-5")
    second = bench.pro.add(ShipmentState.ALLOCATED, customer_reference="SHOP-5")
    scan(qtbot, window, "SHOP-5")
    wait_for_stage(qtbot, window, Stage.CHOOSE_SHIPMENT)
    assert window.pack.choices.rowCount() == 2
    assert window.pack.choices.item(1, 1).text() == second
    type_text(qtbot, window, "2")
    wait_for_stage(qtbot, window, Stage.DONE)
    assert bench.journal.stages_of(second)[-1] is PackStage.READY_TO_SHIP


def test_leftovers_from_last_time_are_listed_at_start(qtbot: QtBot) -> None:
    bench = Bench()
    reference = bench.pro.add(ShipmentState.ALLOCATED)
    bench.journal.record_stage(bench.pro.get_shipment(reference), PackStage.ALLOCATED)
    window = open_window(qtbot, bench)
    assert window.pack.leftovers.isVisibleTo(window)
    assert window.pack.leftover_list.item(0).text().startswith(f"{reference}: allocated")
    assert window.pack.banner.title == "CHECK"
    window.shutdown()


def test_a_leftover_leaves_the_list_once_its_pack_is_done(qtbot: QtBot) -> None:
    bench = Bench()
    finished, other = (bench.pro.add(ShipmentState.ALLOCATED) for _ in range(2))
    for reference in (finished, other):
        bench.journal.record_stage(bench.pro.get_shipment(reference), PackStage.ALLOCATED)
    window = open_window(qtbot, bench)
    leftovers = window.pack.leftover_list
    qtbot.waitUntil(lambda: leftovers.count() == 2)
    scan(qtbot, window, finished)
    wait_for_stage(qtbot, window, Stage.DONE)
    assert [leftovers.item(row).text().split(":")[0] for row in range(leftovers.count())] == [other]
    scan(qtbot, window, other)
    wait_for_stage(qtbot, window, Stage.DONE)
    qtbot.waitUntil(lambda: leftovers.count() == 0)
    assert not window.pack.leftovers.isVisibleTo(window)
    window.shutdown()


def test_no_reprint_key_after_a_refusal(qtbot: QtBot, window: MainWindow, bench: Bench):
    reference = bench.pro.add(ShipmentState.CANCELLED)
    scan(qtbot, window, reference)
    wait_for_stage(qtbot, window, Stage.REFUSED)
    assert "R" not in window.pack.scan_field.command_keys
    assert window.pack.banner.title == "PROBLEM"


def test_reprint_from_the_recent_list_when_idle(qtbot: QtBot, window: MainWindow, bench: Bench):
    first = bench.pro.add(ShipmentState.ALLOCATED)
    scan(qtbot, window, first)
    wait_for_stage(qtbot, window, Stage.DONE)
    scan(qtbot, window, bench.pro.add(ShipmentState.UNALLOCATED))
    wait_for_stage(qtbot, window, Stage.CONFIRM_PARCELS)
    window.pack_calls.on_pack_escaped()
    wait_for_stage(qtbot, window, Stage.IDLE)
    qtbot.waitUntil(lambda: window.pack.recent.selected_reference() == first)
    type_text(qtbot, window, "R")
    qtbot.waitUntil(lambda: window.pack_calls.reason_dialog is not None)
    dialog = window.pack_calls.reason_dialog
    assert dialog is not None and dialog.reference == first
    dialog.accept()
    qtbot.waitUntil(lambda: f"Reprinted 1 label for {first}" in window.pack.banner.message)
    assert bench.journal.prints[-1][2] == "Label damaged or smudged"


def test_every_control_has_an_accessible_name(window: MainWindow) -> None:
    kinds = (QLineEdit, QComboBox, QSpinBox, QTableWidget, QListWidget)
    controls = [w for w in window.findChildren(QWidget) if isinstance(w, kinds)]
    assert len(controls) > 8
    # An editable combo box's inner line edit is announced through the combo box itself.
    missing = [
        f"{type(w).__name__} in {type(w.parentWidget()).__name__}"
        for w in controls
        if not w.accessibleName() and not isinstance(w.parentWidget(), QComboBox)
    ]
    assert missing == []


def test_font_size_setting_scales_the_window(qtbot: QtBot, qapp) -> None:  # type: ignore[no-untyped-def]
    from packstation.gui.theme import apply_theme

    bench = Bench()
    bench.services.settings.ui.font_size_pt = 20
    bench.services.settings.ui.theme = "dark"
    try:
        window = open_window(qtbot, bench)
        assert qapp.font().pointSize() == 20
        assert window.pack.scan_field.font().pointSizeF() == 30
        assert "#181a1d" in qapp.styleSheet()
        window.shutdown()
    finally:
        apply_theme(qapp, "light", 14)


def test_void_needs_a_reason_then_cancels_and_blocks_reprint(
    qtbot: QtBot, window: MainWindow, bench: Bench
) -> None:
    reference = bench.pro.add(ShipmentState.ALLOCATED)
    scan(qtbot, window, reference)
    wait_for_stage(qtbot, window, Stage.DONE)
    type_text(qtbot, window, "V")
    qtbot.waitUntil(lambda: window.pack_calls.reason_dialog is not None)
    dialog = window.pack_calls.reason_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    qtbot.keyClick(dialog.reason, Qt.Key.Key_Return)  # no reason yet: nothing happens
    assert dialog.isVisible() and bench.journal.voids == []
    qtbot.keyClicks(dialog.reason, "Packed by mistake")
    qtbot.keyClick(dialog.reason, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "is voided" in window.pack.banner.message)
    assert bench.journal.voids == [(reference, "Packed by mistake")]
    assert "R" not in window.pack.scan_field.command_keys


def test_shift_screen_lists_exceptions(qtbot: QtBot, window: MainWindow, bench: Bench) -> None:
    bench.printer.script = [PrintState.FAILED]
    reference = bench.pro.add(ShipmentState.ALLOCATED, customer_reference="WEB-3")
    scan(qtbot, window, reference)
    wait_for_stage(qtbot, window, Stage.PRINT_FAILED)
    window.show_screen(2)
    qtbot.waitUntil(lambda: window.shift.exceptions.count() == 1)
    assert window.shift.exceptions.item(0).text() == f"{reference} (WEB-3): label printing failed"


def test_enter_on_a_shift_exception_prints_it_again_on_the_pack_screen(
    qtbot: QtBot, window: MainWindow, bench: Bench
) -> None:
    bench.printer.script = [PrintState.FAILED]
    reference = bench.pro.add(ShipmentState.ALLOCATED, customer_reference="WEB-3")
    scan(qtbot, window, reference)
    wait_for_stage(qtbot, window, Stage.PRINT_FAILED)
    window.show_screen(2)
    exceptions = window.shift.exceptions
    qtbot.waitUntil(lambda: exceptions.count() == 1 and exceptions.item(0).text() != "")
    exceptions.setFocus()
    exceptions.setCurrentRow(0)
    qtbot.keyClick(exceptions, Qt.Key.Key_Return)
    wait_for_stage(qtbot, window, Stage.DONE)
    assert window.current_screen() is window.pack
    assert f"Printed 1 label for {reference}" in window.pack.banner.message


def test_enter_on_a_pack_of_the_shift_opens_it_and_the_none_line_opens_nothing(
    qtbot: QtBot, window: MainWindow, bench: Bench
) -> None:
    reference = bench.pro.add(ShipmentState.ALLOCATED, customer_reference="WEB-4")
    scan(qtbot, window, reference)
    wait_for_stage(qtbot, window, Stage.DONE)
    window.show_screen(2)
    shift = window.shift
    qtbot.waitUntil(lambda: shift.table.rowCount() == 1 and shift.exceptions.count() == 1)
    shift.exceptions.setFocus()
    shift.exceptions.setCurrentRow(0)
    qtbot.keyClick(shift.exceptions, Qt.Key.Key_Return)  # "None: every pack is printed…"
    assert window.current_screen() is shift
    shift.table.setFocus()
    shift.table.setCurrentCell(0, 0)
    qtbot.keyClick(shift.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.current_screen() is window.pack)
    wait_for_stage(qtbot, window, Stage.ALREADY_DONE)
    assert reference in window.pack.banner.message


def test_no_engine_or_journal_call_runs_on_the_gui_thread(
    qtbot: QtBot, window: MainWindow, bench: Bench
) -> None:
    gui_thread = threading.get_ident()
    threads: list[tuple[str, int]] = []

    def spy(owner: object, name: str) -> None:
        real = getattr(owner, name)

        def called(*args: object, **kwargs: object) -> object:
            threads.append((name, threading.get_ident()))
            return real(*args, **kwargs)

        setattr(owner, name, called)

    for name in ("get_shipment", "quotes", "allocate_with_quote", "replace_parcels", "labels"):
        spy(bench.pro, name)
    for name in ("shift_glance", "record_stage"):
        spy(bench.journal, name)
    spy(bench.printer, "print_labels")
    reference = bench.pro.add(ShipmentState.UNALLOCATED)
    scan(qtbot, window, reference)
    wait_for_stage(qtbot, window, Stage.CONFIRM_PARCELS)
    type_text(qtbot, window, "2")
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Return)
    wait_for_stage(qtbot, window, Stage.CHOOSE_SERVICE)
    type_text(qtbot, window, "1")
    wait_for_stage(qtbot, window, Stage.DONE)
    qtbot.waitUntil(lambda: sum(1 for name, _ in threads if name == "shift_glance") >= 3)
    called = {name for name, _ in threads}
    assert {"get_shipment", "quotes", "labels", "print_labels", "shift_glance"} <= called
    assert all(thread != gui_thread for _, thread in threads)


def test_devices_screen_keeps_the_printers_last_error(
    qtbot: QtBot, window: MainWindow, bench: Bench
) -> None:
    bench.printer.script = [PrintState.FAILED]
    scan(qtbot, window, bench.pro.add(ShipmentState.ALLOCATED))
    wait_for_stage(qtbot, window, Stage.PRINT_FAILED)
    type_text(qtbot, window, "R")
    wait_for_stage(qtbot, window, Stage.DONE)
    window.show_screen(3)
    status = window.devices.status_of("Label printer tcp://127.0.0.1:9100")
    assert "last: confirmed at 09:00" in status
    assert "last error: head open at 09:00" in status
    assert window.devices.status_of("Receipt printer") == "tcp://127.0.0.1:9101"
