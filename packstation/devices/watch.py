"""Live weight for the window: bounded polls of any ``Scale`` that never raise a packer error.

:func:`poll_scale` turns one read into a :class:`ScaleStatus` (a reading, or the error in words);
:func:`watch_scale` repeats it until a stop event is set. Each poll is bounded by the scale's own
read timeout, so a task runner can call :func:`poll_scale` again and again without ever hanging.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from dataclasses import dataclass

from packstation.devices.errors import ScaleDisconnectedError
from packstation.domain.ports import Scale, WeightReading
from packstation.errors import UserFacingError


@dataclass(frozen=True)
class ScaleStatus:
    """What the scale showed at one poll: a reading, or why there is none."""

    reading: WeightReading | None
    error: UserFacingError | None = None

    @property
    def connected(self) -> bool:
        """Whether the scale answered (possibly with an error such as overload)."""
        return not isinstance(self.error, ScaleDisconnectedError)

    @property
    def message(self) -> str:
        """The text for the packer: the weight with its stability, or the error."""
        if self.error is not None:
            return self.error.message
        assert self.reading is not None
        state = "stable" if self.reading.stable else "settling"
        return f"{self.reading.weight_kg.normalize():f} kg ({state})"


def poll_scale(scale: Scale) -> ScaleStatus:
    """Read ``scale`` once; packer-facing errors are returned in the status, bugs propagate."""
    try:
        return ScaleStatus(reading=scale.read())
    except UserFacingError as error:
        return ScaleStatus(reading=None, error=error)


def watch_scale(
    scale: Scale, stop: threading.Event, *, interval_s: float = 0.2
) -> Iterator[ScaleStatus]:
    """Yield a status every ``interval_s`` (plus the read itself) until ``stop`` is set."""
    while not stop.is_set():
        yield poll_scale(scale)
        if stop.wait(interval_s):
            return
