"""Keyboard helpers: keys go to whatever widget has the focus, as they would at a real bench."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from packstation.domain.session import Stage
from packstation.gui.main_window import MainWindow


def focused(window: MainWindow) -> QWidget:
    widget = window.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def type_text(qtbot: QtBot, window: MainWindow, text: str) -> None:
    qtbot.keyClicks(focused(window), text)


def press(qtbot: QtBot, window: MainWindow, key: Qt.Key) -> None:
    qtbot.keyClick(focused(window), key)


def scan(qtbot: QtBot, window: MainWindow, code: str, suffix: Qt.Key = Qt.Key.Key_Return) -> None:
    """Send a code the way a keyboard-wedge scanner does: a burst of keys, then Enter."""
    assert focused(window) is window.pack.scan_field
    type_text(qtbot, window, code)
    press(qtbot, window, suffix)


def wait_for_stage(qtbot: QtBot, window: MainWindow, stage: Stage) -> None:
    def reached() -> None:
        view = window.pack.view
        assert not window.pack_calls.busy
        assert view is not None and view.stage is stage, view

    qtbot.waitUntil(reached)
