"""What the Counter screen's keys and buttons do: counter-desk calls through the task runner."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, Slot
from PySide6.QtGui import QKeyEvent

from packstation.domain.booking import Booking, CounterView
from packstation.domain.session import Stage, Tone
from packstation.errors import UserFacingError
from packstation.gui import tasks
from packstation.gui.counter_screen import CounterScreen
from packstation.services.counter import CounterDesk


class CounterCalls(QObject):
    """Connects the Counter screen to a :class:`CounterDesk`."""

    def __init__(
        self,
        desk: CounterDesk,
        runner: tasks.TaskRunner,
        screen: CounterScreen,
        report_bug: Callable[[BaseException], None],
        preview: Callable[[CounterView], None],
    ) -> None:
        super().__init__(screen)
        self._desk = desk
        self._runner = runner
        self._screen = screen
        self._report_bug = report_bug
        self._preview = preview
        screen.options_button.clicked.connect(lambda: self._offer(desk.offer_delivery_options))
        screen.pickup_button.clicked.connect(lambda: self._offer(desk.offer_pickup_options))
        screen.quotes_button.clicked.connect(lambda: self._offer(desk.offer_quotes))
        screen.form.parcel.confirmed.connect(lambda: self._offer(desk.offer_quotes))
        screen.form.parcel.escaped.connect(self.on_counter_escaped)
        screen.form.parcel.refused.connect(
            lambda reason: screen.show_message(Tone.ATTENTION, reason)
        )
        screen.retry_button.clicked.connect(
            lambda: self._call(self.tr("Printing the missing labels again…"), desk.retry_print)
        )
        screen.receipt_button.clicked.connect(
            lambda: self._call(self.tr("Printing the receipt…"), desk.print_receipt_again)
        )
        screen.new_button.clicked.connect(self.on_counter_escaped)
        screen.choices.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        """Digits and Enter on the offers table book a row; Esc leaves the booking."""
        if watched is self._screen.choices and isinstance(event, QKeyEvent):
            if event.type() != QEvent.Type.KeyPress:
                return False
            text, key = event.text(), event.key()
            if text.isdigit() and text != "0":
                self._choose(int(text) - 1)
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._choose(self._screen.choices.selected_index())
                return True
            if key == Qt.Key.Key_Escape:
                self.on_counter_escaped()
                return True
        return super().eventFilter(watched, event)

    @Slot()
    def on_counter_escaped(self) -> None:
        """Leave the booking in progress and clear the form for the next customer."""
        self._call(self.tr("Leaving this booking…"), self._desk.abandon, clear=True)

    def _offer(self, offer: Callable[[Booking], CounterView]) -> None:
        try:
            booking = self._screen.form.booking()
        except ValueError as problem:
            self._screen.show_message(Tone.ATTENTION, str(problem))
            return
        self._call(self.tr("Asking SortedPRO…"), lambda: offer(booking))

    def _choose(self, index: int) -> None:
        view = self._screen.view
        if view is None or view.pack.stage is not Stage.CHOOSE_SERVICE:
            return
        self._call(
            self.tr("Booking choice %1…").replace("%1", str(index + 1)),
            lambda: self._desk.choose(index),
        )

    def _call(self, text: str, call: Callable[[], CounterView], *, clear: bool = False) -> None:
        self._screen.show_working(text)

        def done(view: CounterView) -> None:
            self._screen.show_view(view)
            self._preview(view)
            if clear:
                self._screen.form.clear()
                self._screen.show_idle()

        self._runner.submit(tasks.ENGINE, call, done, self._on_error)

    def _on_error(self, error: BaseException) -> None:
        if isinstance(error, UserFacingError):
            self._screen.show_message(Tone.FAILURE, str(error), self.tr("Try again."))
        else:
            self._report_bug(error)
