"""Points in time as the bench compares them: always timezone-aware."""

from __future__ import annotations

from datetime import UTC, datetime


def as_utc(moment: datetime) -> datetime:
    """Return ``moment`` timezone-aware; PRO's offset-less times are UTC."""
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


class SystemClock:
    """The real time, in UTC."""

    def now(self) -> datetime:
        """Return the current time, timezone-aware."""
        return datetime.now(UTC)
