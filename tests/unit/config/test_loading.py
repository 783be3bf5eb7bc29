"""Defaults, the TOML file, environment overrides and where each value came from."""

from __future__ import annotations

from pathlib import Path

import pytest

import packstation.config as config_package
from packstation.config import (
    ENV_NAMES,
    PRODUCTION_API_URL,
    SANDBOX_API_URL,
    default_config_file,
    load_settings,
)

FULL_FILE = """
[station]
name = "bench-7"
location = "LOC-FILE"
policy = "cheapest"
data_dir = "/srv/packstation"
demo = true

[api]
environment = "sandbox"
connect_timeout_s = 2.5
read_timeout_s = 20

[printers]
connect_timeout_s = 4
write_timeout_s = 12

[printers.label]
url = "tcp://192.0.2.10:9100"
language = "ZPL"
dpi = 300
size = "100x150mm"

[printers.document]
url = "cups://office"

[printers.receipt]
url = "usb://04b8:0202"
language = "escpos"

[scale]
url = "/dev/ttyUSB0"
protocol = "continuous"

[scanner]
url = "socket://127.0.0.1:4001"
suffix = "tab"

[ui]
sounds = false
theme = "dark"
font_size_pt = 18
"""


def test_defaults_without_a_file(config_file: Path, isolated_station: Path) -> None:
    loaded = load_settings(config_file, {})
    settings = loaded.settings
    assert not loaded.file_found
    assert loaded.origins == {}
    assert settings.station.policy == "ask"
    assert settings.station.location is None
    assert settings.station.demo is False
    assert settings.station.data_dir == isolated_station / "data" / "packstation"
    assert settings.api.environment == "production"
    assert settings.api.base_url == PRODUCTION_API_URL
    assert (settings.api.connect_timeout_s, settings.api.read_timeout_s) == (3.0, 15.0)
    assert (settings.printers.connect_timeout_s, settings.printers.write_timeout_s) == (3.0, 10.0)
    label = settings.printers.label
    assert (label.url, label.language, label.dpi, label.size) == (None, "zpl", 203, "4x6in")
    assert settings.printers.receipt.url is None
    assert settings.scale.protocol == "mt-sics"
    assert settings.scanner.suffix == "enter"
    assert (settings.ui.sounds, settings.ui.theme, settings.ui.font_size_pt) == (True, "light", 14)


def test_every_value_is_read_from_the_file(config_file: Path) -> None:
    config_file.write_text(FULL_FILE, encoding="utf-8")
    loaded = load_settings(config_file, {})
    settings = loaded.settings
    assert loaded.file_found
    assert settings.station.name == "bench-7"
    assert settings.station.location == "LOC-FILE"
    assert settings.station.policy == "cheapest"
    assert settings.station.data_dir == Path("/srv/packstation")
    assert settings.station.demo is True
    assert settings.api.base_url == SANDBOX_API_URL
    assert (settings.api.connect_timeout_s, settings.api.read_timeout_s) == (2.5, 20.0)
    assert (settings.printers.connect_timeout_s, settings.printers.write_timeout_s) == (4.0, 12.0)
    label = settings.printers.label
    assert (label.url, label.language, label.dpi, label.size) == (
        "tcp://192.0.2.10:9100",
        "zpl",
        300,
        "100x150mm",
    )
    assert settings.printers.document.url == "cups://office"
    assert settings.printers.receipt.url == "usb://04b8:0202"
    assert (settings.scale.url, settings.scale.protocol) == ("/dev/ttyUSB0", "continuous")
    assert (settings.scanner.url, settings.scanner.suffix) == ("socket://127.0.0.1:4001", "tab")
    assert (settings.ui.sounds, settings.ui.theme, settings.ui.font_size_pt) == (False, "dark", 18)
    assert loaded.origin("printers.label.dpi") == "file"
    assert loaded.origin("station.name") == "file"


def test_environment_beats_the_file(config_file: Path) -> None:
    config_file.write_text(FULL_FILE, encoding="utf-8")
    environ = {
        "PACKSTATION_API_URL": "http://127.0.0.1:8080/",
        "PACKSTATION_LOCATION": "LOC-ENV",
        "PACKSTATION_LABEL_PRINTER": "tcp://127.0.0.1:9100",
        "PACKSTATION_DOCUMENT_PRINTER": "file:///tmp/docs",
        "PACKSTATION_DATA_DIR": "/var/lib/packstation",
        "PACKSTATION_POLICY": "Fastest",
        "PACKSTATION_LABEL_PRINTER_DPI": "203",
        "PACKSTATION_DEMO": "false",
        "PACKSTATION_UI_SOUNDS": "yes",
        "PACKSTATION_PRINTER_WRITE_TIMEOUT_S": "7.5",
    }
    loaded = load_settings(config_file, environ)
    settings = loaded.settings
    assert settings.api.base_url == "http://127.0.0.1:8080"
    assert settings.station.location == "LOC-ENV"
    assert settings.printers.label.url == "tcp://127.0.0.1:9100"
    assert settings.printers.document.url == "file:///tmp/docs"
    assert settings.station.data_dir == Path("/var/lib/packstation")
    assert settings.station.policy == "fastest"
    assert settings.printers.label.dpi == 203
    assert settings.station.demo is False
    assert settings.ui.sounds is True
    assert settings.printers.write_timeout_s == 7.5
    assert loaded.origin("station.location") == "env PACKSTATION_LOCATION"
    assert loaded.origin("printers.label.url") == "env PACKSTATION_LABEL_PRINTER"
    # Values the environment does not touch still come from the file.
    assert settings.printers.label.size == "100x150mm"
    assert loaded.origin("printers.label.size") == "file"


@pytest.mark.parametrize("section", ["Station", "STATION", "Ui"])
def test_a_section_name_in_another_letter_case_is_refused_by_name(
    config_file: Path, section: str
) -> None:
    # Taken as [station] it would silently beat PACKSTATION_LOCATION; refused, it is found.
    config_file.write_text(f'[{section}]\nlocation = "LOC-FILE"\n', encoding="utf-8")
    with pytest.raises(config_package.ConfigError) as raised:
        load_settings(config_file, {"PACKSTATION_LOCATION": "LOC-ENV"})
    assert raised.value.problems == (f"{section}: Extra inputs are not permitted",)
    assert str(config_file) in str(raised.value)


def test_an_empty_variable_counts_as_unset(config_file: Path) -> None:
    config_file.write_text('[station]\nlocation = "LOC-FILE"\n', encoding="utf-8")
    loaded = load_settings(config_file, {"PACKSTATION_LOCATION": "  "})
    assert loaded.settings.station.location == "LOC-FILE"
    assert loaded.origin("station.location") == "file"


def test_process_environment_is_the_default(
    config_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PACKSTATION_LOCATION", "LOC-PROCESS")
    assert load_settings(config_file).settings.station.location == "LOC-PROCESS"


def test_default_file_lives_in_the_platform_config_dir(isolated_station: Path) -> None:
    expected = isolated_station / "config" / "packstation" / "station.toml"
    assert default_config_file() == expected
    assert load_settings(None, {}).config_file == expected


def test_packstation_config_variable_names_the_file(config_file: Path) -> None:
    config_file.write_text('[station]\nname = "from-variable"\n', encoding="utf-8")
    loaded = load_settings(None, {"PACKSTATION_CONFIG": str(config_file)})
    assert loaded.config_file == config_file
    assert loaded.settings.station.name == "from-variable"


def test_explicit_path_wins_over_the_variable(config_file: Path, tmp_path: Path) -> None:
    config_file.write_text('[station]\nname = "explicit"\n', encoding="utf-8")
    other = tmp_path / "other.toml"
    other.write_text('[station]\nname = "variable"\n', encoding="utf-8")
    loaded = load_settings(config_file, {"PACKSTATION_CONFIG": str(other)})
    assert loaded.settings.station.name == "explicit"


def test_custom_api_url_wins_over_the_environment_choice(config_file: Path) -> None:
    config_file.write_text(
        '[api]\nenvironment = "custom"\nurl = "https://pro.example.test/"\n', encoding="utf-8"
    )
    settings = load_settings(config_file, {}).settings
    assert settings.api.base_url == "https://pro.example.test"


@pytest.mark.parametrize("host", ["127.0.0.1", "localhost", "[::1]", "127.5.6.7"])
def test_plain_http_is_allowed_to_loopback(config_file: Path, host: str) -> None:
    loaded = load_settings(config_file, {"PACKSTATION_API_URL": f"http://{host}:8000"})
    assert loaded.settings.api.base_url == f"http://{host}:8000"


def test_relative_data_dir_becomes_absolute(
    config_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    settings = load_settings(config_file, {"PACKSTATION_DATA_DIR": "bench-data"}).settings
    assert settings.station.data_dir == tmp_path / "bench-data"


def test_every_setting_has_a_distinct_documented_variable() -> None:
    names = list(ENV_NAMES.values())
    assert len(names) == len(set(names))
    assert all(name.startswith("PACKSTATION_") for name in names)
    doc = config_package.__doc__ or ""
    missing = [name for name in names if name not in doc]
    assert missing == []


@pytest.mark.parametrize(
    ("dotted_name", "variable"),
    [
        ("api.url", "PACKSTATION_API_URL"),
        ("station.location", "PACKSTATION_LOCATION"),
        ("printers.label.url", "PACKSTATION_LABEL_PRINTER"),
        ("printers.document.url", "PACKSTATION_DOCUMENT_PRINTER"),
        ("station.data_dir", "PACKSTATION_DATA_DIR"),
        ("station.policy", "PACKSTATION_POLICY"),
    ],
)
def test_the_agreed_short_names(dotted_name: str, variable: str) -> None:
    assert ENV_NAMES[tuple(dotted_name.split("."))] == variable


@pytest.mark.parametrize(
    ("size", "size_mm"),
    [("4x6in", (101.6, 152.4)), ("4x8in", (101.6, 203.2)), ("A6", (105.0, 148.0))],
)
def test_label_sizes_in_millimetres(
    config_file: Path, size: str, size_mm: tuple[float, float]
) -> None:
    settings = load_settings(config_file, {"PACKSTATION_LABEL_PRINTER_SIZE": size}).settings
    assert settings.printers.label.size_mm == pytest.approx(size_mm)
