"""The faults a virtual printer can be told to have, and how one setting is read from text.

The same names serve the Python API (``VirtualPrinter.set_faults(head_open=True)``), the
command line (``--head-open``) and the control channel (``set head_open 1``).
"""

from __future__ import annotations

from dataclasses import dataclass, fields, replace
from typing import Any

from packstation.errors import UserFacingError


class FaultSettingError(UserFacingError):
    """A control command names an unknown fault or gives it a value of the wrong kind."""


@dataclass(frozen=True)
class VirtualPrinterFaults:
    """What is wrong with the virtual printer right now.

    ``paper_out_after``: labels left on the roll; when a label is due and none is left the
    printer reports paper out and holds the label (``None`` = endless paper).
    ``paper_out`` / ``head_open`` / ``paused``: the printer holds every label while set.
    ``slow_s``: time each label takes to print.
    ``refuse``: the printer port refuses connections (the listening socket is closed).
    ``reset_after``: a connection is reset when it brings a label after this many
    (``0`` resets at the first label; ``None`` = never).
    """

    paper_out_after: int | None = None
    paper_out: bool = False
    head_open: bool = False
    paused: bool = False
    slow_s: float = 0.0
    refuse: bool = False
    reset_after: int | None = None

    def describe(self) -> str:
        """``name=value`` pairs for the control channel's answers."""
        return " ".join(f"{name}={_show(getattr(self, name))}" for name in fault_names())

    def with_setting(self, name: str, text: str) -> VirtualPrinterFaults:
        """Return a copy with fault ``name`` set from its text form (``1``, ``0.5``, ``none``)."""
        if name not in fault_names():
            raise FaultSettingError(
                f"unknown fault {name!r}; known: {', '.join(fault_names())}", retryable=False
            )
        return replace(self, **{name: _read_value(name, text)})


def fault_names() -> tuple[str, ...]:
    """Return the names of all faults, in declaration order."""
    return tuple(field.name for field in fields(VirtualPrinterFaults))


def _show(value: Any) -> str:
    if value is None:
        return "none"
    if isinstance(value, bool):
        return "1" if value else "0"
    return f"{value:g}" if isinstance(value, float) else str(value)


def _read_value(name: str, text: str) -> Any:
    lowered = text.strip().lower()
    if name in ("paper_out_after", "reset_after"):
        if lowered in ("none", "off", ""):
            return None
        if not lowered.isdigit():
            raise FaultSettingError(f"{name} takes a label count or 'none', not {text!r}")
        return int(lowered)
    if name == "slow_s":
        try:
            seconds = float(lowered)
        except ValueError as error:
            raise FaultSettingError(f"slow_s takes seconds, not {text!r}") from error
        if not 0 <= seconds <= 3600:
            raise FaultSettingError(f"slow_s must be between 0 and 3600, not {text!r}")
        return seconds
    if lowered in ("1", "on", "true", "yes"):
        return True
    if lowered in ("0", "off", "false", "no"):
        return False
    raise FaultSettingError(f"{name} takes 1 or 0, not {text!r}")
