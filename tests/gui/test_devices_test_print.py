"""The Devices screen's test print: run on the printer's lane, its outcome shown and logged."""

from __future__ import annotations

import dataclasses
import threading

from PySide6.QtCore import Qt

from packstation.domain.labels import LabelFile, PrintReport, PrintState
from packstation.domain.ports import LabelPrinter
from tests.gui.conftest import Bench, open_window


def test_test_print_runs_off_the_gui_thread_and_shows_the_outcome(qtbot) -> None:  # type: ignore[no-untyped-def]
    bench = Bench()
    threads: list[threading.Thread] = []

    def test_print(printer: LabelPrinter) -> PrintReport:
        threads.append(threading.current_thread())
        return printer.print_labels(LabelFile(b"^XA^FDTEST^FS^XZ", printer.language, printer.dpi))

    bench.services = dataclasses.replace(bench.services, test_print=test_print)
    window = open_window(qtbot, bench)
    try:
        qtbot.keyClick(window, Qt.Key.Key_F4)
        button = window.devices.test_print_button
        assert button.isEnabled()
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: "Test label: confirmed" in window.devices.status_line.text())
        assert threads and threads[0] is not threading.main_thread()
        assert bench.printer.jobs[-1][0] == b"^XA^FDTEST^FS^XZ"
    finally:
        window.shutdown()


def test_a_failed_test_print_says_why(qtbot) -> None:  # type: ignore[no-untyped-def]
    bench = Bench()
    bench.printer.script = [PrintState.FAILED]

    def test_print(printer: LabelPrinter) -> PrintReport:
        return printer.print_labels(LabelFile(b"^XA^FDTEST^FS^XZ", printer.language, printer.dpi))

    bench.services = dataclasses.replace(bench.services, test_print=test_print)
    window = open_window(qtbot, bench)
    try:
        qtbot.keyClick(window, Qt.Key.Key_F4)
        qtbot.mouseClick(window.devices.test_print_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: "Test label: failed" in window.devices.status_line.text())
        assert "head open" in window.devices.status_line.text()
    finally:
        window.shutdown()


def test_without_a_test_print_the_button_is_off(window) -> None:  # type: ignore[no-untyped-def]
    assert not window.devices.test_print_button.isEnabled()
