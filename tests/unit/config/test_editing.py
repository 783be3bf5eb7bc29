"""Edits by dotted name, as the Settings screen makes them: checked together, on a copy."""

from __future__ import annotations

from pathlib import Path

import pytest

from packstation.config import (
    ConfigError,
    StationSettings,
    load_settings,
    save_settings,
    updated_settings,
)


def test_changes_apply_to_a_copy() -> None:
    original = StationSettings()
    changed = updated_settings(
        original, {"printers.label.dpi": 300, "station.location": "LOC-9", "ui.theme": "Dark"}
    )
    assert (changed.printers.label.dpi, changed.station.location, changed.ui.theme) == (
        300,
        "LOC-9",
        "dark",
    )
    assert original.printers.label.dpi == 203
    assert original.station.location is None


def test_dependent_settings_change_in_one_step() -> None:
    changed = updated_settings(
        StationSettings(), {"api.environment": "custom", "api.url": "https://pro.example.test"}
    )
    assert changed.api.base_url == "https://pro.example.test"


def test_refusals_name_every_bad_setting_and_value() -> None:
    with pytest.raises(ConfigError) as caught:
        updated_settings(
            StationSettings(),
            {"printers.label.dpi": 600, "api.url": "http://192.0.2.1", "ui.font_size_pt": 14},
        )
    assert caught.value.problems == (
        "api.url = 'http://192.0.2.1': plain http:// is only allowed to this computer "
        "(localhost, 127.0.0.1, ::1); use https://",
        "printers.label.dpi = 600: Input should be 203 or 300",
    )


def test_custom_environment_without_url_is_refused() -> None:
    with pytest.raises(ConfigError) as caught:
        updated_settings(StationSettings(), {"api.environment": "custom"})
    assert caught.value.problems == ("api: api.url is required when api.environment is 'custom'",)


def test_an_unknown_name_is_refused() -> None:
    with pytest.raises(ConfigError, match=r"^printers\.label\.colour is not a station setting\.$"):
        updated_settings(StationSettings(), {"printers.label.colour": "red"})


def test_an_edited_file_saves_and_reloads(config_file: Path) -> None:
    loaded = load_settings(config_file, {})
    assert loaded.is_unconfigured
    save_settings(updated_settings(loaded.settings, {"scale.url": "COM3"}), config_file)
    reloaded = load_settings(config_file, {})
    assert reloaded.settings.scale.url == "COM3"
    assert not reloaded.is_unconfigured


def test_an_environment_override_alone_means_configured(config_file: Path) -> None:
    assert not load_settings(
        config_file, {"PACKSTATION_API_URL": "http://127.0.0.1:1"}
    ).is_unconfigured
