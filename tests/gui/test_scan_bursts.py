"""Bad input at the scan field: scanner bursts, pasted lists, pasted pages, a Tab in a burst.

Keys arrive as a keyboard-wedge scanner sends them, all at once and without waiting for answers.
Several codes each ended by the suffix are several scans, looked up in the order they arrived;
several codes in one scan (a pasted list, a Tab where Enter ends scans) are refused by number;
a paste too long for any code is refused as such, the banner stays short and the field ready.
"""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from packstation.domain.session import Stage
from packstation.domain.shipment import ShipmentState
from packstation.gui.main_window import MainWindow
from tests.gui.conftest import Bench, open_window, open_window_with_held_printer
from tests.gui.keys import focused, press, scan, type_text, wait_for_stage

MAX_BANNER_CHARS = 300


def scanned_codes(bench: Bench) -> list[str]:
    return [text for text, _, _ in bench.journal.scans]


def paste(qtbot: QtBot, window: MainWindow, text: str) -> None:
    QGuiApplication.clipboard().setText(text)
    QTest.keyClick(focused(window), Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)


def test_a_burst_of_two_codes_gives_two_scans_in_order(qtbot: QtBot, window: MainWindow, bench):
    first = bench.pro.add(ShipmentState.ALLOCATED)
    second = bench.pro.add(ShipmentState.ALLOCATED, parcels=2)
    scan(qtbot, window, first)
    scan(qtbot, window, second)
    qtbot.waitUntil(lambda: len(bench.journal.scans) == 2 and not window.pack_calls.busy)
    assert scanned_codes(bench) == [first, second]
    assert [bench.pro.records[r].state for r in (first, second)] == [
        ShipmentState.READY_TO_SHIP
    ] * 2
    assert [len(job[0].split(b"^XA")) - 1 for job in bench.printer.jobs] == [1, 2]
    assert window.pack.view is not None and window.pack.view.stage is Stage.DONE
    assert window.pack.consignment.value("reference") == second
    assert focused(window) is window.pack.scan_field and window.pack.scan_field.text() == ""


def test_the_second_code_waits_while_the_first_is_in_flight(qtbot: QtBot) -> None:
    bench, held, window = open_window_with_held_printer(qtbot)
    first = bench.pro.add(ShipmentState.ALLOCATED)
    try:
        scan(qtbot, window, first)
        qtbot.waitUntil(held.started.is_set)
        scan(qtbot, window, "NOT A CODE!")
        second = bench.pro.add(ShipmentState.ALLOCATED)
        scan(qtbot, window, second)
        # Both wait their turn, named in the banner in the order they came.
        banner = window.pack.banner
        assert banner.title == "WORKING…"
        assert f"{first} · NOT A CODE! · {second}" in banner.message
        assert window.pack_calls.busy
        assert bench.pro.calls.count("get_shipment") == 1
    finally:
        held.release.set()
    qtbot.waitUntil(lambda: len(bench.journal.scans) == 3 and not window.pack_calls.busy)
    assert scanned_codes(bench) == [first, "NOT A CODE!", second]
    assert "not a code this station knows" in bench.journal.scans[1][2]
    assert bench.pro.records[second].state is ShipmentState.READY_TO_SHIP
    assert window.pack.consignment.value("reference") == second
    window.shutdown()


def test_a_refusal_in_a_burst_is_the_last_word_when_it_comes_last(qtbot: QtBot) -> None:
    bench, held, window = open_window_with_held_printer(qtbot)
    first = bench.pro.add(ShipmentState.ALLOCATED)
    try:
        scan(qtbot, window, first)
        qtbot.waitUntil(held.started.is_set)
        scan(qtbot, window, "<script>")
    finally:
        held.release.set()
    qtbot.waitUntil(lambda: len(bench.journal.scans) == 2 and not window.pack_calls.busy)
    # The refusal is not overtaken by the answer of the code before it; that pack stays shown.
    assert "not a code this station knows" in window.pack.banner.message
    assert window.pack.banner.title == "CHECK"
    assert window.pack.consignment.value("reference") == first
    window.shutdown()


def test_a_pasted_list_is_refused_by_number_and_nothing_is_looked_up(
    qtbot: QtBot, window: MainWindow, bench: Bench
):
    codes = [bench.pro.add(ShipmentState.ALLOCATED) for _ in range(3)]
    paste(qtbot, window, "\n".join(codes) + "\n")
    press(qtbot, window, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bench.journal.scans != [] and not window.pack_calls.busy)
    message = window.pack.banner.message
    assert "3 codes arrived at once" in message and "one code at a time" in message
    assert all(f"“{code}”" in message for code in codes)
    assert bench.pro.calls == [] and bench.printer.jobs == []
    assert focused(window) is window.pack.scan_field and window.pack.scan_field.text() == ""


@pytest.mark.parametrize("length", [20_000, 100_000])
def test_a_very_long_paste_is_refused_and_the_field_is_ready(
    qtbot: QtBot, window: MainWindow, bench: Bench, monkeypatch: pytest.MonkeyPatch, length: int
):
    banner = window.pack.banner
    shown: list[str] = []
    original = banner.show_working
    monkeypatch.setattr(banner, "show_working", lambda text: (shown.append(text), original(text)))
    paste(qtbot, window, ("EC-000-05B-MMA lorem ipsum " * length)[:length])
    press(qtbot, window, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bench.journal.scans != [] and not window.pack_calls.busy)
    assert "too long" in banner.message and len(banner.message) <= MAX_BANNER_CHARS
    assert shown and all(len(text) <= MAX_BANNER_CHARS for text in shown)
    assert bench.pro.calls == []
    field = window.pack.scan_field
    assert focused(window) is field and field.text() == ""
    reference = bench.pro.add(ShipmentState.ALLOCATED)
    scan(qtbot, window, reference)
    wait_for_stage(qtbot, window, Stage.DONE)
    assert window.pack.consignment.value("reference") == reference


def test_a_tab_inside_a_burst_keeps_two_codes_apart(qtbot: QtBot, window: MainWindow, bench):
    type_text(qtbot, window, "SHOP-1")
    press(qtbot, window, Qt.Key.Key_Tab)
    type_text(qtbot, window, "SHOP-2")
    press(qtbot, window, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bench.journal.scans != [] and not window.pack_calls.busy)
    assert "2 codes arrived at once (“SHOP-1”, “SHOP-2”)" in window.pack.banner.message
    assert bench.pro.calls == []
    assert focused(window) is window.pack.scan_field


def test_tab_ended_bursts_give_scans_in_order(qtbot: QtBot) -> None:
    bench = Bench(scanner_suffix="tab")
    window = open_window(qtbot, bench)
    codes = [bench.pro.add(ShipmentState.ALLOCATED) for _ in range(3)]
    for code in codes:
        scan(qtbot, window, code, suffix=Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: len(bench.journal.scans) == 3 and not window.pack_calls.busy)
    assert scanned_codes(bench) == codes
    assert all(bench.pro.records[c].state is ShipmentState.READY_TO_SHIP for c in codes)
    assert focused(window) is window.pack.scan_field
    window.shutdown()


def test_a_second_enter_after_a_scan_picks_nothing_from_the_old_table(qtbot: QtBot) -> None:
    bench = Bench()
    window = open_window(qtbot, bench)
    first = bench.pro.add(ShipmentState.UNALLOCATED)
    second = bench.pro.add(ShipmentState.ALLOCATED)
    scan(qtbot, window, first)
    wait_for_stage(qtbot, window, Stage.CONFIRM_PARCELS)
    type_text(qtbot, window, "2.5")
    press(qtbot, window, Qt.Key.Key_Return)
    wait_for_stage(qtbot, window, Stage.CHOOSE_SERVICE)
    entered, release = threading.Event(), threading.Event()
    read = bench.pro.get_shipment

    def held_read(reference: str):  # type: ignore[no-untyped-def]
        if reference == second:
            entered.set()
            assert release.wait(10)
        return read(reference)

    bench.pro.get_shipment = held_read  # type: ignore[method-assign]
    picks: list[int] = []
    choose = bench.engine.choose
    bench.engine.choose = lambda index: (picks.append(index), choose(index))[1]  # type: ignore[method-assign]
    try:
        scan(qtbot, window, second)  # a scanner that ends its codes with Enter twice
        qtbot.waitUntil(entered.is_set)
        press(qtbot, window, Qt.Key.Key_Return)
    finally:
        release.set()
    qtbot.waitUntil(lambda: bench.journal.scans[-1][0] == second and not window.pack_calls.busy)
    assert picks == [] and bench.pro.count("allocate_with_quote") == 0
    assert bench.pro.records[first].state is ShipmentState.UNALLOCATED
    assert f"Printed 1 label for {second}" in window.pack.banner.message
    window.shutdown()
