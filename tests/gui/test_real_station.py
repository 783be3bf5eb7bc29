"""The window over a real station: sandbox over HTTP, virtual printer over TCP, SQLite journal."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from packstation.domain.labels import PrintState
from packstation.domain.session import Stage
from packstation.domain.shipment import Dimensions
from packstation.gui.main_window import MainWindow
from packstation.gui.theme import apply_theme
from tests.gui.keys import scan, wait_for_stage
from tests.gui.real_station import RealBench, bench_services, real_bench


@pytest.fixture
def bench(tmp_path: Path) -> Iterator[RealBench]:
    with real_bench(tmp_path) as opened:
        yield opened


@pytest.mark.slow
def test_a_scan_through_the_window_prints_on_the_virtual_printer(
    qtbot: QtBot, bench: RealBench
) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    apply_theme(app, "light", 14)
    window = MainWindow(bench_services(bench.station, demo=True))
    qtbot.addWidget(window)
    window.show()
    window.start()
    try:
        qtbot.waitUntil(lambda: not window.pack_calls.busy, timeout=20_000)
        scan(qtbot, window, "WEB-10021")
        wait_for_stage(qtbot, window, Stage.DONE)
        view = window.pack.view
        assert view is not None and view.print_report is not None
        assert view.print_report.state is PrintState.CONFIRMED
        assert len(list(bench.printed_dir.glob("*.zpl"))) == 1
        images = window.pack.labels.findChildren(QLabel, "labelImage")
        assert len(images) == 1
        qtbot.waitUntil(lambda: all(not image.pixmap().isNull() for image in images))
        qtbot.waitUntil(lambda: window.pack.recent.selected_reference() is not None)
        assert window.pack.recent.selected_reference() == view.shipment.reference  # type: ignore[union-attr]
    finally:
        window.shutdown()


@pytest.mark.slow
def test_a_second_parcel_added_in_the_window_reaches_the_sandbox(
    qtbot: QtBot, bench: RealBench
) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    apply_theme(app, "light", 14)
    window = MainWindow(bench_services(bench.station, demo=True))
    qtbot.addWidget(window)
    window.show()
    window.start()
    try:
        qtbot.waitUntil(lambda: not window.pack_calls.busy, timeout=20_000)
        scan(qtbot, window, "WEB-10031")  # unallocated: one 2.4 kg box of boots
        wait_for_stage(qtbot, window, Stage.CONFIRM_PARCELS)
        entry = window.pack.parcel_entry
        assert entry.weight.text() == "2.4"
        assert [field.text() for field in entry.dimensions] == ["40", "30", "15"]
        qtbot.keyClick(entry.weight, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClicks(entry.weight, "0.5")
        qtbot.keyClick(entry.weight, Qt.Key.Key_Return)
        wait_for_stage(qtbot, window, Stage.DONE)
        view = window.pack.view
        assert view is not None and view.shipment is not None
        parcels = view.shipment.parcels
        assert [parcel.weight_kg for parcel in parcels] == [Decimal("2.4"), Decimal("0.5")]
        assert parcels[1].dimensions == Dimensions(Decimal(30), Decimal(20), Decimal(10))
        assert view.print_report is not None and view.print_report.state is PrintState.CONFIRMED
    finally:
        window.shutdown()
