"""Closing the shift through the window: PIN, plan, manifest, results, driver sheet, finish."""

from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from packstation.domain.labels import LabelFile, PrintState
from packstation.domain.session import Stage
from packstation.domain.shipment import ShipmentState
from packstation.gui.main_window import MainWindow
from packstation.services.lead_pin import hash_pin
from tests.gui.conftest import Bench, open_window
from tests.gui.keys import scan, wait_for_stage
from tests.unit.services.fakes import server_error

PIN = "4321"


@pytest.fixture(scope="module")
def pin_hash() -> str:
    return hash_pin(PIN)


def closing_bench(pin_hash: str) -> Bench:
    return Bench(lead_pin_hash=pin_hash)


def pack_two(qtbot: QtBot, window: MainWindow, bench: Bench) -> list[str]:
    references = [bench.pro.add(ShipmentState.ALLOCATED) for _ in range(2)]
    for reference in references:
        scan(qtbot, window, reference)
        wait_for_stage(qtbot, window, Stage.DONE)
    return references


def give_pin(qtbot: QtBot, window: MainWindow, pin: str) -> None:
    panel = window.shift.close_panel
    qtbot.keyClick(panel.start_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: window.close_calls.pin_dialog is not None)
    dialog = window.close_calls.pin_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    qtbot.keyClicks(dialog.pin, pin)
    qtbot.keyClick(dialog.pin, Qt.Key.Key_Return)


def test_close_shift_with_pin_manifest_sheet_and_finish(qtbot: QtBot, pin_hash: str) -> None:
    bench = closing_bench(pin_hash)
    asked_pages: list[int | None] = []
    preview = bench.services.label_preview

    def counted_preview(labels: LabelFile, *, pages: int | None = None) -> list[bytes]:
        asked_pages.append(pages)
        return preview(labels, pages=pages)

    bench.services = dataclasses.replace(bench.services, label_preview=counted_preview)
    window = open_window(qtbot, bench)
    references = pack_two(qtbot, window, bench)
    window.show_screen(2)
    panel = window.shift.close_panel
    give_pin(qtbot, window, PIN)
    qtbot.waitUntil(panel.manifest_button.isVisible)
    assert panel.status.text().startswith("2 pack(s) will be manifested; 0 exception(s)")
    assert not panel.outcome.isVisible()  # no empty result boxes before there is a result
    qtbot.keyClick(panel.manifest_button, Qt.Key.Key_Space)
    qtbot.waitUntil(panel.finish_button.isVisible)
    assert panel.outcome.isVisible()
    assert panel.results.item(0).text() == "Carrier X: 2 consignment(s), 2 parcel(s) manifested"
    qtbot.waitUntil(lambda: not panel.sheet.pixmap().isNull())
    # The sheet fits its preview's width: read without scrolling sideways.
    assert panel.sheet.pixmap().width() <= panel.sheet_area.viewport().width()
    assert asked_pages[-1] == 1  # only the page shown is rendered, however long the shift
    assert all(bench.pro.records[r].state is ShipmentState.MANIFESTED for r in references)
    assert not panel.retry_button.isVisible()
    assert panel.status.text().startswith("Everything was manifested.")
    qtbot.keyClick(panel.print_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: bench.documents.printed == ["driver-sheet.pdf"])
    qtbot.keyClick(panel.finish_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: bench.journal.closed_by == "shift lead")
    qtbot.waitUntil(lambda: "The shift is closed" in panel.status.text())
    assert not panel.outcome.isVisible() and panel.results.count() == 0
    window.shutdown()


def test_a_wrong_pin_is_refused_in_words(qtbot: QtBot, pin_hash: str) -> None:
    bench = closing_bench(pin_hash)
    window = open_window(qtbot, bench)
    window.show_screen(2)
    give_pin(qtbot, window, "0000")
    panel = window.shift.close_panel
    qtbot.waitUntil(lambda: "not the shift lead's PIN" in panel.status.text())
    assert panel.start_button.isVisible() and bench.pro.count("manifest") == 0
    window.shutdown()


def test_failed_consignments_are_listed_and_retried(qtbot: QtBot, pin_hash: str) -> None:
    bench = closing_bench(pin_hash)
    window = open_window(qtbot, bench)
    pack_two(qtbot, window, bench)
    window.show_screen(2)
    panel = window.shift.close_panel
    give_pin(qtbot, window, PIN)
    qtbot.waitUntil(panel.manifest_button.isVisible)
    bench.pro.fail("manifest", server_error(503))
    qtbot.keyClick(panel.manifest_button, Qt.Key.Key_Space)
    qtbot.waitUntil(panel.retry_button.isVisible)
    assert panel.results.count() == 2
    assert panel.results.item(0).text().startswith("✖ EC-")
    qtbot.keyClick(panel.retry_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: not panel.retry_button.isVisible() and panel.finish_button.isVisible())
    assert "Carrier X: 2 consignment(s)" in panel.results.item(0).text()
    window.shutdown()


def test_without_a_lead_pin_closing_is_explained_not_offered(window: MainWindow) -> None:
    panel = window.shift.close_panel
    assert not panel.start_button.isVisibleTo(window)
    assert "No shift lead PIN" in panel.status.text()


def test_an_unconfirmed_label_checked_by_the_lead_is_manifested(
    qtbot: QtBot, pin_hash: str
) -> None:
    bench = closing_bench(pin_hash)
    bench.printer.script = [PrintState.SENT_UNCONFIRMED, PrintState.SENT_UNCONFIRMED]
    window = open_window(qtbot, bench)
    references = pack_two(qtbot, window, bench)
    window.show_screen(2)
    exceptions = window.shift.exceptions
    qtbot.waitUntil(lambda: exceptions.count() == 2)
    ticked = next(
        exceptions.item(row)
        for row in range(exceptions.count())
        if exceptions.item(row).text().startswith(references[0])
    )
    ticked.setCheckState(Qt.CheckState.Checked)
    panel = window.shift.close_panel
    give_pin(qtbot, window, PIN)
    qtbot.waitUntil(panel.manifest_button.isVisible)
    qtbot.keyClick(panel.manifest_button, Qt.Key.Key_Space)
    qtbot.waitUntil(panel.finish_button.isVisible)
    assert bench.pro.records[references[0]].state is ShipmentState.MANIFESTED
    assert bench.pro.records[references[1]].state is not ShipmentState.MANIFESTED
    assert panel.status.text().startswith(
        "Everything sent was manifested; 1 exception(s) stay open (listed above)."
    )
    window.shutdown()
