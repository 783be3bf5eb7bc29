"""Helpers for tests and demo mode that drive a running sandbox through its control API.

    with running_sandbox(seed="demo", frozen_at=MONDAY_MORNING) as (server, control):
        control.add_fault("POST", "/consignments", lose_response=True, times=1)

Pytest fixtures built on these live in ``tests/integration/sandbox/conftest.py``.
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import httpx

from packstation.sandbox.server import SandboxServer

CONTROL_TIMEOUT_S = 10.0
ONCE_ONLY_KINDS = ("create", "allocate", "manifest")
IDLE_WAIT_LIMIT_S = 30.0
IDLE_POLL_S = 0.02
# A Monday morning before every collection cut-off: deterministic options and quotes.
MONDAY_MORNING = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)


@dataclass(frozen=True)
class FrozenClock:
    """The time a station under test reads: the instant its sandbox is frozen at.

    A station on the real clock would judge the sandbox's cut-offs and manifest times by
    today's date, so a test written one day would fail on a later one.
    """

    instant: datetime = MONDAY_MORNING

    def now(self) -> datetime:
        """Return the frozen instant."""
        return self.instant


@dataclass(frozen=True)
class LedgerEntry:
    """One committed operation at the sandbox (``kind`` as in :mod:`packstation.sandbox.ledger`)."""

    seq: int
    kind: str
    reference: str
    customer_reference: str
    at: str


def duplicates_in(entries: list[LedgerEntry]) -> list[tuple[str, str]]:
    """Return ``(kind, reference)`` of every operation that must happen once but happened more.

    A consignment created, allocated or manifested twice gives ``(kind, consignment)``; a second
    consignment for one customer reference (counting seeded ones) gives
    ``("create", customer_reference)``.
    """
    once = Counter(
        (entry.kind, entry.reference) for entry in entries if entry.kind in ONCE_ONLY_KINDS
    )
    found = [key for key, count in once.items() if count > 1]
    per_customer = Counter(
        entry.customer_reference
        for entry in entries
        if entry.kind in ("create", "seeded") and entry.customer_reference
    )
    created = {entry.customer_reference for entry in entries if entry.kind == "create"}
    found += [
        ("create", customer)
        for customer, count in per_customer.items()
        if count > 1 and customer in created
    ]
    return found


class SandboxControl:
    """A small client of the ``/_sandbox/`` control API."""

    def __init__(self, base_url: str) -> None:
        self._http = httpx.Client(base_url=base_url, timeout=CONTROL_TIMEOUT_S)

    def close(self) -> None:
        """Release the connection."""
        self._http.close()

    def _send(self, method: str, path: str, body: Any = None) -> Any:
        response = self._http.request(method, f"/_sandbox{path}", json=body)
        response.raise_for_status()
        return response.json() if response.content else None

    def reset(self, seed: str = "empty") -> None:
        """Wipe data and faults (the clock stays), then load ``seed``."""
        self._send("POST", "/reset", {"Seed": seed})

    def load_seed(self, seed: str) -> None:
        """Add a seed's objects to the current data."""
        self._send("POST", "/seed", {"Seed": seed})

    def set_clock(self, when: datetime, *, frozen: bool = True) -> None:
        """Set the sandbox clock (frozen by default, for deterministic tests)."""
        self._send("PUT", "/clock", {"Now": when.isoformat(), "Frozen": frozen})

    def advance_clock(self, seconds: float) -> None:
        """Move the sandbox clock forward."""
        self._send("PUT", "/clock", {"AdvanceS": seconds})

    def now(self) -> datetime:
        """Return the sandbox's current time."""
        return datetime.fromisoformat(self._send("GET", "/clock")["Now"])

    def add_fault(
        self,
        method: str,
        path: str,
        *,
        status: int | None = None,
        retry_after_s: int | None = None,
        latency_s: float = 0.0,
        lose_response: bool = False,
        reset: bool = False,
        latency_after_commit: bool = False,
        times: int | None = None,
    ) -> int:
        """Add a fault rule and return its id (effects: see :mod:`packstation.sandbox.faults`)."""
        rule = {
            "Method": method,
            "Path": path,
            "Status": status,
            "RetryAfterS": retry_after_s,
            "LatencyS": latency_s,
            "LoseResponse": lose_response,
            "Reset": reset,
            "LatencyAfterCommit": latency_after_commit,
            "Times": times,
        }
        return int(self._send("POST", "/faults", rule)["Id"])

    def faults(self) -> list[dict[str, Any]]:
        """Return the active fault rules."""
        return list(self._send("GET", "/faults"))

    def remove_fault(self, rule_id: int) -> None:
        """Remove one fault rule (it must still be active)."""
        self._send("DELETE", f"/faults/{rule_id}")

    def clear_faults(self) -> None:
        """Remove every fault rule."""
        self._send("DELETE", "/faults")

    def force_state(self, reference: str, state: str) -> None:
        """Put a consignment into any state (carrier-side states, training)."""
        self._send("PUT", f"/consignments/{reference}/state", {"State": state})

    def requests_in_flight(self) -> int:
        """Return how many PRO requests the sandbox is still working on (delayed ones too)."""
        return int(self._send("GET", "/health")["InFlight"])

    def wait_until_idle(self, limit_s: float = IDLE_WAIT_LIMIT_S) -> None:
        """Wait until no PRO request is in flight, e.g. one a client gave up on that still runs.

        Raises ``TimeoutError`` after ``limit_s``.
        """
        deadline = time.monotonic() + limit_s
        while self.requests_in_flight() > 0:
            if time.monotonic() > deadline:
                raise TimeoutError(f"the sandbox was still busy after {limit_s} s")
            time.sleep(IDLE_POLL_S)

    def ledger(self) -> list[LedgerEntry]:
        """Return every committed create/allocate/manifest/cancel/labels, oldest first."""
        return [
            LedgerEntry(
                seq=int(row["Seq"]),
                kind=str(row["Kind"]),
                reference=str(row["Reference"]),
                customer_reference=str(row["CustomerReference"]),
                at=str(row["At"]),
            )
            for row in self._send("GET", "/ledger")
        ]

    def duplicates(self) -> list[tuple[str, str]]:
        """Return what was charged twice: see :func:`duplicates_in`."""
        return duplicates_in(self.ledger())

    def pick_sheet(self) -> bytes:
        """Return the pick sheet PDF."""
        response = self._http.get("/_sandbox/picksheet.pdf")
        response.raise_for_status()
        return response.content


@contextmanager
def running_sandbox(
    *, seed: str = "empty", frozen_at: datetime | None = None, api_key: str | None = None
) -> Iterator[tuple[SandboxServer, SandboxControl]]:
    """Start a sandbox on a free loopback port and stop it afterwards."""
    with SandboxServer(seed="empty" if frozen_at else seed, api_key=api_key) as server:
        control = SandboxControl(server.base_url)
        try:
            if frozen_at is not None:
                control.set_clock(frozen_at)
                control.reset(seed)
            yield server, control
        finally:
            control.close()
