"""What every handler receives (``Call``) and returns (``Reply``); the shared sandbox state."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from packstation.sandbox.clock import Clock
from packstation.sandbox.faults import FaultBook
from packstation.sandbox.store import Store, Transaction


@dataclass
class SandboxState:
    """The long-lived parts of one running sandbox."""

    store: Store
    clock: Clock = field(default_factory=Clock)
    faults: FaultBook = field(default_factory=FaultBook)
    api_key: str | None = None


@dataclass
class Call:
    """One request as a handler sees it, inside its own database transaction."""

    tx: Transaction
    state: SandboxState
    now: datetime
    base_url: str
    path: dict[str, str]
    query: dict[str, str]
    body: Any

    def query_value(self, name: str) -> str | None:
        """Return a query parameter by case-insensitive name."""
        return self.query.get(name.lower())


@dataclass
class Reply:
    """A handler's answer: JSON (``body``), raw bytes, or an empty body."""

    status: int = 200
    body: Any = None
    empty: bool = False
    raw: bytes | None = None
    media_type: str = "application/json; charset=utf-8"


def empty(status: int = 200) -> Reply:
    """Return an empty answer (PRO's bare ``200``)."""
    return Reply(status=status, empty=True)


def json_reply(body: Any, status: int = 200) -> Reply:
    """Return a JSON answer."""
    return Reply(status=status, body=body)


Handler = Callable[[Call], Reply]
