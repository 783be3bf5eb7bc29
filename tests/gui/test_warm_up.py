"""The station's warm-up runs once, on a worker thread, once the window is up."""

from __future__ import annotations

import dataclasses
import threading

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from packstation.gui.main_window import MainWindow
from packstation.gui.theme import apply_theme
from tests.gui.conftest import Bench


def _shown_window(qtbot: QtBot, bench: Bench) -> MainWindow:
    """Show and start the window without running the event loop (unlike ``open_window``)."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    apply_theme(app, "light", 14)
    window = MainWindow(bench.services, watch_stalls=False)
    qtbot.addWidget(window)
    window.show()
    window.start()
    return window


def test_the_warm_up_runs_once_off_the_gui_thread_after_start_returns(qtbot: QtBot) -> None:
    bench = Bench()
    ran: list[threading.Thread] = []
    bench.services = dataclasses.replace(
        bench.services, warm_up=lambda: ran.append(threading.current_thread())
    )
    window = _shown_window(qtbot, bench)
    try:
        assert ran == []  # start() only queues it: showing the window comes first
        qtbot.waitUntil(lambda: len(ran) == 1)
        assert ran[0] is not threading.main_thread()
        qtbot.waitUntil(lambda: not window.pack_calls.busy)
        assert len(ran) == 1
        assert window.crash_dialog is None
    finally:
        window.shutdown()


def test_a_failing_warm_up_opens_the_crash_dialog(qtbot: QtBot) -> None:
    bench = Bench()

    def warm_up() -> None:
        raise LookupError("a wire model cannot be built")

    bench.services = dataclasses.replace(bench.services, warm_up=warm_up)
    window = _shown_window(qtbot, bench)
    try:
        qtbot.waitUntil(lambda: window.crash_dialog is not None)
        assert window.crash_dialog is not None
        assert "LookupError: a wire model cannot be built" in (
            window.crash_dialog.details.toPlainText()
        )
        window.crash_dialog.close()
    finally:
        window.shutdown()


def test_a_window_closed_before_the_warm_up_starts_does_not_start_it(qtbot: QtBot) -> None:
    bench = Bench()
    ran: list[threading.Thread] = []
    bench.services = dataclasses.replace(
        bench.services, warm_up=lambda: ran.append(threading.current_thread())
    )
    window = _shown_window(qtbot, bench)
    window.shutdown()
    qtbot.wait(20)
    assert ran == []
    assert window.crash_dialog is None
