"""Wire documents the bench read moments ago, kept for the write that follows the read.

A pack reads a consignment (or an order) when it is scanned and writes it back a few seconds
later: Update Consignment replaces the whole document (SPEC 6.2.6) and Pack Order names the
order's items as the order does (SPEC 6.8.5). Reading the same document again just before the
write costs one more round trip per pack and protects only against a change made by someone
else in those seconds. So the scan's read is kept and used once, if it is younger than
``max_age_s``; an older one, or none, means the write reads PRO again. PRO still refuses a
package change once the consignment is allocated, whatever the station kept.
"""

from __future__ import annotations

import threading
import time
from collections import OrderedDict
from collections.abc import Callable
from typing import Generic, TypeVar

T = TypeVar("T")

DEFAULT_MAX_AGE_S = 120.0
"""How long a read stands in for a fresh one: longer than weighing a parcel, not a whole break."""
DEFAULT_CAPACITY = 16


class RecentReads(Generic[T]):
    """The last documents read, by reference (case-insensitive); each can be taken once."""

    def __init__(
        self,
        *,
        max_age_s: float = DEFAULT_MAX_AGE_S,
        capacity: int = DEFAULT_CAPACITY,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._max_age_s = max_age_s
        self._capacity = capacity
        self._clock = clock
        self._kept: OrderedDict[str, tuple[float, T]] = OrderedDict()
        self._lock = threading.Lock()

    def keep(self, reference: str, document: T) -> None:
        """Remember ``document`` as read now; the oldest one goes when the store is full."""
        key = reference.casefold()
        with self._lock:
            self._kept.pop(key, None)
            self._kept[key] = (self._clock(), document)
            while len(self._kept) > self._capacity:
                self._kept.popitem(last=False)

    def take(self, reference: str) -> T | None:
        """Return the document read for ``reference`` if it is recent enough, and forget it."""
        with self._lock:
            found = self._kept.pop(reference.casefold(), None)
        if found is None:
            return None
        read_at, document = found
        return document if self._clock() - read_at <= self._max_age_s else None

    def forget(self, reference: str) -> None:
        """Drop what was kept for ``reference`` (it changed, or a write failed)."""
        with self._lock:
            self._kept.pop(reference.casefold(), None)
