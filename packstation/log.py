"""Logging set-up shared by every entry point.

Library modules only ever call ``logging.getLogger(__name__)``; this is the one place that decides
where log records go. A filter masks anything that looks like a configured secret so that an API
key can never reach a log line even if a caller formats one in by mistake.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable

_FORMAT = "%(asctime)s %(levelname)-7s %(name)s: %(message)s"


class SecretMaskingFilter(logging.Filter):
    """Replace every occurrence of the given secrets in a record's final message."""

    def __init__(self, secrets: Iterable[str]) -> None:
        super().__init__()
        self._secrets = [s for s in secrets if s]

    def filter(self, record: logging.LogRecord) -> bool:
        """Mask secrets in the rendered message; never drop the record."""
        if not self._secrets:
            return True
        message = record.getMessage()
        masked = message
        for secret in self._secrets:
            masked = masked.replace(secret, "***")
        if masked != message:
            record.msg = masked
            record.args = None
        return True


class _StationHandler(logging.StreamHandler):  # type: ignore[type-arg]
    """The stderr handler this module installs (told apart from handlers others install)."""


def configure_logging(verbosity: int = 0, secrets: Iterable[str] = ()) -> None:
    """Send log records to stderr; ``verbosity`` 0 is warnings, 1 info, 2 and more debug."""
    level = {0: logging.WARNING, 1: logging.INFO}.get(verbosity, logging.DEBUG)
    root = logging.getLogger()
    if not any(isinstance(h, _StationHandler) for h in root.handlers):
        stream = _StationHandler()
        stream.setFormatter(logging.Formatter(_FORMAT))
        root.addHandler(stream)
    for handler in root.handlers:
        handler.filters = [f for f in handler.filters if not isinstance(f, SecretMaskingFilter)]
        handler.addFilter(SecretMaskingFilter(secrets))
    root.setLevel(level)
