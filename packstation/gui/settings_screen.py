"""The Settings screen: every station setting, checked as it is typed, and the API key.

Each setting shows under a name a shift lead can read, with its key in the settings file and its
environment variable in the tooltip. A setting with a fixed set of values is picked from a list.
Each field is checked together with the other changes (some settings depend on each other), and
a refused value says why right under it. The window language is picked from a list, each
language by its own name. The API key is typed into a hidden field, stored in the OS keyring or
the 0600 credentials file, and only ever shown masked.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from packstation.config import ENV_NAMES, StationSettings
from packstation.config.names import allowed_values, description
from packstation.gui.theme import scaled_font
from packstation.gui.translations import LANGUAGE_NAMES

LANGUAGE_SETTING = "ui.language"
AUTO_LANGUAGE = "auto"


def setting_names() -> list[str]:
    """Return every setting's dotted name, in the file's order."""
    return [".".join(path) for path in ENV_NAMES]


def setting_text(settings: StationSettings, name: str) -> str:
    """Return one setting's value as the field shows it (empty for "not set")."""
    value: object = settings.model_dump(mode="json")
    for part in name.split("."):
        value = value[part] if isinstance(value, dict) else None
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


class SettingsScreen(QWidget):
    """One field per setting, grouped by section, with its problem under it."""

    def __init__(self, settings: StationSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Settings"))
        heading = QLabel(self.tr("Settings"))
        heading.setFont(scaled_font(self.font(), 1.6, bold=True))
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        self.fields: dict[str, QLineEdit] = {}
        self.choices: dict[str, QComboBox] = {}
        self.problems: dict[str, QLabel] = {}
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.explanation)
        buttons = QHBoxLayout()
        self.save_button = QPushButton(self.tr("&Save settings"))
        self.save_button.setAccessibleName(self.tr("Save settings"))
        self.status = QLabel()
        self.status.setWordWrap(True)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.status, 1)
        layout.addLayout(buttons)
        self.key_box = self._key_box()
        layout.addWidget(self.key_box)
        sections: dict[str, QFormLayout] = {}
        titles, labels = self._section_titles(), self._setting_labels()
        for name in setting_names():
            section = name.split(".")[0]
            if section not in sections:
                box = QGroupBox(titles.get(section, section))
                sections[section] = QFormLayout(box)
                layout.addWidget(box)
            label = QLabel(labels.get(name, name))
            label.setToolTip(_where_set(name))
            sections[section].addRow(label, self._field(name, settings))
        layout.addStretch(1)

    def _section_titles(self) -> dict[str, str]:
        return {
            "station": self.tr("Station"),
            "api": self.tr("SortedPRO"),
            "printers": self.tr("Printers"),
            "scale": self.tr("Scale"),
            "scanner": self.tr("Scanner"),
            "ui": self.tr("Screen and sound"),
        }

    def _setting_labels(self) -> dict[str, str]:
        return {
            "station.name": self.tr("Station name"),
            "station.location": self.tr("Shipping location"),
            "station.policy": self.tr("Carrier service chosen by"),
            "station.data_dir": self.tr("Data folder"),
            "station.demo": self.tr("Demo station"),
            "api.environment": self.tr("Environment"),
            "api.url": self.tr("Address (custom)"),
            "api.connect_timeout_s": self.tr("Connect time limit (s)"),
            "api.read_timeout_s": self.tr("Answer time limit (s)"),
            "printers.connect_timeout_s": self.tr("Connect time limit (s)"),
            "printers.write_timeout_s": self.tr("Send time limit (s)"),
            "printers.label.url": self.tr("Label printer"),
            "printers.label.language": self.tr("Label printer language"),
            "printers.label.dpi": self.tr("Label printer dots per inch"),
            "printers.label.size": self.tr("Label size"),
            "printers.document.url": self.tr("Document printer"),
            "printers.receipt.url": self.tr("Receipt printer"),
            "printers.receipt.language": self.tr("Receipt printer language"),
            "scale.url": self.tr("Scale port"),
            "scale.protocol": self.tr("Scale protocol"),
            "scanner.url": self.tr("Serial scanner port"),
            "scanner.suffix": self.tr("Key a scan ends with"),
            "ui.sounds": self.tr("Sounds"),
            "ui.theme": self.tr("Colours"),
            "ui.font_size_pt": self.tr("Text size (pt)"),
            "ui.language": self.tr("Language"),
        }

    def _field(self, name: str, settings: StationSettings) -> QWidget:
        problem = QLabel()
        problem.setObjectName("settingProblem")
        problem.setWordWrap(True)
        problem.setVisible(False)
        self.problems[name] = problem
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        allowed = allowed_values(_path(name))
        if name == LANGUAGE_SETTING:
            column.addWidget(self._language_choice(setting_text(settings, name)))
            note = QLabel(self.tr("A new language shows after Packstation is restarted."))
            note.setWordWrap(True)
            column.addWidget(note)
        elif allowed is not None:
            column.addWidget(self._value_choice(name, allowed, setting_text(settings, name)))
        else:
            field = QLineEdit(setting_text(settings, name))
            field.setAccessibleName(name)
            self.fields[name] = field
            column.addWidget(field)
        column.addWidget(problem)
        return holder

    def _language_choice(self, current: str) -> QComboBox:
        choice = QComboBox()
        choice.setAccessibleName(LANGUAGE_SETTING)
        choice.addItem(self.tr("Automatic (the system's language)"), AUTO_LANGUAGE)
        for code, name in LANGUAGE_NAMES.items():
            choice.addItem(name, code)
        choice.setCurrentIndex(max(0, choice.findData(current)))
        self.choices[LANGUAGE_SETTING] = choice
        return choice

    def _value_choice(self, name: str, allowed: tuple[str, ...], current: str) -> QComboBox:
        choice = QComboBox()
        choice.setAccessibleName(name)
        for value in allowed if current in allowed else (*allowed, current):
            choice.addItem(value, value)
        choice.setCurrentIndex(max(0, choice.findData(current)))
        self.choices[name] = choice
        return choice

    def values(self) -> dict[str, str]:
        """Return what every field and choice holds now, by dotted setting name."""
        typed = {name: field.text().strip() for name, field in self.fields.items()}
        picked = {name: str(choice.currentData()) for name, choice in self.choices.items()}
        return typed | picked

    def _key_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("SortedPRO API key"))
        row = QHBoxLayout(box)
        self.key_field = QLineEdit()
        self.key_field.setEchoMode(QLineEdit.EchoMode.Password)
        self.key_field.setAccessibleName(self.tr("New API key"))
        self.key_field.setPlaceholderText(self.tr("paste a new key here"))
        self.key_button = QPushButton(self.tr("Store &key"))
        self.key_button.setAccessibleName(self.tr("Store key"))
        self.key_status = QLabel()
        self.key_status.setAccessibleName(self.tr("Stored key"))
        row.addWidget(self.key_field, 1)
        row.addWidget(self.key_button)
        row.addWidget(self.key_status)
        return box

    def show_problems(self, problems: dict[str, str]) -> None:
        """Show each refused setting's problem under its field; clear the others."""
        for name, label in self.problems.items():
            label.setText(problems.get(name, ""))
            label.setVisible(name in problems)

    def set_editable(self, editable: bool) -> None:
        """Allow or refuse edits (read only when the window was given no settings file)."""
        for field in self.fields.values():
            field.setReadOnly(not editable)
        for choice in self.choices.values():
            choice.setEnabled(editable)
        for widget in (self.save_button, self.key_box):
            widget.setVisible(editable)


def _path(name: str) -> tuple[str, ...]:
    return tuple(name.split("."))


def _where_set(name: str) -> str:
    """Say where a setting is kept: its key in the file, its variable, what it is for."""
    where = f"{name} · {ENV_NAMES[_path(name)]}"
    about = description(_path(name))
    return f"{where}\n{about}" if about else where
