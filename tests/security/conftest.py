"""Shared set-up of the security tests: the station's own logging, captured as it is written."""

from __future__ import annotations

import io
import logging
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from packstation import log as station_log
from packstation.gui.crash import LogTail, install_log_tail
from tests.security.leaks import KNOWN_KEY


@dataclass
class CapturedLogs:
    """What the station's stderr handler, its log file and the crash dialog's log tail received."""

    stderr: io.StringIO
    tail: LogTail
    log_file: Path

    def texts(self) -> dict[str, str]:
        """Return each sink's text by name."""
        station_log.close_log_file()  # flushed and closed: read whole
        return {
            "stderr log": self.stderr.getvalue(),
            "log file": self.log_file.read_text(encoding="utf-8"),
            "crash log tail": self.tail.text(),
        }


@pytest.fixture
def station_logging(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[CapturedLogs]:
    """Configure logging the way the app does (debug, the key as a secret) and capture it.

    The log file is written where the window keeps it, in the data folder (``data/logs``).
    """
    root = logging.getLogger()
    # A station handler left by an earlier test may write to a stream that is closed by now.
    earlier = [h for h in root.handlers if isinstance(h, station_log._StationHandler)]
    for handler in earlier:
        root.removeHandler(handler)
    handlers_before, level_before = list(root.handlers), root.level
    filters_before = {handler: list(handler.filters) for handler in handlers_before}
    # Restored afterwards: later tests must not inherit this test's secret.
    monkeypatch.setattr(station_log, "_configured_secrets", ())
    log_file = tmp_path / "data" / "logs" / "packstation.log"
    station_log.configure_logging(2, secrets=[KNOWN_KEY], log_file=log_file)
    stream = io.StringIO()
    for handler in root.handlers:
        if isinstance(handler, station_log._StationHandler):
            handler.setStream(stream)
    tail = install_log_tail()
    try:
        yield CapturedLogs(stream, tail, log_file)
    finally:
        station_log.close_log_file()
        for handler in root.handlers[:]:
            if handler not in handlers_before:
                root.removeHandler(handler)
        for handler, filters in filters_before.items():
            handler.filters = filters
        for handler in earlier:
            root.addHandler(handler)
        root.setLevel(level_before)
