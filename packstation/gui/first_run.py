"""The first-run dialog: start the demo, or connect this station to SortedPRO.

Connecting asks for the environment, the API key (with a "test connection" that calls the API
and lists the shipping locations to choose from) and the label printer (with a test print).
What talks to the API or a printer is handed in by ``app.py`` as :class:`FirstRunActions`; the
dialog runs it off the GUI thread and saves the settings and the key itself.
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from packstation.config import (
    PRODUCTION_API_URL,
    SANDBOX_API_URL,
    ConfigError,
    StationSettings,
    save_settings,
)
from packstation.config import updated_settings as apply_changes
from packstation.domain.labels import PrintReport, PrintState
from packstation.errors import UserFacingError
from packstation.gui import formatting as fmt
from packstation.gui import tasks
from packstation.gui.theme import scaled_font
from packstation.secrets import store_api_key

SETUP_LANE = "setup"
Location = tuple[str, str]
"""A shipping location: (reference, name)."""


@dataclass(frozen=True)
class FirstRunActions:
    """What the dialog needs from the adapters (built by ``app.py``)."""

    list_locations: Callable[[str, str], list[Location]]
    """(API base URL, API key) -> the account's shipping locations; raises UserFacingError."""
    test_print: Callable[[str, str], PrintReport]
    """(printer URL, language) -> what a test label did; raises UserFacingError."""


class FirstRunChoice(enum.Enum):
    """What the person at the bench chose."""

    DEMO = "demo"
    CONNECTED = "connected"


class FirstRunDialog(QDialog):
    """Two pages: the choice, then the connection form."""

    chosen = Signal(object)
    """The :class:`FirstRunChoice` once the dialog is done."""

    def __init__(
        self,
        settings: StationSettings,
        config_file: Path,
        actions: FirstRunActions,
        report_bug: Callable[[BaseException], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Welcome to Packstation"))
        self.setAccessibleName(self.tr("First run"))
        self._settings = settings
        self._config_file = config_file
        self._actions = actions
        self._report_bug = report_bug
        self._runner = tasks.TaskRunner(report_bug, self)
        self.pages = QStackedWidget()
        self.pages.addWidget(self._choice_page())
        self.pages.addWidget(self._connect_page())
        QVBoxLayout(self).addWidget(self.pages)
        self.finished.connect(lambda _: self._runner.shutdown(wait=False))
        self.resize(820, 560)

    def _choice_page(self) -> QWidget:
        page = QWidget()
        title = QLabel(self.tr("This station is not set up yet."))
        title.setFont(scaled_font(self.font(), 1.5, bold=True))
        self.demo_button = QPushButton(self.tr("Start the &demo (sandbox, virtual printer)"))
        self.connect_button = QPushButton(self.tr("&Connect to SortedPRO"))
        self.demo_button.clicked.connect(self.on_demo_button_clicked)
        self.connect_button.clicked.connect(lambda: self.pages.setCurrentIndex(1))
        demo_text = QLabel(
            self.tr(
                "Try the bench on this computer: a local SortedPRO sandbox with a day of demo "
                "work, a virtual label printer and a virtual scale. Nothing reaches a carrier."
            )
        )
        connect_text = QLabel(
            self.tr(
                "Set up this bench for real work: you need the station's SortedPRO API key, "
                "its shipping location and the address of the label printer."
            )
        )
        layout = QVBoxLayout(page)
        layout.addWidget(title)
        layout.addSpacing(12)
        for button, text in ((self.demo_button, demo_text), (self.connect_button, connect_text)):
            button.setMinimumHeight(button.sizeHint().height() * 2)
            text.setWordWrap(True)
            layout.addWidget(button)
            layout.addWidget(text)
            layout.addSpacing(12)
        layout.addStretch(1)
        return page

    def _connect_page(self) -> QWidget:
        page = QWidget()
        self.environment = QComboBox()
        self.environment.addItems(["production", "sandbox", "custom"])
        self.url = QLineEdit()
        self.url.setPlaceholderText(self.tr("only for custom, e.g. https://pro.example.com"))
        self.api_key = QLineEdit()
        self.api_key.setEchoMode(QLineEdit.EchoMode.Password)
        self.test_button = QPushButton(self.tr("&Test connection"))
        self.location = QComboBox()
        self.printer_url = QLineEdit()
        self.printer_url.setPlaceholderText("tcp://192.168.1.50:9100")
        self.printer_language = QComboBox()
        self.printer_language.addItems(["zpl", "escpos"])
        self.print_button = QPushButton(self.tr("Test &print"))
        self.save_button = QPushButton(self.tr("&Save and start"))
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Set-up status"))
        for widget, name in (
            (self.environment, self.tr("Environment")),
            (self.url, self.tr("API address")),
            (self.api_key, self.tr("API key")),
            (self.location, self.tr("Shipping location")),
            (self.printer_url, self.tr("Label printer address")),
            (self.printer_language, self.tr("Label printer language")),
        ):
            widget.setAccessibleName(name)
        form = QFormLayout()
        form.addRow(self.tr("Environment"), self.environment)
        form.addRow(self.tr("API address"), self.url)
        form.addRow(self.tr("API key"), _row(self.api_key, self.test_button))
        form.addRow(self.tr("Shipping location"), self.location)
        form.addRow(self.tr("Label printer"), _row(self.printer_url, self.printer_language))
        form.addRow("", self.print_button)
        layout = QVBoxLayout(page)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addWidget(self.save_button)
        layout.addStretch(1)
        self.test_button.clicked.connect(self.on_test_button_clicked)
        self.print_button.clicked.connect(self.on_print_button_clicked)
        self.save_button.clicked.connect(self.on_save_button_clicked)
        return page

    def _changes(self) -> dict[str, object]:
        changes: dict[str, object] = {
            "api.environment": self.environment.currentText(),
            "api.url": self.url.text().strip(),
            "printers.label.url": self.printer_url.text().strip(),
            "printers.label.language": self.printer_language.currentText(),
        }
        if self.location.currentData():
            changes["station.location"] = self.location.currentData()
        return changes

    def _base_url(self) -> str:
        url = self.url.text().strip()
        if url:
            return url
        environment = self.environment.currentText()
        return SANDBOX_API_URL if environment == "sandbox" else PRODUCTION_API_URL

    @Slot()
    def on_demo_button_clicked(self) -> None:
        """Tell whoever started the dialog to start the demo (it needs no set-up)."""
        self.chosen.emit(FirstRunChoice.DEMO)
        self.accept()

    @Slot()
    def on_test_button_clicked(self) -> None:
        """Call the API with the key and offer the account's shipping locations."""
        key, url = self.api_key.text().strip(), self._base_url()
        if not key:
            self.status.setText(self.tr("Paste the API key first."))
            return
        self.status.setText(self.tr("Calling %1…").replace("%1", url))
        self._runner.submit(
            SETUP_LANE,
            lambda: self._actions.list_locations(url, key),
            self._on_locations,
            self._on_failed,
        )

    def _on_locations(self, locations: list[Location]) -> None:
        self.location.clear()
        for reference, name in locations:
            self.location.addItem(f"{name} ({reference})", reference)
        self.status.setText(
            self.tr("Connected: %1 shipping location(s). Choose this station's.").replace(
                "%1", str(len(locations))
            )
        )

    @Slot()
    def on_print_button_clicked(self) -> None:
        """Send a test label to the printer and say what it did."""
        url, language = self.printer_url.text().strip(), self.printer_language.currentText()
        if not url:
            self.status.setText(self.tr("Type the label printer's address first."))
            return
        self.status.setText(self.tr("Printing a test label…"))
        self._runner.submit(
            tasks.printer_lane(url),
            lambda: self._actions.test_print(url, language),
            self._on_printed,
            self._on_failed,
        )

    def _on_printed(self, report: PrintReport) -> None:
        if report.state is PrintState.FAILED:
            text = self.tr("The test label did not print: %1")
            self.status.setText(text.replace("%1", report.message or fmt.print_state(report.state)))
        else:
            state = fmt.print_state(report.state)
            self.status.setText(self.tr("Test label: %1.").replace("%1", state))

    @Slot()
    def on_save_button_clicked(self) -> None:
        """Check everything together, then save the settings and store the key."""
        key = self.api_key.text().strip()
        if not key or not self.location.currentData():
            self.status.setText(self.tr("Test the connection and choose a location first."))
            return
        try:
            settings = apply_changes(self._settings, self._changes())
        except ConfigError as error:
            self.status.setText("\n".join(error.problems) or str(error))
            return
        config_file = self._config_file

        def save() -> None:
            save_settings(settings, config_file)
            store_api_key(key, config_file.parent)

        self.status.setText(self.tr("Saving…"))
        self._runner.submit(SETUP_LANE, save, self._on_saved, self._on_failed)

    def _on_saved(self, _: object) -> None:
        self.api_key.clear()
        self.chosen.emit(FirstRunChoice.CONNECTED)
        self.accept()

    def _on_failed(self, error: BaseException) -> None:
        if isinstance(error, UserFacingError):
            self.status.setText(str(error))
        else:
            self._report_bug(error)


def _row(*widgets: QWidget) -> QWidget:
    holder = QWidget()
    row = QHBoxLayout(holder)
    row.setContentsMargins(0, 0, 0, 0)
    for widget in widgets:
        row.addWidget(widget)
    return holder
