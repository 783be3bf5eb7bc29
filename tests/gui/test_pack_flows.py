"""Every packing flow through the window, keyboard only, with a real engine on fakes."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from packstation.domain.labels import PrintState
from packstation.domain.records import PackStage
from packstation.domain.session import Stage, Tone
from packstation.domain.shipment import ShipmentState
from packstation.gui.main_window import MainWindow
from tests.gui.conftest import Bench, open_window
from tests.gui.keys import focused, press, scan, type_text, wait_for_stage
from tests.unit.services.fakes import START, server_error


def test_allocated_scan_prints_and_shows_done(qtbot: QtBot, window: MainWindow, bench: Bench):
    reference = bench.pro.add(ShipmentState.ALLOCATED, parcels=2, customer_reference="WEB-9")
    scan(qtbot, window, reference)
    wait_for_stage(qtbot, window, Stage.DONE)
    pack = window.pack
    assert pack.banner.title == "DONE" and pack.banner.tone_name == "success"
    assert f"Printed 2 labels for {reference}" in pack.banner.message
    assert pack.consignment.value("reference") == reference
    assert pack.consignment.value("customer") == "WEB-9"
    assert pack.consignment.value("service") == "Carrier X Next Day"
    # Who and where on two short lines (a long street was cut off); the street is in the tooltip.
    assert pack.consignment.value("destination") == "Ann Lee\nLeeds LS1 1AA GB"
    assert pack.consignment.tooltip("destination") == "Ann Lee\n1 High St\nLeeds LS1 1AA GB"
    assert pack.labels.statuses() == ["✔ printed (confirmed)"] * 2
    assert window.sounds.last_played is Tone.SUCCESS
    qtbot.waitUntil(lambda: "Packed this shift: 1 " in pack.recent.counts.text())
    assert pack.recent.selected_reference() == reference
    assert focused(window) is pack.scan_field


def test_unallocated_parcel_entry_quotes_then_digit_two(
    qtbot: QtBot, window: MainWindow, bench: Bench
):
    reference = bench.pro.add(ShipmentState.UNALLOCATED)
    scan(qtbot, window, reference)
    wait_for_stage(qtbot, window, Stage.CONFIRM_PARCELS)
    assert focused(window) is window.pack.parcel_entry.weight
    type_text(qtbot, window, "2.5")
    press(qtbot, window, Qt.Key.Key_Return)
    wait_for_stage(qtbot, window, Stage.CHOOSE_SERVICE)
    table = window.pack.choices
    assert table.rowCount() == 2
    assert [table.item(1, c).text() for c in range(3)] == ["2", "6.90", "Carrier X Next Day"]
    assert focused(window) is window.pack.scan_field
    type_text(qtbot, window, "2")  # a lone digit, no Enter: the row is taken after the pause
    wait_for_stage(qtbot, window, Stage.DONE)
    record = bench.pro.records[reference]
    assert (record.carrier, record.service) == ("Carrier X", "Next Day")
    assert record.parcels[0].weight_kg == 2.5


def test_a_burst_starting_with_a_digit_is_a_scan_not_a_pick(
    qtbot: QtBot, window: MainWindow, bench: Bench
):
    reference = bench.pro.add(ShipmentState.UNALLOCATED)
    scan(qtbot, window, reference)
    wait_for_stage(qtbot, window, Stage.CONFIRM_PARCELS)
    type_text(qtbot, window, "1")
    press(qtbot, window, Qt.Key.Key_Return)
    wait_for_stage(qtbot, window, Stage.CHOOSE_SERVICE)
    scan(qtbot, window, "1234567")
    qtbot.waitUntil(lambda: not window.pack_calls.busy and "1234567" in window.pack.banner.message)
    assert bench.pro.count("allocate_with_quote") == 0


def test_arrows_and_enter_take_the_highlighted_quote(
    qtbot: QtBot, window: MainWindow, bench: Bench
):
    reference = bench.pro.add(ShipmentState.UNALLOCATED)
    scan(qtbot, window, reference)
    wait_for_stage(qtbot, window, Stage.CONFIRM_PARCELS)
    type_text(qtbot, window, "1.2")
    press(qtbot, window, Qt.Key.Key_Return)
    wait_for_stage(qtbot, window, Stage.CHOOSE_SERVICE)
    press(qtbot, window, Qt.Key.Key_Down)
    press(qtbot, window, Qt.Key.Key_Up)
    press(qtbot, window, Qt.Key.Key_Return)
    wait_for_stage(qtbot, window, Stage.DONE)
    assert bench.pro.records[reference].carrier == "Carrier Y"


def test_delivery_option_confirmed_with_enter(qtbot: QtBot, window: MainWindow, bench: Bench):
    bench.pro.add_option("EDO-AAA-BBB-CCC", cutoff=START + timedelta(hours=3))
    scan(qtbot, window, "EDO-AAA-BBB-CCC")
    wait_for_stage(qtbot, window, Stage.CONFIRM_OPTION)
    assert window.pack.choices.item(0, 1).text() == "5.99"
    press(qtbot, window, Qt.Key.Key_Return)
    wait_for_stage(qtbot, window, Stage.DONE)
    assert bench.pro.count("select_option") == 1
    assert window.pack.consignment.value("customer") == "WEB-1"


def test_order_packed_with_items_then_quote(qtbot: QtBot, window: MainWindow, bench: Bench):
    bench.pro.add_order("EO-AAA-BBB-CCC")
    scan(qtbot, window, "EO-AAA-BBB-CCC")
    wait_for_stage(qtbot, window, Stage.PACK_ORDER)
    entry = window.pack.parcel_entry
    assert list(entry.items.spins) == ["SKU-1", "SKU-2"]
    type_text(qtbot, window, "3")
    press(qtbot, window, Qt.Key.Key_Return)
    wait_for_stage(qtbot, window, Stage.CHOOSE_SERVICE)
    type_text(qtbot, window, "1")
    wait_for_stage(qtbot, window, Stage.DONE)
    assert bench.pro.count("pack_order") == 1


def test_an_order_packed_before_needs_enter_twice_and_keeps_the_typed_weight(
    qtbot: QtBot, window: MainWindow, bench: Bench
):
    order = bench.pro.add_order("EO-AAA-BBB-CCC")
    earlier = bench.pro.pack_order(order.reference, (), "SHOP-77")  # packed at another bench
    scan(qtbot, window, "EO-AAA-BBB-CCC")
    wait_for_stage(qtbot, window, Stage.PACK_ORDER)
    assert window.pack.banner.tone_name == "attention" and earlier in window.pack.banner.message
    assert window.sounds.last_played is Tone.ATTENTION
    type_text(qtbot, window, "3")
    press(qtbot, window, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "Press Enter again" in window.pack.banner.message)
    assert bench.pro.count("pack_order") == 1
    assert window.pack.parcel_entry.weight.text() == "3"
    press(qtbot, window, Qt.Key.Key_Return)
    wait_for_stage(qtbot, window, Stage.CHOOSE_SERVICE)
    assert bench.pro.count("pack_order") == 2


def test_bad_weight_is_explained_and_the_pack_stays(qtbot: QtBot, window: MainWindow, bench: Bench):
    scan(qtbot, window, bench.pro.add(ShipmentState.UNALLOCATED))
    wait_for_stage(qtbot, window, Stage.CONFIRM_PARCELS)
    type_text(qtbot, window, "heavy")
    press(qtbot, window, Qt.Key.Key_Return)
    assert window.pack.banner.title == "CHECK"
    assert "Type the weight" in window.pack.banner.message
    assert window.pack.view is not None and window.pack.view.stage is Stage.CONFIRM_PARCELS
    assert bench.pro.count("replace_parcels") == 0


def test_paper_out_then_r_retries_only_the_missing_label(
    qtbot: QtBot, window: MainWindow, bench: Bench
):
    bench.printer.script = [(PrintState.FAILED, 1)]
    reference = bench.pro.add(ShipmentState.ALLOCATED, parcels=2)
    scan(qtbot, window, reference)
    wait_for_stage(qtbot, window, Stage.PRINT_FAILED)
    statuses = window.pack.labels.statuses()
    assert statuses[0] == "✔ printed (confirmed)"
    assert statuses[1] == "✖ not printed\nR retry · S skip"
    assert window.pack.labels._statuses[1].toolTip() == "paper out"
    assert window.pack.banner.title == "PROBLEM"
    assert window.sounds.last_played is Tone.FAILURE
    type_text(qtbot, window, "R")
    wait_for_stage(qtbot, window, Stage.DONE)
    assert bench.printer.jobs[-1][1] == (1,)
    assert PackStage.PRINTED in bench.journal.stages_of(reference)


def test_s_skips_a_failed_print(qtbot: QtBot, window: MainWindow, bench: Bench):
    bench.printer.script = [PrintState.FAILED]
    reference = bench.pro.add(ShipmentState.ALLOCATED)
    scan(qtbot, window, reference)
    wait_for_stage(qtbot, window, Stage.PRINT_FAILED)
    type_text(qtbot, window, "S")
    wait_for_stage(qtbot, window, Stage.IDLE)
    assert bench.journal.stages_of(reference)[-1] is PackStage.PRINT_FAILED


def test_reprint_asks_a_reason_and_uses_stored_labels(
    qtbot: QtBot, window: MainWindow, bench: Bench
):
    reference = bench.pro.add(ShipmentState.ALLOCATED)
    scan(qtbot, window, reference)
    wait_for_stage(qtbot, window, Stage.DONE)
    type_text(qtbot, window, "R")
    qtbot.waitUntil(lambda: window.pack_calls.reason_dialog is not None)
    dialog = window.pack_calls.reason_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    dialog.reason.setEditText("")
    qtbot.keyClicks(dialog.reason, "Torn label")
    qtbot.keyClick(dialog.reason, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "Reprinted 1 label" in window.pack.banner.message)
    assert bench.journal.prints[-1][2] == "Torn label"
    assert bench.pro.count("labels") == 1


def test_unknown_code_keeps_the_pack_in_progress(qtbot: QtBot, window: MainWindow, bench: Bench):
    scan(qtbot, window, bench.pro.add(ShipmentState.UNALLOCATED))
    wait_for_stage(qtbot, window, Stage.CONFIRM_PARCELS)
    type_text(qtbot, window, "1")
    press(qtbot, window, Qt.Key.Key_Return)
    wait_for_stage(qtbot, window, Stage.CHOOSE_SERVICE)
    scan(qtbot, window, "EC-12")
    qtbot.waitUntil(lambda: window.pack.banner.title == "CHECK")
    wait_for_stage(qtbot, window, Stage.CHOOSE_SERVICE)
    assert "not complete" in window.pack.banner.message
    assert window.pack.choices.rowCount() == 2


def test_esc_abandons_the_pack(qtbot: QtBot, window: MainWindow, bench: Bench):
    reference = bench.pro.add(ShipmentState.UNALLOCATED)
    scan(qtbot, window, reference)
    wait_for_stage(qtbot, window, Stage.CONFIRM_PARCELS)
    press(qtbot, window, Qt.Key.Key_Escape)
    wait_for_stage(qtbot, window, Stage.IDLE)
    assert f"Left {reference}" in window.pack.banner.message
    assert focused(window) is window.pack.scan_field


def test_api_failure_is_a_banner_not_a_traceback(qtbot: QtBot, window: MainWindow, bench: Bench):
    reference = bench.pro.add(ShipmentState.ALLOCATED)
    bench.pro.fail("get_shipment", server_error(503))
    scan(qtbot, window, reference)
    wait_for_stage(qtbot, window, Stage.FAILED)
    assert window.pack.banner.title == "PROBLEM"
    assert "HTTP 503" in window.pack.banner.message
    assert window.crash_dialog is None


def test_p_moves_the_missing_labels_to_the_spare_printer(qtbot: QtBot) -> None:
    bench = Bench(spare_printer=True)
    window = open_window(qtbot, bench)
    bench.printer.script = [(PrintState.FAILED, 1)]
    scan(qtbot, window, bench.pro.add(ShipmentState.ALLOCATED, parcels=2))
    wait_for_stage(qtbot, window, Stage.PRINT_FAILED)
    assert "P: print them on another printer" in window.pack.key_hints.text()
    type_text(qtbot, window, "P")
    wait_for_stage(qtbot, window, Stage.DONE)
    assert bench.spare.jobs[-1][1] == (1,)
    assert window.printer_status.text().startswith("Printer: tcp://127.0.0.1:9102")
    window.shutdown()


def test_no_p_without_a_spare_printer(qtbot: QtBot, window: MainWindow, bench: Bench) -> None:
    bench.printer.script = [PrintState.FAILED]
    scan(qtbot, window, bench.pro.add(ShipmentState.ALLOCATED))
    wait_for_stage(qtbot, window, Stage.PRINT_FAILED)
    assert "P" not in window.pack.scan_field.command_keys


def test_a_scan_that_lands_in_the_weight_field_is_a_scan(
    qtbot: QtBot, window: MainWindow, bench: Bench
) -> None:
    scan(qtbot, window, bench.pro.add(ShipmentState.UNALLOCATED))
    wait_for_stage(qtbot, window, Stage.CONFIRM_PARCELS)
    assert focused(window) is window.pack.parcel_entry.weight
    following = bench.pro.add(ShipmentState.ALLOCATED)
    type_text(qtbot, window, following)  # the packer scanned the next parcel instead
    press(qtbot, window, Qt.Key.Key_Return)
    wait_for_stage(qtbot, window, Stage.DONE)
    view = window.pack.view
    assert view is not None and view.shipment is not None
    assert view.shipment.reference == following
    assert bench.pro.count("replace_parcels") == 0


def test_what_a_done_pack_still_needs_is_listed_to_check(
    qtbot: QtBot, window: MainWindow, bench: Bench
) -> None:
    pack = window.pack
    failing = bench.pro.add(ShipmentState.ALLOCATED)
    bench.pro.fail("set_ready_to_ship", server_error(503))
    scan(qtbot, window, failing)
    wait_for_stage(qtbot, window, Stage.DONE)
    assert pack.banner.tone_name == Tone.ATTENTION.value
    assert pack.to_check.isVisible()
    [line] = [pack.to_check_list.item(row).text() for row in range(pack.to_check_list.count())]
    assert line.startswith("Not marked ready to ship yet (") and "closing will retry" in line
    scan(qtbot, window, bench.pro.add(ShipmentState.ALLOCATED))
    wait_for_stage(qtbot, window, Stage.DONE)
    qtbot.waitUntil(lambda: pack.banner.tone_name == Tone.SUCCESS.value)
    assert not pack.to_check.isVisible() and pack.to_check_list.count() == 0
