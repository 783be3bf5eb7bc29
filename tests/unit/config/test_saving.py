"""Saving writes a 0600 file atomically, reads back equal, and never holds the API key."""

from __future__ import annotations

import os
import stat
import tomllib
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from packstation.config import ConfigError, StationSettings, load_settings, save_settings
from packstation.config.saving import toml_string
from packstation.secrets import load_api_key, store_api_key

KEY = "pk-live-7f3a9c21e5d84b60"


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def _edited_settings() -> StationSettings:
    settings = StationSettings()
    settings.station.location = 'LOC "7" \\ north'
    settings.station.policy = "rules"
    settings.api.environment = "sandbox"
    settings.printers.label.url = "tcp://192.0.2.10:9100"
    settings.printers.label.dpi = 300
    settings.printers.document.url = "windows://Office Laser"
    settings.scale.url = "socket://127.0.0.1:4001"
    settings.ui.theme = "dark"
    settings.ui.font_size_pt = 16
    return settings


def test_saved_settings_read_back_equal(config_file: Path) -> None:
    settings = _edited_settings()
    save_settings(settings, config_file)
    loaded = load_settings(config_file, {})
    assert loaded.settings == settings
    assert loaded.file_found


def test_saved_file_is_0600_even_with_a_permissive_umask(config_file: Path) -> None:
    old_umask = os.umask(0)
    try:
        save_settings(StationSettings(), config_file)
    finally:
        os.umask(old_umask)
    assert _mode(config_file) == 0o600


def test_saving_tightens_a_file_that_was_world_readable(config_file: Path) -> None:
    config_file.write_text("[ui]\ntheme = 'dark'\n", encoding="utf-8")
    config_file.chmod(0o644)
    save_settings(StationSettings(), config_file)
    assert _mode(config_file) == 0o600


def test_saving_creates_a_private_config_directory(tmp_path: Path) -> None:
    config_file = tmp_path / "new" / "station.toml"
    save_settings(StationSettings(), config_file)
    assert config_file.is_file()
    assert _mode(config_file.parent) & 0o077 == 0


def test_temporary_file_is_private_from_the_moment_it_is_opened(
    config_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen_modes: list[int] = []
    real_fdopen = os.fdopen

    def spying_fdopen(descriptor: int, *args: Any, **kwargs: Any) -> Any:
        # Called on the fresh descriptor before anything is written to it.
        seen_modes.append(stat.S_IMODE(os.fstat(descriptor).st_mode))
        return real_fdopen(descriptor, *args, **kwargs)

    monkeypatch.setattr(os, "fdopen", spying_fdopen)
    old_umask = os.umask(0)
    try:
        save_settings(StationSettings(), config_file)
    finally:
        os.umask(old_umask)
    assert seen_modes == [0o600]


def test_the_api_key_never_reaches_the_file(config_file: Path) -> None:
    store_api_key(KEY, config_file.parent)
    key = load_api_key(config_file.parent, {"PACKSTATION_API_KEY": KEY})
    assert key is not None
    settings = load_settings(config_file, {"PACKSTATION_API_KEY": KEY}).settings
    save_settings(settings, config_file)
    text = config_file.read_text(encoding="utf-8")
    assert KEY not in text
    assert "key" not in tomllib.loads(text).get("api", {})


def test_a_failed_rename_keeps_the_old_file_and_leaves_no_temporary(
    config_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    config_file.write_text('[station]\nname = "old"\n', encoding="utf-8")

    def refuse_replace(source: str, target: str) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", refuse_replace)
    with pytest.raises(ConfigError) as caught:
        save_settings(_edited_settings(), config_file)
    assert str(caught.value) == (
        f"Cannot save the config file {config_file}: No space left on device."
    )
    assert config_file.read_text(encoding="utf-8") == '[station]\nname = "old"\n'
    assert sorted(path.name for path in config_file.parent.iterdir()) == ["station.toml"]


def test_unset_optional_values_are_left_out(config_file: Path) -> None:
    save_settings(StationSettings(), config_file)
    data = tomllib.loads(config_file.read_text(encoding="utf-8"))
    assert "url" not in data["printers"]["label"]
    assert "location" not in data["station"]
    assert data["printers"]["label"]["dpi"] == 203


@given(st.text())
def test_any_text_survives_toml_quoting(text: str) -> None:
    assert tomllib.loads(f"value = {toml_string(text)}")["value"] == text
