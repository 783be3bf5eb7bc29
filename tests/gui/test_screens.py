"""The shell: title, status bar, F-keys, the other screens, scale and Tab-ended scans."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from packstation.domain.records import PackRecord, PackStage
from packstation.domain.session import Stage
from packstation.domain.shipment import ShipmentState
from packstation.gui.main_window import MainWindow
from packstation.gui.other_screens import ShiftScreen
from tests.gui.conftest import Bench, open_window, stable_scale
from tests.gui.keys import focused, press, scan, type_text, wait_for_stage


def test_title_and_status_bar_say_demo_printer_api_and_scale(window: MainWindow) -> None:
    assert window.windowTitle() == "Packstation — Bench 1 — DEMO"
    assert window.printer_status.text() == "Printer: tcp://127.0.0.1:9100"
    assert window.api_status.text().startswith("API: https://")
    assert window.scale_status.text() == "Scale: none"
    assert "R" not in window.pack.scan_field.command_keys  # nothing packed yet to reprint
    assert window.screen_list.item(2).text() == "F3  Shift"


def test_no_demo_marks_outside_demo(qtbot: QtBot) -> None:
    bench = Bench(demo=False)
    window = open_window(qtbot, bench)
    assert "DEMO" not in window.windowTitle()
    labels = window.statusBar().findChildren(QLabel)
    assert labels and "DEMO" not in " ".join(label.text() for label in labels)
    window.shutdown()


def test_f_keys_switch_screens_and_f1_gives_the_scan_field_back(
    qtbot: QtBot, window: MainWindow, bench: Bench
) -> None:
    scan(qtbot, window, bench.pro.add(ShipmentState.ALLOCATED))
    wait_for_stage(qtbot, window, Stage.DONE)
    press(qtbot, window, Qt.Key.Key_F3)
    assert window.current_screen() is window.shift
    qtbot.waitUntil(lambda: window.shift.table.rowCount() == 1)
    assert "Packed this shift: 1" in window.shift.counts.text()
    assert window.shift.exceptions.item(0).text().startswith("None")
    press(qtbot, window, Qt.Key.Key_F4)
    assert window.current_screen() is window.devices
    printer = window.devices.status_of("Label printer tcp://127.0.0.1:9100")
    assert printer.startswith("tcp://127.0.0.1:9100 (ZPL, 203 dpi) — in use\nlast: confirmed at")
    press(qtbot, window, Qt.Key.Key_F5)
    assert window.current_screen() is window.settings_screen
    press(qtbot, window, Qt.Key.Key_F2)
    assert window.current_screen() is window.counter
    press(qtbot, window, Qt.Key.Key_F1)
    assert window.current_screen() is window.pack
    assert focused(window) is window.pack.scan_field


def test_a_stable_scale_reading_fills_the_weight(qtbot: QtBot) -> None:
    bench = Bench(read_scale=stable_scale("2.40"))
    window = open_window(qtbot, bench)
    reference = bench.pro.add(ShipmentState.UNALLOCATED)
    scan(qtbot, window, reference)
    wait_for_stage(qtbot, window, Stage.CONFIRM_PARCELS)
    qtbot.waitUntil(lambda: window.pack.parcel_entry.weight.text() == "2.40")
    assert "stable" in window.pack.parcel_entry.scale_status.text()
    assert window.scale_status.text() == "Scale: 2.40 kg"
    press(qtbot, window, Qt.Key.Key_Return)
    wait_for_stage(qtbot, window, Stage.CHOOSE_SERVICE)
    assert str(bench.pro.records[reference].parcels[0].weight_kg) == "2.40"
    window.shutdown()


def test_a_typed_weight_wins_over_the_scale(qtbot: QtBot) -> None:
    bench = Bench(read_scale=stable_scale("2.40"))
    window = open_window(qtbot, bench)
    scan(qtbot, window, bench.pro.add(ShipmentState.UNALLOCATED))
    wait_for_stage(qtbot, window, Stage.CONFIRM_PARCELS)
    type_text(qtbot, window, "7")
    qtbot.waitUntil(lambda: "stable" in window.pack.parcel_entry.scale_status.text())
    assert window.pack.parcel_entry.weight.text() == "7"
    window.shutdown()


def test_a_scan_may_end_with_tab(qtbot: QtBot) -> None:
    bench = Bench(scanner_suffix="tab")
    window = open_window(qtbot, bench)
    scan(qtbot, window, bench.pro.add(ShipmentState.ALLOCATED), suffix=Qt.Key.Key_Tab)
    wait_for_stage(qtbot, window, Stage.DONE)
    assert focused(window) is window.pack.scan_field
    window.shutdown()


def test_a_pasted_code_is_scanned_with_enter(qtbot: QtBot, window: MainWindow, bench: Bench):
    reference = bench.pro.add(ShipmentState.ALLOCATED)
    field = window.pack.scan_field
    field.insert(reference)  # what Ctrl+V does to a line edit
    press(qtbot, window, Qt.Key.Key_Return)
    wait_for_stage(qtbot, window, Stage.DONE)


def test_every_screen_renders_to_a_png(qtbot: QtBot, window: MainWindow, tmp_path: Path):
    for index, name in enumerate(("pack", "counter", "shift", "devices", "settings")):
        window.show_screen(index)
        path = tmp_path / f"{name}.png"
        assert window.grab().save(str(path))
        image = QImage(str(path))
        assert (image.width(), image.height()) == (window.width(), window.height())


def test_the_shift_table_shows_exactly_the_packs_of_each_visit(qtbot: QtBot) -> None:
    screen = ShiftScreen()
    qtbot.addWidget(screen)
    screen.show()
    many = [_pack(number) for number in range(3)]
    screen.show_packs(many, (3, 3))
    screen.show_packs(many[:1], (1, 1))  # a new shift: fewer packs than the last visit
    assert screen.table.rowCount() == 1
    assert screen.table.item(0, 1).text() == "EC-000-000000"
    screen.show_packs(many[::-1], (3, 3))
    assert [screen.table.item(row, 1).text() for row in range(3)] == [
        "EC-000-000002",
        "EC-000-000001",
        "EC-000-000000",
    ]


def _pack(number: int) -> PackRecord:
    at = datetime(2026, 11, 23, 9, tzinfo=UTC)
    return PackRecord(
        f"EC-000-{number:06d}",
        f"WEB-{number}",
        PackStage.READY_TO_SHIP,
        "DPD",
        "Next Day",
        (),
        1,
        frozenset({0}),
        at,
        printed_at=at,
    )
