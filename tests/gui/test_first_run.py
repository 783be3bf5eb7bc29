"""The first-run dialog: the demo, or a connection tested, a location chosen, a test print."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from packstation.config import SANDBOX_API_URL, StationSettings, load_settings
from packstation.domain.labels import PrintReport, PrintState
from packstation.errors import RemoteRejectedError
from packstation.gui.bootstrap import run_first_run
from packstation.gui.first_run import FirstRunActions, FirstRunChoice, FirstRunDialog

KEY = "pk_test_0123456789abcdef"


class Outside:
    """Stands in for the API and the printer; remembers what it was asked."""

    def __init__(self) -> None:
        self.asked: list[tuple[str, str]] = []
        self.printed: list[tuple[str, str]] = []

    def list_locations(self, url: str, key: str) -> list[tuple[str, str]]:
        self.asked.append((url, key))
        if key != KEY:
            raise RemoteRejectedError("SortedPRO refused the API key (HTTP 401).")
        return [("LOC-7", "Manchester warehouse"), ("LOC-8", "Leeds shop")]

    def test_print(self, url: str, language: str) -> PrintReport:
        self.printed.append((url, language))
        return PrintReport(PrintState.CONFIRMED, url, (0,))


@pytest.fixture
def outside() -> Outside:
    return Outside()


@pytest.fixture
def dialog(
    qtbot: QtBot, tmp_path: Path, outside: Outside, monkeypatch: pytest.MonkeyPatch
) -> FirstRunDialog:
    monkeypatch.setitem(sys.modules, "keyring", None)  # never the developer's real keyring
    bugs: list[BaseException] = []
    shown = FirstRunDialog(
        StationSettings.model_validate({"station": {"name": "Bench 2"}}),
        tmp_path / "station.toml",
        FirstRunActions(outside.list_locations, outside.test_print),
        bugs.append,
    )
    qtbot.addWidget(shown)
    shown.show()
    return shown


def test_the_demo_is_one_key_away(qtbot: QtBot, dialog: FirstRunDialog) -> None:
    with qtbot.waitSignal(dialog.chosen) as chosen:
        qtbot.keyClick(dialog.demo_button, Qt.Key.Key_Space)
    assert chosen.args == [FirstRunChoice.DEMO]


def test_connect_test_choose_print_and_save(
    qtbot: QtBot, dialog: FirstRunDialog, outside: Outside, tmp_path: Path
) -> None:
    qtbot.keyClick(dialog.connect_button, Qt.Key.Key_Space)
    dialog.environment.setCurrentText("sandbox")
    qtbot.keyClicks(dialog.api_key, KEY)
    qtbot.keyClick(dialog.test_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: dialog.location.count() == 2)
    assert outside.asked == [(SANDBOX_API_URL, KEY)]
    dialog.location.setCurrentIndex(1)
    qtbot.keyClicks(dialog.printer_url, "tcp://127.0.0.1:9100")
    qtbot.keyClick(dialog.print_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: dialog.status.text() == "Test label: confirmed.")
    with qtbot.waitSignal(dialog.chosen) as chosen:
        qtbot.keyClick(dialog.save_button, Qt.Key.Key_Space)
    assert chosen.args == [FirstRunChoice.CONNECTED]
    saved = load_settings(tmp_path / "station.toml", environ={}).settings
    assert saved.station.location == "LOC-8"
    assert saved.printers.label.url == "tcp://127.0.0.1:9100"
    assert saved.api.environment == "sandbox"
    assert (tmp_path / "credentials").read_text(encoding="utf-8").strip() == KEY
    assert KEY not in (tmp_path / "station.toml").read_text(encoding="utf-8")


def test_a_refused_key_is_said_in_words(
    qtbot: QtBot, dialog: FirstRunDialog, tmp_path: Path
) -> None:
    qtbot.keyClick(dialog.connect_button, Qt.Key.Key_Space)
    qtbot.keyClicks(dialog.api_key, "wrong")
    qtbot.keyClick(dialog.test_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: "refused the API key" in dialog.status.text())
    qtbot.keyClick(dialog.save_button, Qt.Key.Key_Space)
    assert dialog.status.text() == "Test the connection and choose a location first."
    assert not (tmp_path / "station.toml").exists()


def test_run_first_run_returns_the_choice(
    qtbot: QtBot, tmp_path: Path, outside: Outside, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)

    def press_demo() -> None:
        shown = QApplication.activeModalWidget()
        assert isinstance(shown, FirstRunDialog)
        shown.demo_button.click()

    QTimer.singleShot(0, press_demo)
    actions = FirstRunActions(outside.list_locations, outside.test_print)
    choice = run_first_run(StationSettings(), tmp_path / "station.toml", actions)
    assert choice is FirstRunChoice.DEMO
