"""Asks the label printer how it is while the bench waits, so a fault shows before the next scan.

Every :data:`IDLE_CHECK_MS` while the Pack screen shows and no pack is under way, the printer is
asked on its own lane (never the GUI thread); the Devices screen asks through :meth:`ask_now`.
What it answers goes out as :attr:`answered`; a change between ready and not ready goes out as
:attr:`changed`, once per change, so a printer out of paper is said once and not every few
seconds.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from packstation.domain.labels import PrinterCondition
from packstation.domain.ports import LabelPrinter
from packstation.domain.sentences import Sentence
from packstation.errors import UserFacingError
from packstation.gui import tasks

IDLE_CHECK_MS = 15_000


class PrinterWatch(QObject):
    """Polls the label printer between packs; reports answers and changes of readiness."""

    answered = Signal(object)  # PrinterCondition
    changed = Signal(object)  # PrinterCondition, when ready turned to not ready or back

    def __init__(
        self,
        runner: tasks.TaskRunner,
        ask: Callable[[LabelPrinter], PrinterCondition],
        printer: Callable[[], LabelPrinter],
        may_ask: Callable[[], bool],
        report_bug: Callable[[BaseException], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._runner = runner
        self._ask = ask
        self._printer = printer
        self._may_ask = may_ask
        self._report_bug = report_bug
        self._asking = False
        self.last: PrinterCondition | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(IDLE_CHECK_MS)
        self.timer.timeout.connect(self.on_timer_timeout)

    @Slot()
    def on_timer_timeout(self) -> None:
        """Ask the printer, unless the bench is busy (see ``may_ask``)."""
        if self._may_ask():
            self.ask_now()

    def ask_now(self) -> None:
        """Ask the printer now on its lane (the Devices screen too), unless a question is out."""
        if self._asking or self._runner.closed:
            return
        printer = self._printer()
        self._asking = True
        self._runner.submit(
            tasks.printer_lane(printer.name),
            lambda: self._ask(printer),
            self._on_answer,
            self._on_failure,
        )

    def _on_answer(self, condition: PrinterCondition) -> None:
        self._asking = False
        self._take(condition)

    def _take(self, condition: PrinterCondition) -> None:
        """Take an answer the printer gave: say it, and say a change of readiness."""
        before = self.last
        self.last = condition
        self.answered.emit(condition)
        was_ready = before is None or before.ready is not False
        if condition.ready is False and was_ready or condition.ready and not was_ready:
            self.changed.emit(condition)

    def _on_failure(self, error: BaseException) -> None:
        self._asking = False
        if not isinstance(error, UserFacingError):
            self._report_bug(error)
            return
        self._take(PrinterCondition(Sentence("not reachable: %1", str(error)), ready=False))

    def forget(self) -> None:
        """Drop the last answer: a label just printed and confirmed says more than it did."""
        self.last = None
