"""Logging set-up shared by every entry point.

Library modules only ever call ``logging.getLogger(__name__)``; this is the one place that decides
where log records go. A filter masks anything that looks like a configured secret so that an API
key can never reach a log line even if a caller formats one in by mistake: the message, the
traceback of an attached exception and the stack information are all masked. The secrets given
to :func:`configure_logging`, and any added later with :func:`add_secret` (a key typed into the
Settings screen), are also what :func:`mask_secrets` hides, for text that leaves the process
another way (the crash dialog's report).
"""

from __future__ import annotations

import logging
from collections.abc import Iterable

_FORMAT = "%(asctime)s %(levelname)-7s %(name)s: %(message)s"
MASK = "***"

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


def configure_logging(verbosity: int = 0, secrets: Iterable[str] = ()) -> None:
    """Send log records to stderr; ``verbosity`` 0 is warnings, 1 info, 2 and more debug."""
    global _configured_secrets
    _configured_secrets = tuple(s for s in secrets if s)
    level = {0: logging.WARNING, 1: logging.INFO}.get(verbosity, logging.DEBUG)
    root = logging.getLogger()
    if not any(isinstance(h, _StationHandler) for h in root.handlers):
        stream = _StationHandler()
        stream.setFormatter(logging.Formatter(_FORMAT))
        root.addHandler(stream)
    for handler in root.handlers:
        handler.filters = [f for f in handler.filters if not isinstance(f, SecretMaskingFilter)]
        handler.addFilter(SecretMaskingFilter())
    root.setLevel(level)
