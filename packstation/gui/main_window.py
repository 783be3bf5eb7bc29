"""The bench window: a shell that composes the screens, the status bar and the screen keys.

``app.py`` builds the services and hands them over as :class:`~packstation.gui.bench.BenchServices`;
this window builds nothing that talks to the world itself.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, Qt, QTimer, Slot
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QScrollArea,
    QStackedWidget,
    QWidget,
)

from packstation.domain.booking import CounterView
from packstation.domain.labels import PrinterCondition, PrintReport, PrintState
from packstation.domain.records import PackRecord, PackStage, ShiftGlance, shift_glance_of
from packstation.domain.session import PackView, Tone
from packstation.errors import UserFacingError
from packstation.gui import formatting as fmt
from packstation.gui import tasks
from packstation.gui.bench import BenchServices
from packstation.gui.close_shift_calls import CloseShiftCalls
from packstation.gui.counter_calls import CounterCalls
from packstation.gui.counter_screen import CounterScreen
from packstation.gui.crash import CrashDialog, LogTail, describe
from packstation.gui.device_log import SCALE, DeviceLog
from packstation.gui.engine_words import shown
from packstation.gui.label_previews import LabelPreviews
from packstation.gui.other_screens import (
    CounterUnavailableScreen,
    DevicesScreen,
    ShiftScreen,
)
from packstation.gui.pack_calls import PackCalls
from packstation.gui.pack_screen import PackScreen
from packstation.gui.printer_watch import PrinterWatch
from packstation.gui.recent_packs import LAST_HOUR
from packstation.gui.scale_watch import ScaleWatch
from packstation.gui.serial_scans import SerialScans
from packstation.gui.settings_calls import SettingsCalls
from packstation.gui.settings_screen import SettingsScreen
from packstation.gui.sounds import SoundPlayer
from packstation.gui.stalls import StallWatch
from packstation.services.close_shift import ClosePlan

logger = logging.getLogger(__name__)

PRINTER_POLL_MS = 3000
"""How often the Devices screen asks the label printer for its status while it shows."""
# Item padding in the style sheet (2 x 10 px), the view's text margins, frame and spacing.
_SCREEN_NAME_MARGINS_PX = 44


class MainWindow(QMainWindow):
    """Pack (F1), Counter (F2), Shift (F3), Devices (F4) and Settings (F5) screens."""

    def __init__(
        self,
        bench: BenchServices,
        *,
        log_tail: LogTail | None = None,
        watch_stalls: bool = False,
    ) -> None:
        super().__init__()
        self.bench = bench
        self._log_tail = log_tail
        self.crash_dialog: CrashDialog | None = None
        self.device_log = DeviceLog()
        self.runner = tasks.TaskRunner(self.report_bug, self)
        self.sounds = SoundPlayer(bench.settings.ui.sounds, self)
        self.stall_watch = StallWatch(parent=self) if watch_stalls else None
        self.pack = PackScreen(
            bench.settings.scanner.suffix,
            self.sounds,
            spare_printer=bool(bench.spare_label_printers),
        )
        self.pack_calls = PackCalls(bench, self.runner, self.pack, self.report_bug)
        self.counter_calls: CounterCalls | None = None
        self.counter = self._counter_screen()
        self.shift = ShiftScreen()
        self.close_calls = CloseShiftCalls(
            bench, self.runner, self.shift.close_panel, self.report_bug, self.shift.checked_by_hand
        )
        self.close_calls.closed.connect(self.on_close_calls_closed)
        self.shift.pack_chosen.connect(self.on_shift_pack_chosen)
        self.devices = DevicesScreen()
        self.printer_poll = QTimer(self)
        self.printer_poll.setInterval(PRINTER_POLL_MS)
        self.printer_poll.timeout.connect(self.on_printer_poll_timeout)
        self._warm_up_waits = False
        self.printer_watch = self._printer_watch()
        self.serial_scans = (
            SerialScans(bench.serial_scanner, self) if bench.serial_scanner else None
        )
        if self.serial_scans is not None:
            self.serial_scans.scanned.connect(self.on_serial_scans_scanned)
            self.serial_scans.state_changed.connect(self.on_serial_scans_state_changed)
        self.devices.test_print_button.setEnabled(bench.test_print is not None)
        self.devices.test_print_button.clicked.connect(self.on_test_print_clicked)
        self.settings_screen = SettingsScreen(bench.settings)
        self.settings_calls = SettingsCalls(
            bench.loaded_settings,
            bench.settings,
            self.runner,
            self.settings_screen,
            self.report_bug,
        )
        self.scale_watch = self._scale_watch()
        self.screens = QStackedWidget()
        self.screen_list = QListWidget()
        self._build_screens()
        self._build_status_bar()
        self.setWindowTitle(self._title())
        self.resize(1280, 800)

    def _counter_screen(self) -> QWidget:
        desk = self.bench.counter
        if desk is None:
            return CounterUnavailableScreen()
        screen = CounterScreen(self.sounds)
        previews = LabelPreviews(
            self.runner, self.bench.label_preview, screen.labels, self.report_bug
        )

        def shown(view: CounterView) -> None:
            previews.show(view.pack)
            for report in (view.pack.print_report, view.receipt_report):
                if report is not None:
                    self.device_log.printed(report, self.bench.clock.now())

        self.counter_calls = CounterCalls(desk, self.runner, screen, self.report_bug, shown)
        return screen

    def _printer_watch(self) -> PrinterWatch | None:
        ask = self.bench.printer_status
        if ask is None:
            return None
        watch = PrinterWatch(
            self.runner,
            ask,
            lambda: self.bench.engine.devices.labels,
            self._may_check_printer,
            self.report_bug,
            self,
        )
        watch.answered.connect(self.on_printer_watch_answered)
        watch.changed.connect(self.on_printer_watch_changed)
        return watch

    def _may_check_printer(self) -> bool:
        """Between packs on the Pack screen, and on the Counter screen (which prints labels too)."""
        screen = self.current_screen()
        if screen is self.pack:
            return self.pack_calls.at_rest
        return isinstance(screen, CounterScreen)

    def _scale_watch(self) -> ScaleWatch | None:
        if self.bench.read_scale is None:
            return None
        entries = [self.pack.parcel_entry]
        if isinstance(self.counter, CounterScreen):
            entries.append(self.counter.form.parcel)
        return ScaleWatch(self.runner, self.bench.read_scale, entries, self.report_bug, self)

    def _title(self) -> str:
        title = self.tr("Packstation — %1").replace("%1", self.bench.settings.station.name)
        return f"{title} — {self.tr('DEMO')}" if self.bench.demo else title

    def _build_screens(self) -> None:
        self.screen_list.setObjectName("screenList")
        self.screen_list.setAccessibleName(self.tr("Screens"))
        self.screen_list.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.screen_list.setFixedWidth(190)
        self.screen_list.setSpacing(4)
        named = (
            (self.pack, self.tr("F1  Pack")),
            (self.counter, self.tr("F2  Counter")),
            (self.shift, self.tr("F3  Shift")),
            (self.devices, self.tr("F4  Devices")),
            (self.settings_screen, self.tr("F5  Settings")),
        )
        for number, (screen, name) in enumerate(named, start=1):
            self.screens.addWidget(screen if screen is self.pack else _scrolling(screen))
            self.screen_list.addItem(name)
            shortcut = QShortcut(QKeySequence(f"F{number}"), self)
            shortcut.activated.connect(lambda index=number - 1: self.show_screen(index))
        self.screen_list.currentRowChanged.connect(self.show_screen)
        # Wider than 190 px only when a screen name needs it (a longer language, a larger font);
        # measured from the font, as asking the items would lay them out before the style sheet.
        longest = max(self.screen_list.fontMetrics().horizontalAdvance(n) for _, n in named)
        self.screen_list.setFixedWidth(max(190, longest + _SCREEN_NAME_MARGINS_PX))
        central = QWidget()
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.screen_list)
        row.addWidget(self.screens, 1)
        self.setCentralWidget(central)
        self.screen_list.setCurrentRow(0)

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        bar.setSizeGripEnabled(False)
        if self.bench.demo:
            badge = QLabel(self.tr(" DEMO "))
            badge.setObjectName("demoBadge")
            badge.setAccessibleName(self.tr("Demo mode"))
            bar.addWidget(badge)
        self.printer_status = QLabel()
        self.api_status = QLabel(self.tr("API: %1").replace("%1", self.bench.settings.api.base_url))
        self.scale_status = QLabel()
        self.busy_status = QLabel()
        for label in (self.printer_status, self.api_status, self.scale_status, self.busy_status):
            bar.addWidget(label)
        self.pack_calls.busy_changed.connect(self.on_pack_calls_busy_changed)
        if self.scale_watch is not None:
            self.scale_watch.reported.connect(self.on_scale_watch_reported)
        self.pack.view_shown.connect(self.on_pack_view_shown)
        self._last_print_state: PrintState | None = None
        self._show_printer()
        self.on_scale_watch_reported("", False)

    # -- life cycle --------------------------------------------------------------------------

    def start(self) -> None:
        """Load the sounds, show the engine's view and start the background work."""
        self.sounds.load()
        if self.stall_watch is not None:
            self.stall_watch.start()
        self.pack_calls.start()
        if self.scale_watch is not None:
            self.scale_watch.start()
        if self.serial_scans is not None:
            self.serial_scans.start()
        if self.bench.printer_status is not None:
            self.printer_poll.start()
        if self.printer_watch is not None:
            self.printer_watch.timer.start()
        self._show_devices()
        if self.bench.warm_up is not None:
            # Started once the window has the keyboard focus, i.e. is ready to scan: the warm-up
            # shares the interpreter with the GUI thread and would slow the first paint.
            self._application().focusChanged.connect(self.on_application_focus_changed)
            self._warm_up_waits = True

    @Slot(QWidget, QWidget)
    def on_application_focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        """Start the warm-up when this window first takes the focus."""
        if self._warm_up_waits and new is not None and new.window() is self:
            self._stop_waiting_for_focus()
            # After the focus events are handled (the focus frame painted, keys delivered).
            QTimer.singleShot(0, self, self._warm_up)

    def _stop_waiting_for_focus(self) -> None:
        if self._warm_up_waits:
            self._warm_up_waits = False
            self._application().focusChanged.disconnect(self.on_application_focus_changed)

    def _warm_up(self) -> None:
        """Run the station's warm-up in its own lane; a failure is a bug like any other."""
        if self.bench.warm_up is not None and not self.runner.closed:
            self.runner.submit(tasks.WARM_UP, self.bench.warm_up, lambda _: None)

    @staticmethod
    def _application() -> QApplication:
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        return app

    def shutdown(self) -> None:
        """Stop timers and lanes; a running call finishes (the journal stays consistent)."""
        self._stop_waiting_for_focus()
        if self.scale_watch is not None:
            self.scale_watch.stop()
        if self.serial_scans is not None:
            self.serial_scans.stop()
        self.printer_poll.stop()
        if self.printer_watch is not None:
            self.printer_watch.timer.stop()
        if self.stall_watch is not None:
            self.stall_watch.stop()
        if not self.runner.closed:
            self.runner.shutdown(wait=True)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        """Shut the lanes down with the window."""
        self.shutdown()
        super().closeEvent(event)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        """Give the scan field the focus back whenever the window is activated."""
        if event.type() == QEvent.Type.ActivationChange and self.isActiveWindow():
            if self.current_screen() is self.pack:
                self.pack.focus_input()
        super().changeEvent(event)

    # -- screens and status ------------------------------------------------------------------

    @Slot(int)
    def show_screen(self, index: int) -> None:
        """Switch to screen ``index`` (F1 = 0); the pack screen gets its focus back."""
        if self.screen_list.currentRow() != index:
            self.screen_list.setCurrentRow(index)
            return
        self.screens.setCurrentIndex(index)
        screen = self._screen_at(index)
        if screen is self.pack:
            self.pack.focus_input()
        elif isinstance(screen, CounterScreen):
            screen.form.fields["name"].setFocus(Qt.FocusReason.OtherFocusReason)
        elif screen is self.shift:
            self.shift.show_reading()
            self.runner.submit(tasks.JOURNAL, self._read_shift, self._on_shift_read)
        elif screen is self.devices:
            self._show_devices()

    def _screen_at(self, index: int) -> QWidget:
        page = self.screens.widget(index)
        inner = page.widget() if isinstance(page, QScrollArea) else page
        assert inner is not None, f"no screen {index}"
        return inner

    def current_screen(self) -> QWidget:
        """Return the screen shown now."""
        return self._screen_at(self.screens.currentIndex())

    def _read_shift(self) -> tuple[list[PackRecord], ShiftGlance, ClosePlan]:
        """Journal lane: the shift's packs, their counts, and what closing would leave open."""
        records = self.bench.shift_log.shift_packs()
        glance = shift_glance_of(records, 0, self.bench.clock.now() - LAST_HOUR)
        return records, glance, self.bench.shift_closer().plan()

    def _on_shift_read(self, read: tuple[list[PackRecord], ShiftGlance, ClosePlan]) -> None:
        records, glance, plan = read
        self.shift.show_packs(records, (glance.packed, glance.packed_since))
        unconfirmed = frozenset(
            record.reference for record in records if record.stage is PackStage.PRINT_UNCONFIRMED
        )
        self.shift.show_exceptions(plan.exceptions, unconfirmed)

    def _show_devices(self) -> None:
        self.devices.show_bench(self.bench, self.device_log)

    @Slot()
    def on_printer_poll_timeout(self) -> None:
        """While Devices shows, ask the label printer how it is (the watch asks on its lane)."""
        if self.printer_watch is not None and self.current_screen() is self.devices:
            self.printer_watch.ask_now()

    @Slot(object)
    def on_printer_watch_answered(self, condition: PrinterCondition) -> None:
        """Show the answer on the Devices screen, and in the status bar if it is not ready."""
        self.devices.show_device(self.tr("Label printer status"), shown(condition.words))
        self._show_printer()

    @Slot(object)
    def on_printer_watch_changed(self, condition: PrinterCondition) -> None:
        """Say on the Pack screen, between packs, that the printer stopped or is ready again.

        Elsewhere (the Counter screen) the status bar says it: a booking's prompt stays.
        """
        if self.current_screen() is not self.pack or not self.pack_calls.at_rest:
            return
        if condition.ready is False:
            self.pack.show_message(
                Tone.ATTENTION,
                self.tr("The label printer is %1.").replace("%1", shown(condition.words)),
                self.tr("Fix the printer before the next scan."),
            )
        else:
            self.pack.show_message(
                Tone.INFO,
                self.tr("The label printer is ready again."),
                self.tr("Scan the next parcel."),
            )

    @Slot(str)
    def on_serial_scans_scanned(self, text: str) -> None:
        """Handle a serial scan as a pack scan, whichever screen is showing."""
        self.show_screen(0)  # the pack screen
        self.pack_calls.on_scan_field_scanned(text)

    @Slot(str)
    def on_shift_pack_chosen(self, reference: str) -> None:
        """Open a pack the lead picked on the Shift screen: the Pack screen handles it as a scan."""
        self.show_screen(0)  # the pack screen
        self.pack_calls.on_scan_field_scanned(reference)

    @Slot(str)
    def on_serial_scans_state_changed(self, state: str) -> None:
        """Show the serial scanner's connection on the Devices screen."""
        self.devices.show_device(self.tr("Serial scanner"), state)

    @Slot()
    def on_test_print_clicked(self) -> None:
        """Print a test label on the label printer, on that printer's own lane."""
        test_print = self.bench.test_print
        if test_print is None:
            return
        printer = self.bench.engine.devices.labels
        self.devices.test_print_button.setEnabled(False)
        self.devices.status_line.setText(self.tr("Printing a test label…"))
        self.runner.submit(
            tasks.printer_lane(printer.name),
            lambda: test_print(printer),
            self._on_test_printed,
            self._on_test_print_failed,
        )

    def _on_test_printed(self, report: PrintReport) -> None:
        self.device_log.printed(report, self.bench.clock.now())
        self.devices.test_print_button.setEnabled(True)
        self.devices.status_line.setText(
            self.tr("Test label: %1. %2")
            .replace("%1", report.state.value)
            .replace("%2", report.message)
        )
        self._show_devices()

    def _on_test_print_failed(self, error: BaseException) -> None:
        self.devices.test_print_button.setEnabled(True)
        if not isinstance(error, UserFacingError):
            self.report_bug(error)
            return
        message = self.tr("Test label not printed: %1").replace("%1", str(error))
        self.devices.status_line.setText(message)

    @Slot()
    def on_close_calls_closed(self) -> None:
        """Reload what still shows the closed shift."""
        self.runner.submit(tasks.JOURNAL, self._read_shift, self._on_shift_read)
        self.pack_calls.refresh_recent()

    @Slot(object)
    def on_pack_view_shown(self, view: PackView) -> None:
        """Show what the printer last did."""
        report = view.print_report
        if report is not None:
            self.device_log.printed(report, self.bench.clock.now())
            if self.current_screen() is self.devices:
                self._show_devices()
            if report.state is PrintState.CONFIRMED and self.printer_watch is not None:
                self.printer_watch.forget()  # it printed and said so: it is ready now
        self._last_print_state = report.state if report is not None else None
        self._show_printer()

    def _show_printer(self) -> None:
        """Name the label printer: what it last said if that was a fault, else its last job."""
        name = self.bench.engine.devices.labels.name
        text = self.tr("Printer: %1").replace("%1", name)
        said = self.printer_watch.last if self.printer_watch is not None else None
        problem = said is not None and said.ready is False
        if said is not None and problem:
            text = f"{text} — {shown(said.words)}"
        elif self._last_print_state:
            text = f"{text} ({fmt.print_state(self._last_print_state)})"
        # Styled first, then the text: it is measured in the style it is shown in.
        self.printer_status.setProperty("problem", problem)
        self.printer_status.style().unpolish(self.printer_status)
        self.printer_status.style().polish(self.printer_status)
        self.printer_status.setText(text)

    @Slot(bool)
    def on_pack_calls_busy_changed(self, busy: bool) -> None:
        """Say in the status bar that a step runs."""
        self.busy_status.setText(self.tr("working…") if busy else "")

    @Slot(str, bool)
    def on_scale_watch_reported(self, reading: str, problem: bool = False) -> None:
        """Show the scale's last reading or problem."""
        if reading:
            self.device_log.scale(SCALE, reading, self.bench.clock.now(), problem=problem)
        if self.bench.read_scale is None:
            self.scale_status.setText(self.tr("Scale: none"))
            return
        shown = self.tr("problem") if problem else reading or "—"
        self.scale_status.setText(self.tr("Scale: %1").replace("%1", shown))

    # -- bugs --------------------------------------------------------------------------------

    def report_bug(self, error: BaseException) -> None:
        """Log a bug and show the crash dialog with the log tail (never a traceback in a banner)."""
        logger.error("program error", exc_info=error)
        self.crash_dialog = CrashDialog(describe(error, self._log_tail), self)
        self.crash_dialog.open()


def _scrolling(screen: QWidget) -> QScrollArea:
    """Wrap a screen so that a long one scrolls instead of making the window taller."""
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    area.setWidget(screen)
    return area
