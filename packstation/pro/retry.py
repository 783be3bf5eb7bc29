"""When and how long to wait before calling SortedPRO again.

Which calls may be retried at all is decided by :class:`CallSafety`; this module only computes the
schedule: exponential backoff with full jitter, capped, and ``Retry-After`` honoured when PRO (or
its API gateway) sends one. The random source and the sleep function are injectable so that tests
can pin the schedule exactly and run without waiting.
"""

from __future__ import annotations

import enum
import random
import time
from collections.abc import Callable
from dataclasses import dataclass, field


class CallSafety(enum.Enum):
    """How safe it is to send a call again after a failure."""

    READ = "read"
    """No side effects: retried on connection errors, 5xx and 429."""

    IDEMPOTENT = "idempotent"
    """State-guarded or whole-object replace (update, ready to ship, cancel): retried like reads."""

    UNSAFE = "unsafe"
    """Creates, selects, packs, allocates or manifests: never retried by the client itself."""

    @property
    def retryable(self) -> bool:
        """Whether the client may send this call again on its own."""
        return self is not CallSafety.UNSAFE


@dataclass
class RetryPolicy:
    """Backoff schedule for retryable calls.

    The delay before retry ``n`` (0-based) is uniform in ``[0, min(max_delay_s, base_delay_s *
    2**n)]`` (full jitter), or ``Retry-After`` when the server gave one, as long as that is not
    longer than ``max_retry_after_s`` (a longer wait is handed back to the caller instead).
    """

    max_retries: int = 3
    base_delay_s: float = 0.25
    max_delay_s: float = 4.0
    max_retry_after_s: float = 30.0
    rng: random.Random = field(default_factory=random.Random)
    sleep: Callable[[float], None] = time.sleep

    def delay_s(self, retry_index: int, retry_after_s: float | None = None) -> float:
        """Return how long to wait before retry number ``retry_index`` (0 for the first)."""
        if retry_after_s is not None:
            return max(0.0, retry_after_s)
        ceiling = min(self.max_delay_s, self.base_delay_s * (2**retry_index))
        return self.rng.uniform(0.0, ceiling)

    def allows(self, retry_index: int, retry_after_s: float | None = None) -> bool:
        """Return whether retry number ``retry_index`` may happen at all."""
        if retry_index >= self.max_retries:
            return False
        return retry_after_s is None or retry_after_s <= self.max_retry_after_s


def parse_retry_after(value: str | None, *, now_s: float | None = None) -> float | None:
    """Read a ``Retry-After`` header: delay seconds or an HTTP date; ``None`` if absent or bad."""
    if value is None:
        return None
    text = value.strip()
    if not text:
        return None
    try:
        return max(0.0, float(text))
    except ValueError:
        pass
    from email.utils import parsedate_to_datetime

    try:
        when = parsedate_to_datetime(text)
    except (TypeError, ValueError):
        return None
    current = time.time() if now_s is None else now_s
    return max(0.0, when.timestamp() - current)
