"""Deliberate faults per endpoint: error status (with Retry-After), latency, lost response, reset.

``lose_response`` lets the handler commit and then drops the connection; ``reset`` drops it before
the handler runs, so nothing commits. ``latency_s`` delays the request before the handler, or,
with ``latency_after_commit``, holds back the committed answer (a client timeout after commit).

A rule matches a method (or ``*``) and a path glob (case-insensitive, ``*`` crosses ``/``); it
fires a limited number of times (``times``) or until removed.
"""

from __future__ import annotations

import fnmatch
import itertools
import threading
from dataclasses import dataclass, replace
from typing import Any

ERROR_STATUSES = (429, 500, 502, 503)


@dataclass(frozen=True)
class FaultRule:
    """One fault: what it matches, what it does, how often."""

    method: str
    path: str
    status: int | None = None
    retry_after_s: int | None = None
    latency_s: float = 0.0
    lose_response: bool = False
    times: int | None = None
    rule_id: int = 0
    reset: bool = False
    latency_after_commit: bool = False

    def matches(self, method: str, path: str) -> bool:
        """Return whether the rule applies to this request."""
        if self.method != "*" and self.method.upper() != method.upper():
            return False
        return fnmatch.fnmatchcase(path.lower(), self.path.lower())

    def to_wire(self) -> dict[str, Any]:
        """Return the control API's JSON form."""
        return {
            "Id": self.rule_id,
            "Method": self.method,
            "Path": self.path,
            "Status": self.status,
            "RetryAfterS": self.retry_after_s,
            "LatencyS": self.latency_s,
            "LoseResponse": self.lose_response,
            "Reset": self.reset,
            "LatencyAfterCommit": self.latency_after_commit,
            "Times": self.times,
        }


def rule_from_wire(data: dict[str, Any]) -> FaultRule:
    """Build a rule from the control API's JSON; raise ``ValueError`` when it makes no sense."""
    status = data.get("Status")
    if status is not None and int(status) not in ERROR_STATUSES:
        raise ValueError(f"Status must be one of {ERROR_STATUSES}")
    rule = FaultRule(
        method=str(data.get("Method") or "*").upper(),
        path=str(data.get("Path") or "*"),
        status=int(status) if status is not None else None,
        retry_after_s=int(data["RetryAfterS"]) if data.get("RetryAfterS") is not None else None,
        latency_s=float(data.get("LatencyS") or 0.0),
        lose_response=bool(data.get("LoseResponse")),
        times=int(data["Times"]) if data.get("Times") is not None else None,
        reset=bool(data.get("Reset")),
        latency_after_commit=bool(data.get("LatencyAfterCommit")),
    )
    if rule.status is None and not (rule.lose_response or rule.reset) and rule.latency_s <= 0:
        raise ValueError("A fault needs Status, LatencyS, LoseResponse or Reset")
    if sum((rule.status is not None, rule.lose_response, rule.reset)) > 1:
        raise ValueError("A fault answers an error status, loses the response or resets: one")
    if rule.latency_after_commit and (rule.status is not None or rule.latency_s <= 0):
        raise ValueError("LatencyAfterCommit needs LatencyS and no Status")
    if rule.times is not None and rule.times < 1:
        raise ValueError("Times must be at least 1")
    return rule


def parse_fault_spec(spec: str) -> FaultRule:
    """Parse the command-line form ``METHOD PATH EFFECT [xN]``.

    EFFECT is an error status (``503``), ``429@SECONDS`` (with Retry-After), ``lost``, ``reset``,
    ``latency=SECONDS`` (before the handler) or ``late=SECONDS`` (answer held back after the
    handler committed); ``xN`` limits the rule to N firings, for example
    ``"PUT /allocation/* lost x1"``.
    """
    parts = spec.split()
    if len(parts) not in (3, 4):
        raise ValueError(f"fault must be 'METHOD PATH EFFECT [xN]': {spec!r}")
    data: dict[str, Any] = {"Method": parts[0], "Path": parts[1]}
    effect = parts[2].lower()
    if effect == "lost":
        data["LoseResponse"] = True
    elif effect == "reset":
        data["Reset"] = True
    elif effect.startswith("late="):
        data["LatencyS"], data["LatencyAfterCommit"] = float(effect.split("=", 1)[1]), True
    elif effect.startswith("latency="):
        data["LatencyS"] = float(effect.split("=", 1)[1])
    elif "@" in effect:
        status, retry_after = effect.split("@", 1)
        data["Status"], data["RetryAfterS"] = int(status), int(retry_after)
    else:
        data["Status"] = int(effect)
    if len(parts) == 4:
        if not parts[3].lower().startswith("x"):
            raise ValueError(f"count must look like x2: {parts[3]!r}")
        data["Times"] = int(parts[3][1:])
    return rule_from_wire(data)


class FaultBook:
    """The active fault rules; thread-safe because handlers run on worker threads."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._rules: list[FaultRule] = []
        self._ids = itertools.count(1)
        self._in_flight = 0

    def request_started(self) -> None:
        """Count a PRO request the sandbox is working on (delayed ones included)."""
        with self._lock:
            self._in_flight += 1

    def request_finished(self) -> None:
        """Count a PRO request as answered, dropped or abandoned."""
        with self._lock:
            self._in_flight -= 1

    @property
    def in_flight(self) -> int:
        """PRO requests not finished yet: a test waits for zero before reading the ledger."""
        with self._lock:
            return self._in_flight

    def add(self, rule: FaultRule) -> FaultRule:
        """Activate a rule and return it with its id."""
        with self._lock:
            stored = replace(rule, rule_id=next(self._ids))
            self._rules.append(stored)
            return stored

    def remove(self, rule_id: int) -> bool:
        """Remove one rule; return whether it existed."""
        with self._lock:
            before = len(self._rules)
            self._rules = [rule for rule in self._rules if rule.rule_id != rule_id]
            return len(self._rules) != before

    def clear(self) -> None:
        """Remove every rule."""
        with self._lock:
            self._rules.clear()

    def rules(self) -> list[FaultRule]:
        """Return the active rules."""
        with self._lock:
            return list(self._rules)

    def take(self, method: str, path: str) -> FaultRule | None:
        """Return the first rule matching the request and count one firing."""
        with self._lock:
            for index, rule in enumerate(self._rules):
                if not rule.matches(method, path):
                    continue
                if rule.times is not None:
                    if rule.times <= 1:
                        del self._rules[index]
                    else:
                        self._rules[index] = replace(rule, times=rule.times - 1)
                return rule
            return None
