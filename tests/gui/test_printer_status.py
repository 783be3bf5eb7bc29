"""The label printer's status: asked on the Devices screen, and between packs on the Pack screen."""

from __future__ import annotations

import dataclasses
import threading

from pytestqt.qtbot import QtBot

from packstation.domain.labels import PrinterCondition
from packstation.domain.ports import LabelPrinter
from packstation.domain.session import Stage, Tone
from packstation.domain.shipment import ShipmentState
from packstation.gui.banner import StatusBanner
from packstation.gui.main_window import MainWindow
from tests.gui.conftest import Bench, open_window
from tests.gui.keys import scan, wait_for_stage

PAPER_OUT = PrinterCondition("not ready: paper out", ready=False)
READY = PrinterCondition("ready", ready=True)


def _watched(qtbot: QtBot, answers: list[PrinterCondition]) -> tuple[MainWindow, Bench, list[str]]:
    """Open a window whose printer answers ``answers`` in turn (the last one from then on)."""
    bench = Bench()
    asked: list[str] = []

    def status(printer: LabelPrinter) -> PrinterCondition:
        asked.append(threading.current_thread().name)
        return answers.pop(0) if len(answers) > 1 else answers[0]

    bench.services = dataclasses.replace(bench.services, printer_status=status)
    return open_window(qtbot, bench), bench, asked


def test_printer_status_is_asked_off_the_gui_thread_while_devices_shows(qtbot: QtBot) -> None:
    window, _, asked = _watched(qtbot, [READY])
    try:
        window.on_printer_poll_timeout()  # the pack screen shows: the Devices poll asks nothing
        assert asked == []
        window.show_screen(3)  # Devices (F4)
        assert window.current_screen() is window.devices
        window.on_printer_poll_timeout()
        qtbot.waitUntil(lambda: "Label printer status" in window.devices._values)
        assert window.devices._values["Label printer status"].text() == "ready"
        assert asked and asked[0] != threading.main_thread().name
        assert window.printer_poll.isActive()
    finally:
        window.shutdown()
    assert not window.printer_poll.isActive()


def test_a_printer_fault_between_packs_is_said_once_and_its_end_too(qtbot: QtBot) -> None:
    window, _, asked = _watched(qtbot, [PAPER_OUT, PAPER_OUT, READY])
    watch = window.printer_watch
    assert watch is not None and watch.timer.isActive()
    try:
        watch.on_timer_timeout()
        qtbot.waitUntil(lambda: "paper out" in window.printer_status.text())
        assert window.printer_status.property("problem") is True
        assert window.pack.banner.message == "The label printer is not ready: paper out."
        assert window.pack.banner.title == "CHECK"
        window.pack.banner.show_tone(Tone.INFO, "something else", "")
        watch.on_timer_timeout()  # still out of paper: the status bar says so, the banner not again
        qtbot.waitUntil(lambda: len(asked) == 2 and not watch._asking)
        assert window.pack.banner.message == "something else"
        assert "paper out" in window.printer_status.text()
        watch.on_timer_timeout()
        qtbot.waitUntil(lambda: window.pack.banner.message == "The label printer is ready again.")
        assert "paper out" not in window.printer_status.text()
        assert window.printer_status.property("problem") is False
    finally:
        window.shutdown()


def test_the_printer_is_not_asked_during_a_pack_or_on_another_screen(qtbot: QtBot) -> None:
    window, bench, asked = _watched(qtbot, [READY])
    watch = window.printer_watch
    assert watch is not None
    try:
        scan(qtbot, window, bench.pro.add(ShipmentState.UNALLOCATED))
        wait_for_stage(qtbot, window, Stage.CONFIRM_PARCELS)  # a pack is under way
        watch.on_timer_timeout()
        window.show_screen(2)  # the Shift screen
        watch.on_timer_timeout()
        qtbot.wait(50)
        assert asked == []
    finally:
        window.shutdown()
    assert not watch.timer.isActive()


def test_on_the_counter_screen_the_status_bar_says_it_and_the_booking_prompt_stays(
    qtbot: QtBot,
) -> None:
    window, _, asked = _watched(qtbot, [PAPER_OUT])
    watch = window.printer_watch
    assert watch is not None
    try:
        window.show_screen(1)  # the Counter screen (F2)
        counter_banner = window.counter.findChild(StatusBanner)
        assert counter_banner is not None
        before = counter_banner.message
        watch.on_timer_timeout()
        qtbot.waitUntil(lambda: "paper out" in window.printer_status.text())
        assert asked and counter_banner.message == before
        assert "paper out" not in window.pack.banner.message  # not said where nobody looks
    finally:
        window.shutdown()
