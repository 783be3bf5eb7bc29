"""The station's warm-up runs once, on a worker thread, once the window has the keyboard focus."""

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


def test_the_warm_up_runs_once_off_the_gui_thread_when_the_window_takes_the_focus(
    qtbot: QtBot,
) -> None:
    bench = Bench()
    ran: list[threading.Thread] = []
    bench.services = dataclasses.replace(
        bench.services, warm_up=lambda: ran.append(threading.current_thread())
    )
    window = _shown_window(qtbot, bench)
    try:
        assert ran == []  # start() does not run it: it waits for the window to take the focus
        qtbot.waitUntil(lambda: len(ran) == 1)
        assert window.pack.scan_field.hasFocus()
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


def test_a_window_shut_down_before_it_takes_the_focus_never_warms_up(qtbot: QtBot) -> None:
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
