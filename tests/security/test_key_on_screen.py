"""The API key on screen: typed only into password fields, never shown again, on no screen.

After the key is entered (Settings screen, first-run dialog), every screen of the window is
shown in turn, grabbed as a picture and read back as text (see :mod:`tests.security.widget_texts`);
none of it may hold the key. A program error quoting the key is reported through the window's
own crash dialog, which must mask it although the key was only typed in a moment ago.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from packstation import log as station_log
from packstation.app import first_run_actions
from packstation.config import LoadedSettings, StationSettings
from packstation.gui.first_run import FirstRunChoice, FirstRunDialog
from packstation.gui.main_window import MainWindow
from packstation.printing.virtual_printer import VirtualPrinter
from packstation.sandbox.testing import running_sandbox
from packstation.secrets import mask_secret
from tests.gui.conftest import Bench, fail_on_qt_warnings, open_window  # noqa: F401
from tests.security.leaks import KNOWN_KEY, Leak, find_in_files, find_in_text
from tests.security.widget_texts import widget_texts

pytestmark = pytest.mark.gui


@pytest.fixture(autouse=True)
def no_keyring_and_an_older_key(monkeypatch: pytest.MonkeyPatch) -> None:
    # None in sys.modules makes `import keyring` fail: the developer's keyring stays untouched.
    monkeypatch.setitem(sys.modules, "keyring", None)
    # The station started with another key; the known key is typed in while it runs.
    monkeypatch.setattr(station_log, "_configured_secrets", ("an-older-station-key",))


@pytest.fixture
def editable(qtbot: QtBot, tmp_path: Path) -> Iterator[MainWindow]:
    settings = Bench().services.settings
    loaded = LoadedSettings(settings, tmp_path / "station.toml", False, {})
    window = open_window(qtbot, Bench(loaded_settings=loaded))
    yield window
    window.shutdown()


def _shown_leaks(place: str, top: QWidget) -> list[Leak]:
    return [leak for text in widget_texts(top) for leak in find_in_text(place, text)]


def _grab(qtbot: QtBot, top: QWidget, path: Path) -> None:
    """Save a picture of ``top`` as it is drawn now."""
    picture = top.grab()
    assert not picture.isNull() and picture.width() > 0
    path.parent.mkdir(parents=True, exist_ok=True)
    assert picture.save(str(path), "PNG")


def _assert_hidden_while_typed(field: QLineEdit) -> None:
    assert field.text() == KNOWN_KEY
    assert field.echoMode() is QLineEdit.EchoMode.Password
    assert KNOWN_KEY not in field.displayText()


def test_a_key_typed_into_settings_is_on_no_screen_and_in_no_crash_report(
    qtbot: QtBot, editable: MainWindow, tmp_path: Path
) -> None:
    window, screen = editable, editable.settings_screen
    window.show_screen(4)
    qtbot.waitUntil(lambda: window.current_screen() is screen)
    qtbot.keyClicks(screen.key_field, KNOWN_KEY)
    _assert_hidden_while_typed(screen.key_field)
    leaks = _shown_leaks("settings, key typed", window)
    _grab(qtbot, window, tmp_path / "screens" / "typed.png")
    qtbot.keyClick(screen.key_field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: screen.key_status.text() != "")
    assert screen.key_field.text() == ""
    assert screen.key_status.text().endswith(mask_secret(KNOWN_KEY))

    for index in range(window.screens.count()):
        window.show_screen(index)
        qtbot.waitUntil(lambda index=index: window.screens.currentIndex() == index)
        _grab(qtbot, window, tmp_path / "screens" / f"{index}.png")
        leaks += _shown_leaks(f"screen {index}", window)

    try:
        raise RuntimeError(f"a bug that quotes the header ocp-apim-subscription-key: {KNOWN_KEY}")
    except RuntimeError as bug:
        window.report_bug(bug)
    dialog = window.crash_dialog
    assert dialog is not None and "RuntimeError" in dialog.details.toPlainText()
    _grab(qtbot, dialog, tmp_path / "screens" / "crash.png")
    leaks += _shown_leaks("crash dialog", dialog)
    dialog.close()

    credentials = tmp_path / "credentials"
    assert credentials.read_text(encoding="utf-8").strip() == KNOWN_KEY
    leaks += find_in_files([tmp_path], allowed=[credentials])
    assert sorted({str(leak) for leak in leaks}) == [], "the key is shown"


def test_the_first_run_dialog_hides_the_key_and_forgets_it_after_saving(
    qtbot: QtBot, tmp_path: Path
) -> None:
    with (
        running_sandbox(seed="demo", api_key=KNOWN_KEY) as (sandbox, _control),
        running_sandbox(api_key="a-rotated-key") as (refusing, _other),
        VirtualPrinter(tmp_path / "printed", port=0) as printer,
    ):
        chosen: list[FirstRunChoice] = []
        dialog = FirstRunDialog(
            StationSettings.model_validate({"station": {"name": "Bench 2"}}),
            tmp_path / "config" / "station.toml",
            first_run_actions(),
            lambda error: pytest.fail(f"program error: {error!r}"),
        )
        qtbot.addWidget(dialog)
        dialog.chosen.connect(chosen.append)
        dialog.show()
        qtbot.keyClick(dialog.connect_button, Qt.Key.Key_Space)
        dialog.environment.setCurrentText("custom")
        qtbot.keyClicks(dialog.url, refusing.base_url)
        qtbot.keyClicks(dialog.api_key, KNOWN_KEY)
        _assert_hidden_while_typed(dialog.api_key)
        qtbot.keyClick(dialog.test_button, Qt.Key.Key_Space)
        qtbot.waitUntil(lambda: "API key" in dialog.status.text(), timeout=15_000)
        leaks = _shown_leaks("first run, key refused", dialog)

        dialog.url.setText(sandbox.base_url)
        qtbot.keyClick(dialog.test_button, Qt.Key.Key_Space)
        qtbot.waitUntil(lambda: dialog.location.count() > 0, timeout=15_000)
        qtbot.keyClicks(dialog.printer_url, printer.url)
        qtbot.keyClick(dialog.print_button, Qt.Key.Key_Space)
        qtbot.waitUntil(lambda: dialog.status.text().startswith("Test label"), timeout=15_000)
        _grab(qtbot, dialog, tmp_path / "screens" / "first-run.png")
        leaks += _shown_leaks("first run, connected", dialog)
        with qtbot.waitSignal(dialog.chosen, timeout=15_000):
            qtbot.keyClick(dialog.save_button, Qt.Key.Key_Space)

    assert chosen == [FirstRunChoice.CONNECTED]
    assert dialog.api_key.text() == "", "the dialog forgot the key after storing it"
    leaks += _shown_leaks("first run, saved", dialog)
    credentials = tmp_path / "config" / "credentials"
    assert credentials.read_text(encoding="utf-8").strip() == KNOWN_KEY
    leaks += find_in_files([tmp_path], allowed=[credentials])
    assert sorted({str(leak) for leak in leaks}) == [], "the key is shown"
