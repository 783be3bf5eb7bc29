"""The task runner: every service call leaves the GUI thread, every answer comes back to it.

Work runs in ``concurrent.futures`` lanes: the engine lane for API and engine calls, one
single-thread lane per printer (a jammed printer never blocks anything else), one for journal
reads, and small lanes for label previews, the scale and the warm-up after start. Each finished
task is delivered on the GUI thread through a queued signal connected to a bound method of this
GUI-thread QObject.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, Signal, Slot

logger = logging.getLogger(__name__)

ENGINE = "engine"
JOURNAL = "journal"
PREVIEW = "preview"
SCALE = "scale"
WARM_UP = "warm-up"

# The engine serialises its steps itself and refuses a scan of a code still in flight; a second
# worker lets that refusal come back at once instead of queueing the duplicate behind the first.
_ENGINE_WORKERS = 2

ErrorHandler = Callable[[BaseException], None]


def printer_lane(printer_name: str) -> str:
    """Return the lane name of one physical printer."""
    return f"printer:{printer_name}"


@dataclass(frozen=True)
class _Delivery:
    """A finished task travelling back to the GUI thread."""

    future: Future[Any]
    on_done: Callable[[Any], None]
    on_error: ErrorHandler | None


class TaskRunner(QObject):
    """Runs callables in named lanes and calls back on the GUI thread.

    ``unhandled`` receives errors of tasks submitted without ``on_error`` (the crash dialog).
    Lanes are created on first use; :meth:`shutdown` stops them all.
    """

    delivered = Signal(object)

    def __init__(self, unhandled: ErrorHandler, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._unhandled = unhandled
        self._lanes: dict[str, ThreadPoolExecutor] = {}
        self._closed = False
        self.delivered.connect(self.on_runner_delivered)

    @property
    def closed(self) -> bool:
        """Whether :meth:`shutdown` was called."""
        return self._closed

    def submit(
        self,
        lane: str,
        work: Callable[[], Any],
        on_done: Callable[[Any], None],
        on_error: ErrorHandler | None = None,
    ) -> Future[Any]:
        """Run ``work`` in ``lane``; call ``on_done(result)`` or ``on_error(error)`` on the GUI."""
        if self._closed:
            raise RuntimeError("the task runner is shut down")
        future = self._lane(lane).submit(work)
        delivery = _Delivery(future, on_done, on_error)
        future.add_done_callback(lambda _: self._send(delivery))
        return future

    def shutdown(self, *, wait: bool = True) -> None:
        """Stop every lane; queued tasks are cancelled, running ones finish (``wait``)."""
        self._closed = True
        lanes, self._lanes = self._lanes, {}
        for executor in lanes.values():
            executor.shutdown(wait=wait, cancel_futures=True)

    def _lane(self, name: str) -> ThreadPoolExecutor:
        if name not in self._lanes:
            workers = _ENGINE_WORKERS if name == ENGINE else 1
            self._lanes[name] = ThreadPoolExecutor(workers, thread_name_prefix=f"lane-{name}")
        return self._lanes[name]

    def _send(self, delivery: _Delivery) -> None:
        # Runs on the worker thread: the queued signal carries the result to the GUI thread.
        if not self._closed:
            self.delivered.emit(delivery)

    @Slot(object)
    def on_runner_delivered(self, delivery: _Delivery) -> None:
        """Call the task's callback (GUI thread)."""
        if self._closed or delivery.future.cancelled():
            return
        error = delivery.future.exception()
        if error is None:
            delivery.on_done(delivery.future.result())
        elif delivery.on_error is not None:
            delivery.on_error(error)
        else:
            self._unhandled(error)
