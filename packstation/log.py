"""Logging set-up shared by every entry point.

Library modules only ever call ``logging.getLogger(__name__)``; this is the one place that decides
where log records go. A filter masks anything that looks like a configured secret so that an API
key can never reach a log line even if a caller formats one in by mistake: the message, the
traceback of an attached exception and the stack information are all masked. The secrets given
to :func:`configure_logging`, and any added later with :func:`add_secret` (a key typed into the
Settings screen), are also what :func:`mask_secrets` hides, for text that leaves the process
another way (the crash dialog's report).

The bench window also keeps a log file (:func:`configure_logging` ``log_file``): a windowed
station has no console, so without it nothing it logged would be left for whoever looks into a
problem afterwards. It rotates (:data:`LOG_FILE_BYTES` × :data:`LOG_FILES_KEPT`), records
informational lines and up, and every one of its files is created readable only by the station
user, in a folder only that user can open.
"""

from __future__ import annotations

import io
import logging
import logging.handlers
import os
from collections.abc import Iterable
from pathlib import Path

_FILE_MODE = 0o600
_FORMAT = "%(asctime)s %(levelname)-7s %(name)s: %(message)s"
MASK = "***"
LOG_FILE_BYTES = 5 * 1024 * 1024
LOG_FILES_KEPT = 5
"""Old log files kept beside the current one: about a week of a busy bench's calls."""

_configured_secrets: tuple[str, ...] = ()


def add_secret(secret: str) -> None:
    """Mask ``secret`` from now on too (a new API key entered while the station runs)."""
    global _configured_secrets
    if secret and secret not in _configured_secrets:
        _configured_secrets = (*_configured_secrets, secret)


def mask_secrets(text: str, secrets: Iterable[str] | None = None) -> str:
    """Return ``text`` with every secret (by default the configured ones) replaced by ``***``."""
    chosen = _configured_secrets if secrets is None else secrets
    # Longest first, so that a secret containing another is masked whole.
    for secret in sorted(chosen, key=len, reverse=True):
        if secret:
            text = text.replace(secret, MASK)
    return text


class SecretMaskingFilter(logging.Filter):
    """Replace every occurrence of the given secrets in what a record will print.

    Without ``secrets`` the filter masks whatever :func:`configure_logging` was last given, so a
    handler added later (the crash dialog's log tail) is covered too.
    """

    def __init__(self, secrets: Iterable[str] | None = None) -> None:
        super().__init__()
        self._secrets = None if secrets is None else tuple(s for s in secrets if s)

    def filter(self, record: logging.LogRecord) -> bool:
        """Mask secrets in the message, exception text and stack; never drop the record."""
        secrets = _configured_secrets if self._secrets is None else self._secrets
        if not secrets:
            return True
        try:
            message = record.getMessage()
        except (TypeError, ValueError):
            # A record whose arguments do not fit its format: the handler reports that itself.
            return True
        masked = mask_secrets(message, secrets)
        if masked != message:
            record.msg = masked
            record.args = None
        if record.exc_info and not record.exc_text:
            # Formatters reuse exc_text when it is set, so the masked traceback is what prints.
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = mask_secrets(record.exc_text, secrets)
        if record.stack_info:
            record.stack_info = mask_secrets(record.stack_info, secrets)
        return True


class _StationHandler(logging.StreamHandler):  # type: ignore[type-arg]
    """The stderr handler this module installs (told apart from handlers others install)."""


class _PrivateLogFile(logging.handlers.RotatingFileHandler):
    """The station's rotating log file; the current file and each rotated one are 0600."""

    def _open(self) -> io.TextIOWrapper:
        descriptor = os.open(self.baseFilename, os.O_WRONLY | os.O_APPEND | os.O_CREAT, _FILE_MODE)
        if os.name == "posix":
            os.fchmod(descriptor, _FILE_MODE)  # an older file, or a wide umask
        return open(descriptor, "a", encoding=self.encoding, errors=self.errors)


def configure_logging(
    verbosity: int = 0, secrets: Iterable[str] = (), log_file: Path | None = None
) -> None:
    """Send log records to stderr and, given ``log_file``, to that rotating file too.

    ``verbosity`` 0 is warnings, 1 info, 2 and more debug, on stderr; the file takes info and up
    (debug too at verbosity 2).
    """
    global _configured_secrets
    _configured_secrets = tuple(s for s in secrets if s)
    level = {0: logging.WARNING, 1: logging.INFO}.get(verbosity, logging.DEBUG)
    root = logging.getLogger()
    stream = next((h for h in root.handlers if isinstance(h, _StationHandler)), None)
    if stream is None:
        stream = _StationHandler()
        stream.setFormatter(logging.Formatter(_FORMAT))
        root.addHandler(stream)
    stream.setLevel(level)
    if log_file is not None:
        file_level = min(level, logging.INFO)
        _replace_log_file(root, log_file, file_level)
        level = file_level
    for handler in root.handlers:
        handler.filters = [f for f in handler.filters if not isinstance(f, SecretMaskingFilter)]
        handler.addFilter(SecretMaskingFilter())
    root.setLevel(level)


def _replace_log_file(root: logging.Logger, log_file: Path, level: int) -> None:
    for old in [h for h in root.handlers if isinstance(h, _PrivateLogFile)]:
        root.removeHandler(old)
        old.close()
    # Imported here: the config package loads pydantic, which `packstation --version` must not.
    from packstation.config.saving import make_private_dirs

    make_private_dirs(log_file.parent)
    handler = _PrivateLogFile(
        log_file, maxBytes=LOG_FILE_BYTES, backupCount=LOG_FILES_KEPT, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter(_FORMAT))
    handler.setLevel(level)
    root.addHandler(handler)


def current_log_file() -> Path | None:
    """Return the log file records go to now, if any (for a crash report to point at)."""
    for handler in logging.getLogger().handlers:
        if isinstance(handler, _PrivateLogFile):
            return Path(handler.baseFilename)
    return None


def close_log_file() -> None:
    """Close and remove the log file handler (the window closed; tests)."""
    root = logging.getLogger()
    for handler in [h for h in root.handlers if isinstance(h, _PrivateLogFile)]:
        root.removeHandler(handler)
        handler.close()
