"""What the virtual scale shows, how it says it, and the control lines that change it.

Control lines are plain text, one per line, accepted on the scale's own port (so one ``nc``
session can both weigh and change the weight). Words are case-insensitive:

- ``SET 2.345``: put 2.345 kg on the platter (a negative number is below zero)
- ``STABLE`` / ``UNSTABLE``: the weight has settled / is still moving
- ``OVERLOAD`` / ``UNDERLOAD`` / ``INRANGE``: out of range above or below, or back to normal
- ``UNIT kg|g|lb|oz``: the unit the scale reports in
- ``SILENT`` / ``ANSWER``: stop answering (and streaming) weights / start again
- ``STATUS``: report the state without changing it

Each control line is answered with ``OK weight_kg=… stable=… range=… unit=… silent=…``, or
``ERR reason`` for a bad one. Neither looks like a weight answer in either protocol, so a reader
sharing the connection skips them.
"""

from __future__ import annotations

import enum
import threading
from dataclasses import dataclass, replace
from decimal import Decimal, InvalidOperation

from packstation.devices.units import from_kg, normalise_unit

_DECIMALS = {"kg": 3, "g": 1, "mg": 0, "lb": 3, "oz": 2}
_CONTROL_WORDS = frozenset(
    {"SET", "STABLE", "UNSTABLE", "OVERLOAD", "UNDERLOAD", "INRANGE", "UNIT", "SILENT", "ANSWER"}
    | {"STATUS"}
)


class ScaleRange(enum.Enum):
    """Whether the load is within the scale's range."""

    OK = "ok"
    OVER = "over"
    UNDER = "under"


@dataclass(frozen=True)
class ScaleSnapshot:
    """The virtual scale's display at one moment."""

    weight_kg: Decimal = Decimal("0")
    stable: bool = True
    range: ScaleRange = ScaleRange.OK
    unit: str = "kg"
    silent: bool = False

    def value_text(self) -> str:
        """Return the weight in the scale's unit, with the usual decimals for that unit."""
        value = from_kg(self.weight_kg, self.unit)
        return f"{value:.{_DECIMALS[self.unit]}f}"

    def describe(self) -> str:
        """Return the ``OK …`` answer to a control line."""
        return (
            f"OK weight_kg={self.weight_kg} stable={'yes' if self.stable else 'no'} "
            f"range={self.range.value} unit={self.unit} silent={'yes' if self.silent else 'no'}"
        )


class VirtualScaleState:
    """The shared, thread-safe state every connection of the virtual scale reads."""

    def __init__(self, snapshot: ScaleSnapshot | None = None) -> None:
        self._snapshot = snapshot or ScaleSnapshot()
        self._lock = threading.Lock()

    def snapshot(self) -> ScaleSnapshot:
        """Return the current display."""
        with self._lock:
            return self._snapshot

    def update(self, **changes: object) -> ScaleSnapshot:
        """Change fields of the display (``weight_kg``, ``stable``, ``range``, ``unit``…)."""
        if "unit" in changes:
            unit = normalise_unit(str(changes["unit"]))
            if unit is None:
                raise ValueError(f"unknown unit {changes['unit']!r}")
            changes["unit"] = unit
        if "weight_kg" in changes:
            changes["weight_kg"] = Decimal(str(changes["weight_kg"]))
        with self._lock:
            self._snapshot = replace(self._snapshot, **changes)  # type: ignore[arg-type]
            return self._snapshot


def is_control_line(line: str) -> bool:
    """Return whether ``line`` is a control line rather than something for the scale itself."""
    words = line.split()
    return bool(words) and words[0].upper() in _CONTROL_WORDS


def apply_control(state: VirtualScaleState, line: str) -> str:
    """Apply one control line and return the answer to send back."""
    word, _, argument = line.strip().partition(" ")
    word, argument = word.upper(), argument.strip()
    try:
        snapshot = _apply(state, word, argument)
    except (ValueError, InvalidOperation) as error:
        return f"ERR {word} {argument}: {error or 'bad value'}".replace("  ", " ")
    return snapshot.describe()


def _apply(state: VirtualScaleState, word: str, argument: str) -> ScaleSnapshot:
    simple: dict[str, dict[str, object]] = {
        "STABLE": {"stable": True},
        "UNSTABLE": {"stable": False},
        "OVERLOAD": {"range": ScaleRange.OVER},
        "UNDERLOAD": {"range": ScaleRange.UNDER},
        "INRANGE": {"range": ScaleRange.OK},
        "SILENT": {"silent": True},
        "ANSWER": {"silent": False},
        "STATUS": {},
    }
    if word in simple:
        return state.update(**simple[word])
    if word == "SET":
        weight_kg = Decimal(argument)
        if not weight_kg.is_finite():
            raise ValueError("the weight must be a number of kg")
        return state.update(weight_kg=weight_kg)
    return state.update(unit=argument)
