"""Checking, saving and the API key for the Settings screen (file and keyring work off the GUI)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Slot

from packstation.config import ConfigError, LoadedSettings, StationSettings, save_settings
from packstation.config import updated_settings as apply_changes
from packstation.errors import UserFacingError
from packstation.gui import tasks
from packstation.gui.settings_screen import SettingsScreen, setting_names, setting_text
from packstation.secrets import mask_secret, store_api_key

SETTINGS_LANE = "settings"


class SettingsCalls(QObject):
    """Validates the fields as they change and saves or stores when asked."""

    def __init__(
        self,
        loaded: LoadedSettings | None,
        settings: StationSettings,
        runner: tasks.TaskRunner,
        screen: SettingsScreen,
        report_bug: Callable[[BaseException], None],
    ) -> None:
        super().__init__(screen)
        self._loaded = loaded
        self._settings = settings
        self._runner = runner
        self._screen = screen
        self._report_bug = report_bug
        self.checked: StationSettings | None = settings
        screen.set_editable(loaded is not None)
        if loaded is None:
            screen.explanation.setText(
                self.tr("These are the settings this station runs with (read only here).")
            )
            return
        screen.explanation.setText(
            self.tr(
                "Change a value and it is checked at once. Saved to %1; restart Packstation to "
                "use the new values. A value set by a PACKSTATION_* variable wins over the file."
            ).replace("%1", str(loaded.config_file))
        )
        for field in screen.fields.values():
            field.textEdited.connect(self.on_field_text_edited)
        for choice in screen.choices.values():
            choice.currentIndexChanged.connect(self.on_choice_current_index_changed)
        screen.save_button.clicked.connect(self.on_save_button_clicked)
        screen.key_button.clicked.connect(self.on_key_button_clicked)
        screen.key_field.returnPressed.connect(self.on_key_button_clicked)

    def changes(self) -> dict[str, str]:
        """Return the fields that differ from the settings in use, by dotted name."""
        return {
            name: value
            for name, value in self._screen.values().items()
            if value != setting_text(self._settings, name)
        }

    @Slot(str)
    def on_field_text_edited(self, _text: str) -> None:
        """Check every change together and show what is refused."""
        self._check()

    @Slot(int)
    def on_choice_current_index_changed(self, _index: int) -> None:
        """Check a picked value like a typed one."""
        self._check()

    def _check(self) -> None:
        try:
            self.checked = apply_changes(self._settings, self.changes())
        except ConfigError as error:
            self.checked = None
            self._screen.show_problems(_by_setting(error.problems))
            self._screen.save_button.setEnabled(False)
            return
        self._screen.show_problems({})
        self._screen.save_button.setEnabled(True)

    @Slot()
    def on_save_button_clicked(self) -> None:
        """Write the checked settings to the station's file."""
        loaded, checked = self._loaded, self.checked
        if loaded is None or checked is None:
            return
        self._screen.status.setText(self.tr("Saving…"))
        self._runner.submit(
            SETTINGS_LANE,
            lambda: save_settings(checked, loaded.config_file),
            lambda _: self._screen.status.setText(
                self.tr("Saved. Restart Packstation to use the new settings.")
            ),
            self._on_failed,
        )

    @Slot()
    def on_key_button_clicked(self) -> None:
        """Store the typed key and forget it here; show only its masked form."""
        loaded = self._loaded
        key = self._screen.key_field.text()
        self._screen.key_field.clear()
        if loaded is None or not key.strip():
            return
        hint = mask_secret(key.strip())
        self._runner.submit(
            SETTINGS_LANE,
            lambda: store_api_key(key, loaded.config_dir),
            lambda source: self._screen.key_status.setText(
                self.tr("Stored in the %1: %2").replace("%1", str(source)).replace("%2", hint)
            ),
            self._on_failed,
        )

    def _on_failed(self, error: BaseException) -> None:
        if isinstance(error, UserFacingError):
            self._screen.status.setText(str(error))
        else:
            self._report_bug(error)


def _by_setting(problems: tuple[str, ...] | list[str]) -> dict[str, str]:
    """Sort ``name = value: why`` problems by setting; others go under the first field."""
    names = setting_names()
    found: dict[str, str] = {}
    for problem in problems:
        name = next((n for n in names if problem.startswith(f"{n} ")), names[0])
        found[name] = f"{found[name]}\n{problem}" if name in found else problem
    return found
