"""The Settings screen: values checked as typed, saved to the file, the API key only masked."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from packstation.config import LoadedSettings, load_settings
from packstation.gui.main_window import MainWindow
from tests.gui.conftest import Bench, open_window

KEY = "pk_live_0123456789abcdef"


@pytest.fixture
def editable(qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> MainWindow:
    # None in sys.modules makes `import keyring` fail: the developer's real keyring stays untouched.
    monkeypatch.setitem(sys.modules, "keyring", None)
    settings = Bench().services.settings  # the same settings the bench below is built with
    loaded = LoadedSettings(settings, tmp_path / "station.toml", False, {})
    window = open_window(qtbot, Bench(loaded_settings=loaded))
    window.show_screen(4)
    return window


def test_a_bad_value_is_explained_under_its_field_and_blocks_saving(
    qtbot: QtBot, editable: MainWindow
) -> None:
    screen = editable.settings_screen
    field = screen.fields["ui.font_size_pt"]
    field.clear()
    qtbot.keyClicks(field, "9")
    problem = screen.problems["ui.font_size_pt"]
    assert problem.isVisibleTo(editable) and "ui.font_size_pt" in problem.text()
    assert not screen.save_button.isEnabled()
    field.clear()
    qtbot.keyClicks(field, "18")
    assert not problem.isVisibleTo(editable) and screen.save_button.isEnabled()
    editable.shutdown()


def test_settings_have_readable_names_and_fixed_sets_are_picked_from_a_list(
    editable: MainWindow,
) -> None:
    screen = editable.settings_screen
    names = {child.text(): child for child in screen.findChildren(QLabel)}
    assert "Label printer dots per inch" in names
    assert "dpi" not in names  # not the file's key...
    assert (
        names["Label printer dots per inch"]
        .toolTip()
        .startswith("printers.label.dpi · PACKSTATION_LABEL_PRINTER_DPI")
    )  # ...which the tooltip gives, for whoever edits the file
    dpi = screen.choices["printers.label.dpi"]
    assert [dpi.itemText(i) for i in range(dpi.count())] == ["203", "300"]
    assert dpi.currentText() == "203"
    policy = screen.choices["station.policy"]
    assert [policy.itemText(i) for i in range(policy.count())] == [
        "ask",
        "cheapest",
        "fastest",
        "rules",
    ]
    assert "printers.label.dpi" not in screen.fields and "station.name" in screen.fields
    editable.shutdown()


def test_saved_settings_are_read_back(qtbot: QtBot, editable: MainWindow, tmp_path: Path) -> None:
    screen = editable.settings_screen
    theme = screen.choices["ui.theme"]
    theme.setFocus()
    qtbot.keyClick(theme, Qt.Key.Key_Down)  # light -> dark, from the keyboard
    assert theme.currentText() == "dark"
    qtbot.keyClick(screen.save_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: screen.status.text().startswith("Saved."))
    reloaded = load_settings(tmp_path / "station.toml", environ={}).settings
    assert reloaded.ui.theme == "dark"
    assert reloaded.station.name == "Bench 1"
    editable.shutdown()


def test_the_api_key_is_stored_and_only_shown_masked(
    qtbot: QtBot, editable: MainWindow, tmp_path: Path
) -> None:
    screen = editable.settings_screen
    qtbot.keyClicks(screen.key_field, KEY)
    qtbot.keyClick(screen.key_field, Qt.Key.Key_Return)
    assert screen.key_field.text() == ""
    qtbot.waitUntil(lambda: screen.key_status.text() != "")
    assert screen.key_status.text() == "Stored in the credentials file: pk...ef"
    assert KEY not in screen.key_status.text()
    credentials = tmp_path / "credentials"
    assert credentials.read_text(encoding="utf-8").strip() == KEY
    assert credentials.stat().st_mode & 0o777 == 0o600
    editable.shutdown()


def test_without_a_settings_file_the_screen_is_read_only(window: MainWindow) -> None:
    screen = window.settings_screen
    assert screen.fields["station.name"].isReadOnly()
    assert not screen.save_button.isVisibleTo(window) and not screen.key_box.isVisibleTo(window)
    assert screen.fields["station.name"].text() == "Bench 1"
