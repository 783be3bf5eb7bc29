"""The Counter screen: the booking form beside the offers, the label and the receipt."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Slot
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from packstation.domain.booking import CounterView
from packstation.domain.labels import PrintState
from packstation.domain.session import Stage, Tone
from packstation.gui.banner import StatusBanner
from packstation.gui.choice_table import ChoiceTable
from packstation.gui.counter_form import CounterForm
from packstation.gui.engine_words import shown
from packstation.gui.label_panel import LabelPanel
from packstation.gui.sounds import SoundPlayer

FOCUS_MARGIN_PX = 160


class CounterScreen(QWidget):
    """Form on the left; banner, offers, problems, labels and receipt status on the right."""

    def __init__(self, sounds: SoundPlayer, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Counter"))
        self.sounds = sounds
        self.view: CounterView | None = None
        self.form = CounterForm()
        self.banner = StatusBanner()
        self.options_button = QPushButton(self.tr("&Options"))
        self.pickup_button = QPushButton(self.tr("&Pickup"))
        self.quotes_button = QPushButton(self.tr("&Quotes"))
        self.retry_button = QPushButton(self.tr("&Retry label"))
        self.receipt_button = QPushButton(self.tr("Receipt &again"))
        self.new_button = QPushButton(self.tr("&New (Esc)"))
        self.choices = ChoiceTable()
        self.choices.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.problems = QListWidget()
        self.problems.setAccessibleName(self.tr("Things to fix"))
        self.problems.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.labels = LabelPanel()
        self.receipt_status = QLabel()
        self.receipt_status.setAccessibleName(self.tr("Receipt status"))
        self._lay_out()
        self.show_idle()

    def _lay_out(self) -> None:
        scroll = self.form_scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(self.form)
        # After the layout settles: a line or parcel just added has no place in the form yet.
        self._scroll_timer = QTimer(self)
        self._scroll_timer.setSingleShot(True)
        self._scroll_timer.setInterval(0)
        self._scroll_timer.timeout.connect(self.on_scroll_timer_timeout)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self.on_app_focus_changed)
        buttons = QHBoxLayout()
        for button in (
            self.options_button,
            self.pickup_button,
            self.quotes_button,
            self.retry_button,
            self.receipt_button,
            self.new_button,
        ):
            button.setAccessibleName(button.text().replace("&", ""))
            button.setToolTip(self.tr("Alt + the underlined letter"))
            buttons.addWidget(button)
        buttons.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(self.banner)
        right.addLayout(buttons)
        right.addWidget(self.choices, 2)
        right.addWidget(self.problems, 1)
        right.addWidget(self.labels, 2)
        right.addWidget(self.receipt_status)
        row = QHBoxLayout(self)
        row.addWidget(scroll, 1)
        row.addLayout(right, 1)

    @Slot(QWidget, QWidget)
    def on_app_focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        """Scroll the form to the field the cursor went to (a new parcel, a new contents line)."""
        if new is not None and self.form.isAncestorOf(new):
            self._scroll_timer.start()

    @Slot()
    def on_scroll_timer_timeout(self) -> None:
        """Bring the field with the cursor into view, with room for the parcel's heading."""
        focused = self.focusWidget()
        if focused is not None and self.form.isAncestorOf(focused):
            self.form_scroll.ensureWidgetVisible(focused, 20, FOCUS_MARGIN_PX)

    def show_idle(self) -> None:
        """Wait for a customer."""
        self.banner.show_tone(
            Tone.INFO,
            self.tr("Fill in the form, then ask for quotes, delivery options or pickup points."),
            self.tr("Enter in the form asks for quotes."),
        )
        self.choices.clear_rows()
        self.problems.setVisible(False)
        self.labels.show_labels(0)
        self.receipt_status.clear()
        self.retry_button.setVisible(False)
        self.receipt_button.setVisible(False)

    def show_view(self, view: CounterView) -> None:
        """Render one step of the counter desk."""
        self.view = view
        pack = view.pack
        self.banner.show_tone(pack.tone, shown(pack.message), shown(pack.next_action), pack.stage)
        if pack.tone is not Tone.INFO:
            self.sounds.play(pack.tone)
        if pack.choices and pack.stage is Stage.CHOOSE_SERVICE:
            self.choices.show_choices(pack.choices)
            self.choices.setFocus(Qt.FocusReason.OtherFocusReason)
        elif pack.stage is not Stage.CHOOSE_SERVICE:
            self.choices.clear_rows()
        self.problems.clear()
        self.problems.addItems([shown(problem) for problem in pack.problems])
        self.problems.setVisible(bool(pack.problems))
        self.retry_button.setVisible(pack.stage is Stage.PRINT_FAILED)
        report = view.receipt_report
        self.receipt_button.setVisible(view.receipt is not None)
        if report is None:
            self.receipt_status.setText("")
        elif report.state is PrintState.FAILED:
            self.receipt_status.setText(
                self.tr("Receipt not printed: %1").replace("%1", report.message or "failed")
            )
        else:
            self.receipt_status.setText(
                self.tr("Receipt printed on %1 (%2).")
                .replace("%1", report.printer)
                .replace("%2", report.state.value)
            )

    def show_message(self, tone: Tone, message: str, next_action: str = "") -> None:
        """Show a message of the window itself (bad input, an error)."""
        self.banner.show_tone(tone, message, next_action)
        self.sounds.play(tone)

    def show_working(self, text: str) -> None:
        """Show that a step runs."""
        self.banner.show_working(text)
