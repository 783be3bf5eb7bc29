"""Starting the GUI: Qt application, language, theme, crash handling, first run or bench window."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QApplication

from packstation.config import StationSettings
from packstation.gui.bench import BenchServices
from packstation.gui.crash import CrashDialog, describe, install_excepthook, install_log_tail
from packstation.gui.first_run import FirstRunActions, FirstRunChoice, FirstRunDialog
from packstation.gui.main_window import MainWindow
from packstation.gui.theme import apply_theme
from packstation.gui.translations import install_translations

GEOMETRY_KEY = "window/geometry"


def application(argv: Sequence[str] | None = None) -> QApplication:
    """Return the process's QApplication, creating it on first use."""
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    app = QApplication(list(argv if argv is not None else sys.argv))
    app.setOrganizationName("Packstation")
    app.setApplicationName("Packstation")
    return app


def open_window(bench: BenchServices, *, watch_stalls: bool = False) -> MainWindow:
    """Translate and theme the application, build and show the window, send it uncaught errors."""
    app = application()
    install_translations(app, bench.settings.ui.language)
    apply_theme(app, bench.settings.ui.theme, bench.settings.ui.font_size_pt)
    window = MainWindow(bench, log_tail=install_log_tail(), watch_stalls=watch_stalls)
    install_excepthook(window.report_bug)
    geometry = QSettings().value(GEOMETRY_KEY)
    if isinstance(geometry, QByteArray):
        window.restoreGeometry(geometry)
    window.show()
    window.start()
    return window


def run_first_run(
    settings: StationSettings, config_file: Path, actions: FirstRunActions
) -> FirstRunChoice | None:
    """Show the first-run dialog until it is done; return the choice (None when closed)."""
    app = application()
    install_translations(app, settings.ui.language)
    apply_theme(app, settings.ui.theme, settings.ui.font_size_pt)
    tail = install_log_tail()
    choices: list[FirstRunChoice] = []

    def report_bug(error: BaseException) -> None:
        CrashDialog(describe(error, tail)).exec()

    install_excepthook(report_bug)
    dialog = FirstRunDialog(settings, config_file, actions, report_bug)
    dialog.chosen.connect(choices.append)
    dialog.exec()
    return choices[0] if choices else None


def run_bench(
    bench: BenchServices, argv: Sequence[str] | None = None, *, watch_stalls: bool = False
) -> int:
    """Run the bench window until it is closed; return the exit code."""
    app = application(argv)
    window = open_window(bench, watch_stalls=watch_stalls)
    try:
        return app.exec()
    finally:
        # QSettings holds the window geometry and nothing else (station settings are TOML).
        QSettings().setValue(GEOMETRY_KEY, window.saveGeometry())
        window.shutdown()
