"""A debug aid: log every event-loop stall longer than a limit.

A timer ticks at a short interval; when a tick arrives much later than due, something held the
GUI thread, and the lateness is logged. Enabled by the window's ``watch_stalls`` option.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Slot

logger = logging.getLogger(__name__)

STALL_LIMIT_S = 0.1
TICK_S = 0.025


class StallWatch(QObject):
    """Measures how late a heartbeat timer fires and logs stalls over ``limit_s``."""

    def __init__(
        self,
        limit_s: float = STALL_LIMIT_S,
        parent: QObject | None = None,
        monotonic: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__(parent)
        self._limit_s = limit_s
        self._monotonic = monotonic
        self._last_tick = 0.0
        self.stalls_s: list[float] = []
        self._timer = QTimer(self)
        self._timer.setInterval(int(TICK_S * 1000))
        self._timer.timeout.connect(self.on_timer_timeout)

    def start(self) -> None:
        """Begin watching."""
        self._last_tick = self._monotonic()
        self._timer.start()

    def stop(self) -> None:
        """Stop watching."""
        self._timer.stop()

    @Slot()
    def on_timer_timeout(self) -> None:
        """Compare this tick with the previous one and log a stall."""
        now = self._monotonic()
        late_s = now - self._last_tick - TICK_S
        self._last_tick = now
        if late_s > self._limit_s:
            self.stalls_s.append(late_s)
            logger.warning("event loop stalled for %.0f ms", late_s * 1000)
