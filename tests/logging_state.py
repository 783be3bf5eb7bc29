"""Put the root logger back as a test found it, after the test configured the station's logging."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager

from packstation import log as station_log


@contextmanager
def restored_root_logging() -> Iterator[None]:
    """Restore the root logger's handlers (with their filters and levels), level and secrets.

    A log file the block opened is closed; handlers it added are removed.
    """
    root = logging.getLogger()
    before, level = list(root.handlers), root.level
    kept = {handler: (list(handler.filters), handler.level) for handler in before}
    secrets = station_log._configured_secrets
    try:
        yield
    finally:
        station_log.close_log_file()
        for handler in root.handlers[:]:
            if handler not in before:
                root.removeHandler(handler)
        for handler, (filters, handler_level) in kept.items():
            handler.filters = filters
            handler.setLevel(handler_level)
        root.setLevel(level)
        station_log._configured_secrets = secrets
