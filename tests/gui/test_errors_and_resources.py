"""Bugs go to the crash dialog, resources are found, themes and sounds are sound."""

from __future__ import annotations

import sys
import wave
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from packstation import log as station_log
from packstation.domain.session import Tone
from packstation.gui import crash, resources
from packstation.gui.main_window import MainWindow
from packstation.gui.theme import apply_theme
from tests.conftest import PROJECT_ROOT
from tests.gui.conftest import Bench
from tests.logging_state import restored_root_logging


def test_a_bug_opens_the_crash_dialog_with_the_log_tail(
    qtbot: QtBot, window: MainWindow, bench: Bench
) -> None:
    tail = crash.install_log_tail()
    window._log_tail = tail
    journal_rows = len(bench.journal.stages)

    def broken() -> None:
        raise RuntimeError("slot exploded")

    window.runner.submit("journal", broken, lambda _: None)
    qtbot.waitUntil(lambda: window.crash_dialog is not None)
    dialog = window.crash_dialog
    assert dialog is not None and dialog.isVisible()
    details = dialog.details.toPlainText()
    assert "RuntimeError: slot exploded" in details
    assert "--- log ---" in details and "program error" in details
    assert len(bench.journal.stages) == journal_rows
    dialog.close()


def test_the_crash_report_says_where_the_whole_log_is(tmp_path: Path) -> None:
    log_file = tmp_path / "logs" / "packstation.log"
    with restored_root_logging():
        station_log.configure_logging(0, log_file=log_file)
        report = crash.describe(RuntimeError("slot exploded"), None)
    assert f"the whole log: {log_file}" in report
    assert "the whole log" not in crash.describe(RuntimeError("no file now"), None)


def test_excepthook_sends_uncaught_errors_to_the_reporter(monkeypatch: pytest.MonkeyPatch):
    reported: list[BaseException] = []
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    crash.install_excepthook(reported.append)
    try:
        raise KeyError("missing")
    except KeyError as error:
        sys.excepthook(KeyError, error, error.__traceback__)
    assert isinstance(reported[0], KeyError)
    assert reported[0].__traceback__ is not None


def test_resources_are_found_in_the_checkout() -> None:
    assert resources.resources_dir() == PROJECT_ROOT / "resources"
    for name in ("success", "attention", "failure", "info", "working"):
        assert resources.resource_path("icons", f"{name}.svg").stat().st_size > 0


def test_a_missing_resource_is_named() -> None:
    with pytest.raises(resources.ResourceMissingError, match="nothing.wav"):
        resources.resource_path("sounds", "nothing.wav")


@pytest.mark.parametrize("tone", [Tone.SUCCESS, Tone.ATTENTION, Tone.FAILURE])
def test_sounds_are_short_mono_wav_files(tone: Tone) -> None:
    with wave.open(str(resources.resource_path("sounds", f"{tone.value}.wav"))) as sound:
        seconds = sound.getnframes() / sound.getframerate()
        assert sound.getnchannels() == 1 and 0.1 < seconds < 1.0


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_themes_apply_without_qt_complaints(qapp, theme: str) -> None:  # type: ignore[no-untyped-def]
    apply_theme(qapp, theme, 12)
    QLabel("polish me").ensurePolished()  # the sheet is parsed here; a syntax error warns
    assert qapp.font().pointSize() == 14  # never below the minimum, whatever is asked
    assert "QFrame#banner" in qapp.styleSheet()
    apply_theme(qapp, "light", 14)
