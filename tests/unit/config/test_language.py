"""The window language setting: auto by default, a short list of codes, from file or environment."""

from __future__ import annotations

from pathlib import Path

import pytest

from packstation.config import ConfigError, StationSettings, load_settings, updated_settings
from packstation.config.saving import settings_to_toml


def test_the_language_follows_the_system_unless_set() -> None:
    assert StationSettings().ui.language == "auto"


def test_the_language_is_read_from_the_file_in_any_letter_case(config_file: Path) -> None:
    config_file.write_text('[ui]\nlanguage = "DE"\n', encoding="utf-8")
    assert load_settings(config_file, {}).settings.ui.language == "de"


def test_the_environment_variable_wins_over_the_file(config_file: Path) -> None:
    config_file.write_text('[ui]\nlanguage = "de"\n', encoding="utf-8")
    loaded = load_settings(config_file, {"PACKSTATION_UI_LANGUAGE": "pl"})
    assert loaded.settings.ui.language == "pl"


def test_a_language_without_translations_is_refused_with_the_choices(config_file: Path) -> None:
    config_file.write_text('[ui]\nlanguage = "fr"\n', encoding="utf-8")
    with pytest.raises(ConfigError) as caught:
        load_settings(config_file, {})
    assert caught.value.problems == (
        "ui.language = 'fr' (from file): Input should be 'auto', 'en', 'de' or 'pl'",
    )


def test_the_settings_screen_can_change_the_language_and_it_is_saved() -> None:
    changed = updated_settings(StationSettings(), {"ui.language": "pl"})
    assert changed.ui.language == "pl"
    assert 'language = "pl"' in settings_to_toml(changed).split("[ui]", 1)[1]
