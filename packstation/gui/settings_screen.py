"""The Settings screen: every station setting, checked as it is typed, and the API key.

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
        for name in setting_names():
            section = name.split(".")[0]
            if section not in sections:
                box = QGroupBox(section)
                sections[section] = QFormLayout(box)
                layout.addWidget(box)
            sections[section].addRow(name.split(".", 1)[1], self._field(name, settings))
        layout.addStretch(1)

    def _field(self, name: str, settings: StationSettings) -> QWidget:
        problem = QLabel()
        problem.setObjectName("settingProblem")
        problem.setWordWrap(True)
        problem.setVisible(False)
        self.problems[name] = problem
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        if name == LANGUAGE_SETTING:
            column.addWidget(self._language_choice(setting_text(settings, name)))
            note = QLabel(self.tr("A new language shows after Packstation is restarted."))
            note.setWordWrap(True)
            column.addWidget(note)
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
