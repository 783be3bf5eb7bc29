"""The sandbox's settable clock: cut-offs, quotes and option expiry all read it.

Times are UTC throughout the sandbox (collection cut-offs included), so a demo never depends on
the host's time-zone database.
"""

from __future__ import annotations

import threading
from datetime import UTC, datetime, timedelta


class Clock:
    """Wall-clock time, optionally shifted to a chosen instant or frozen there."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._offset = timedelta(0)
        self._frozen_at: datetime | None = None

    def now(self) -> datetime:
        """Return the sandbox's current time (aware, UTC)."""
        with self._lock:
            if self._frozen_at is not None:
                return self._frozen_at
            return datetime.now(UTC) + self._offset

    def set(self, when: datetime, *, frozen: bool = False) -> None:
        """Make ``now()`` return ``when`` from here on (ticking on unless ``frozen``)."""
        if when.tzinfo is None:
            when = when.replace(tzinfo=UTC)
        with self._lock:
            if frozen:
                self._frozen_at = when.astimezone(UTC)
            else:
                self._frozen_at = None
                self._offset = when - datetime.now(UTC)

    def advance(self, delta: timedelta) -> None:
        """Move the clock forward (or back) by ``delta``."""
        with self._lock:
            if self._frozen_at is not None:
                self._frozen_at += delta
            else:
                self._offset += delta

    def reset(self) -> None:
        """Return to real time."""
        with self._lock:
            self._offset = timedelta(0)
            self._frozen_at = None


def wire_datetime(value: datetime | None) -> str | None:
    """Format a datetime as PRO does (ISO-8601 with offset) or pass ``None`` through."""
    if value is None:
        return None
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return value.isoformat()


def parse_wire_datetime(text: str) -> datetime:
    """Parse an ISO-8601 datetime from a request; offset-less values are taken as UTC."""
    value = datetime.fromisoformat(text.replace("Z", "+00:00"))
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return value.astimezone(UTC)
