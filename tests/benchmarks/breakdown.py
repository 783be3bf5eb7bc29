"""Where a pack's time goes: timers on the station's parts, set on the instances only.

:func:`instrument` replaces, on the objects of one open station (never on their classes), the
public methods the engine calls on its journal, its label inspector, its label printer and its
SortedPRO client with timed wrappers. The engine looks these methods up on the instances at
each call, so the wrappers see every call; nothing in the library changes. The figures are
wall time per pack, counted in the calling thread.
"""

from __future__ import annotations

import functools
import time
from collections import defaultdict
from collections.abc import Callable
from typing import Any

from packstation.station import Station

JOURNAL_CALLS = (
    "record_scan",
    "record_intent",
    "resolve_intent",
    "record_stage",
    "store_labels",
    "stored_labels",
    "begin_print",
    "finish_print",
    "find_pack",
)
CLIENT_CALLS = (
    "search_consignments",
    "find_consignment_references",
    "get_consignment",
    "get_consignment_status",
    "get_labels",
    "set_ready_to_ship",
    "update_consignment",
    "get_quotes_for_consignment",
    "allocate_with_quote",
    "allocate_with_cheapest_quote",
    "get_delivery_option",
    "select_option",
    "shipping_locations",
)


class Timers:
    """Total seconds and calls per named part."""

    def __init__(self) -> None:
        self.seconds: dict[str, float] = defaultdict(float)
        self.calls: dict[str, int] = defaultdict(int)

    def wrap(self, owner: Any, method: str, name: str) -> None:
        """Replace ``owner.method`` (on the instance) with a timed call of the original."""
        original: Callable[..., Any] = getattr(owner, method)

        @functools.wraps(original)
        def timed(*args: Any, **kwargs: Any) -> Any:
            started = time.perf_counter()
            try:
                return original(*args, **kwargs)
            finally:
                self.seconds[name] += time.perf_counter() - started
                self.calls[name] += 1

        setattr(owner, method, timed)

    def per_pack(self, packs: int) -> dict[str, dict[str, float]]:
        """Return milliseconds and calls per pack, largest first."""
        return {
            name: {
                "ms_per_pack": round(self.seconds[name] * 1000 / packs, 2),
                "calls_per_pack": round(self.calls[name] / packs, 2),
            }
            for name in sorted(self.seconds, key=lambda n: -self.seconds[n])
        }


def instrument(station: Station) -> Timers:
    """Put timers on ``station``'s journal, inspector, label printer and PRO client."""
    timers = Timers()
    for method in JOURNAL_CALLS:
        timers.wrap(station.journal, method, f"journal.{method} (SQLite)")
    timers.wrap(station.devices.inspector, "inspect", "label inspection (pre-print check)")
    timers.wrap(
        station.devices.labels, "print_labels", "label printer job (~HS, label, ~HS until idle)"
    )
    for method in CLIENT_CALLS:
        timers.wrap(station.client, method, f"pro.{method} (HTTP + parsing)")
    return timers
