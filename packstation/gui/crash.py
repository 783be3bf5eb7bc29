"""Bugs reach a crash dialog with the log tail; they never reach a packer as a traceback.

A :class:`LogTail` handler keeps the last log lines in memory so the dialog can show what led up
to the failure. The journal is not touched here: every journal write commits before it returns,
so a bug between two steps leaves it consistent. The report masks the configured secrets (the API
key) in the traceback and the log tail alike, since a bug's message may quote anything it held.
"""

from __future__ import annotations

import logging
import sys
import traceback
from collections import deque
from collections.abc import Callable
from types import TracebackType

from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from packstation.log import SecretMaskingFilter, current_log_file, mask_secrets

logger = logging.getLogger(__name__)

TAIL_LINES = 200


class LogTail(logging.Handler):
    """Keeps the last formatted log lines in memory."""

    def __init__(self, lines: int = TAIL_LINES) -> None:
        super().__init__(logging.INFO)
        self._lines: deque[str] = deque(maxlen=lines)
        # Masks whatever secrets logging is configured with, also those configured later.
        self.addFilter(SecretMaskingFilter())
        self.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))

    def emit(self, record: logging.LogRecord) -> None:
        """Remember one record."""
        self._lines.append(self.format(record))

    def text(self) -> str:
        """Return the remembered lines, oldest first."""
        return "\n".join(self._lines)


def install_log_tail() -> LogTail:
    """Attach a log tail to the root logger (once) and return it."""
    root = logging.getLogger()
    for handler in root.handlers:
        if isinstance(handler, LogTail):
            return handler
    tail = LogTail()
    root.addHandler(tail)
    return tail


class CrashDialog(QDialog):
    """Says that something went wrong in the program (not the packer's fault) and shows details."""

    def __init__(self, details: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Packstation: program error"))
        self.setAccessibleName(self.tr("Program error"))
        intro = QLabel(
            self.tr(
                "Packstation hit a program error. What was saved is safe. Tell the shift lead "
                "and give them the details below; then carry on or restart Packstation."
            )
        )
        intro.setWordWrap(True)
        self.details = QPlainTextEdit(details)
        self.details.setReadOnly(True)
        self.details.setAccessibleName(self.tr("Error details and log"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        copy = buttons.addButton(self.tr("Copy details"), QDialogButtonBox.ButtonRole.ActionRole)
        copy.clicked.connect(self._copy)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.details)
        layout.addWidget(buttons)
        self.resize(900, 600)

    def _copy(self) -> None:
        QApplication.clipboard().setText(self.details.toPlainText())


def describe(error: BaseException, tail: LogTail | None) -> str:
    """Return the traceback of ``error``, the log tail and where the whole log is, masked."""
    trace = "".join(traceback.format_exception(type(error), error, error.__traceback__))
    log = tail.text() if tail is not None else ""
    report = f"{trace}\n--- log ---\n{log}" if log else trace
    log_file = current_log_file()
    if log_file is not None:
        report += f"\n--- the whole log: {log_file} ---\n"
    return mask_secrets(report)


def install_excepthook(report_bug: Callable[[BaseException], None]) -> None:
    """Send uncaught exceptions (a slot that raised, for instance) to ``report_bug``."""

    def hook(kind: type[BaseException], error: BaseException, trace: TracebackType | None) -> None:
        # Also to stderr: the terminal or service log keeps it even if the dialog never shows.
        sys.__excepthook__(kind, error, trace)
        if not issubclass(kind, KeyboardInterrupt):
            report_bug(error.with_traceback(trace))

    sys.excepthook = hook
