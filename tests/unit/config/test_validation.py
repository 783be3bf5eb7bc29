"""Every refusal names the setting, the bad value and where it came from, in plain words."""

from __future__ import annotations

from pathlib import Path

import pytest

from packstation.config import ConfigError, StationSettings, load_settings
from packstation.errors import UserFacingError


def _error_from_file(config_file: Path, text: str) -> ConfigError:
    config_file.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError) as caught:
        load_settings(config_file, {})
    return caught.value


def _error_from_env(config_file: Path, variable: str, value: str) -> ConfigError:
    with pytest.raises(ConfigError) as caught:
        load_settings(config_file, {variable: value})
    return caught.value


FILE_CASES = [
    (
        '[printers.label]\nurl = "ftp://192.0.2.1/label"\n',
        "printers.label.url = 'ftp://192.0.2.1/label' (from file): unknown printer URL scheme "
        "'ftp' (use one of tcp, usb, serial, cups, windows, file, socket, rfc2217, loop)",
    ),
    (
        '[printers.document]\nurl = "192.0.2.1"\n',
        "printers.document.url = '192.0.2.1' (from file): not a printer URL; expected "
        "SCHEME://..., e.g. tcp://192.168.1.50:9100 or cups://QUEUE",
    ),
    (
        '[printers.receipt]\nurl = "tcp://"\n',
        "printers.receipt.url = 'tcp://' (from file): the tcp:// address names no printer",
    ),
    (
        "[printers.label]\ndpi = 600\n",
        "printers.label.dpi = 600 (from file): Input should be 203 or 300",
    ),
    (
        '[printers.label]\nlanguage = "epl"\n',
        "printers.label.language = 'epl' (from file): Input should be 'zpl', 'escpos' or 'pdf'",
    ),
    (
        '[printers.label]\nsize = "4x4in"\n',
        "printers.label.size = '4x4in' (from file): "
        "Input should be '4x6in', '4x8in', 'a6' or '100x150mm'",
    ),
    (
        '[printers.receipt]\nlanguage = "pdf"\n',
        "printers.receipt.language = 'pdf' (from file): Input should be 'escpos' or 'zpl'",
    ),
    (
        '[api]\nurl = "http://api.electioapp.com"\n',
        "api.url = 'http://api.electioapp.com' (from file): plain http:// is only allowed to "
        "this computer (localhost, 127.0.0.1, ::1); use https://",
    ),
    (
        '[api]\nurl = "ftp://api.electioapp.com"\n',
        "api.url = 'ftp://api.electioapp.com' (from file): not an http(s) address; "
        "use e.g. https://api.electioapp.com",
    ),
    (
        '[api]\nurl = "https://api.electioapp.com/?x=1"\n',
        "api.url = 'https://api.electioapp.com/?x=1' (from file): "
        "a base address takes no ?query or #fragment",
    ),
    (
        '[api]\nurl = "https://user:pw@api.electioapp.com"\n',
        "api.url = 'https://user:pw@api.electioapp.com' (from file): "
        "credentials do not belong in the address; the API key is stored apart",
    ),
    (
        '[api]\nenvironment = "custom"\n',
        "api: api.url is required when api.environment is 'custom'",
    ),
    (
        '[api]\nenvironment = "staging"\n',
        "api.environment = 'staging' (from file): "
        "Input should be 'production', 'sandbox' or 'custom'",
    ),
    (
        "[api]\nread_timeout_s = 0\n",
        "api.read_timeout_s = 0 (from file): Input should be greater than 0",
    ),
    (
        "[printers]\nwrite_timeout_s = 301\n",
        "printers.write_timeout_s = 301 (from file): Input should be less than or equal to 300",
    ),
    (
        "[ui]\nfont_size_pt = 12\n",
        "ui.font_size_pt = 12 (from file): Input should be greater than or equal to 14",
    ),
    (
        '[ui]\ntheme = "blue"\n',
        "ui.theme = 'blue' (from file): Input should be 'light' or 'dark'",
    ),
    (
        '[ui]\nsounds = "loud"\n',
        "ui.sounds = 'loud' (from file): "
        "Input should be a valid boolean, unable to interpret input",
    ),
    (
        '[station]\npolicy = "random"\n',
        "station.policy = 'random' (from file): "
        "Input should be 'ask', 'cheapest', 'fastest' or 'rules'",
    ),
    (
        '[station]\nname = "   "\n',
        "station.name = '   ' (from file): must not be empty",
    ),
    (
        '[station]\nnmae = "bench"\n',
        "station.nmae = 'bench' (from file): Extra inputs are not permitted",
    ),
    (
        '[scale]\nprotocol = "sics"\n',
        "scale.protocol = 'sics' (from file): Input should be 'mt-sics' or 'continuous'",
    ),
    (
        '[scale]\nurl = "http://192.0.2.1"\n',
        "scale.url = 'http://192.0.2.1' (from file): unknown serial URL scheme 'http' "
        "(use a device such as /dev/ttyUSB0 or COM3, or one of "
        "socket, rfc2217, loop, spy, alt, hwgrep, cp2110)",
    ),
    (
        '[scanner]\nurl = "/dev/tty USB0"\n',
        "scanner.url = '/dev/tty USB0' (from file): "
        "not a serial device name (e.g. /dev/ttyUSB0 or COM3) or pyserial URL",
    ),
    (
        '[scanner]\nsuffix = "space"\n',
        "scanner.suffix = 'space' (from file): Input should be 'enter' or 'tab'",
    ),
    (
        '[printers]\nlabel = "tcp://192.0.2.1"\n',
        "printers.label = 'tcp://192.0.2.1' (from file): "
        "must be a section [printers.label] with keys, not a single value",
    ),
]


@pytest.mark.parametrize(("text", "problem"), FILE_CASES)
def test_bad_file_values_are_named(config_file: Path, text: str, problem: str) -> None:
    error = _error_from_file(config_file, text)
    assert error.problems == (problem,)
    assert str(error) == f"Invalid station settings (config file {config_file}):\n- {problem}"
    assert isinstance(error, UserFacingError)
    assert error.retryable is False


ENV_CASES = [
    (
        "PACKSTATION_LABEL_PRINTER",
        "lpd://192.0.2.1",
        "printers.label.url = 'lpd://192.0.2.1' (from env PACKSTATION_LABEL_PRINTER): unknown "
        "printer URL scheme 'lpd' (use one of tcp, usb, serial, cups, windows, file, socket, "
        "rfc2217, loop)",
    ),
    (
        "PACKSTATION_LABEL_PRINTER_DPI",
        "600",
        "printers.label.dpi = '600' (from env PACKSTATION_LABEL_PRINTER_DPI): "
        "Input should be 203 or 300",
    ),
    (
        "PACKSTATION_API_URL",
        "http://192.0.2.1:8080",
        "api.url = 'http://192.0.2.1:8080' (from env PACKSTATION_API_URL): plain http:// is only "
        "allowed to this computer (localhost, 127.0.0.1, ::1); use https://",
    ),
    (
        "PACKSTATION_POLICY",
        "best",
        "station.policy = 'best' (from env PACKSTATION_POLICY): "
        "Input should be 'ask', 'cheapest', 'fastest' or 'rules'",
    ),
    (
        "PACKSTATION_API_READ_TIMEOUT_S",
        "soon",
        "api.read_timeout_s = 'soon' (from env PACKSTATION_API_READ_TIMEOUT_S): "
        "Input should be a valid number, unable to parse string as a number",
    ),
    (
        "PACKSTATION_API_CONNECT_TIMEOUT_S",
        "nan",
        "api.connect_timeout_s = 'nan' (from env PACKSTATION_API_CONNECT_TIMEOUT_S): "
        "Input should be a finite number",
    ),
]


@pytest.mark.parametrize(("variable", "value", "problem"), ENV_CASES)
def test_bad_environment_values_name_the_variable(
    config_file: Path, variable: str, value: str, problem: str
) -> None:
    assert _error_from_env(config_file, variable, value).problems == (problem,)


def test_all_problems_are_reported_at_once(config_file: Path) -> None:
    error = _error_from_file(config_file, "[printers.label]\ndpi = 600\n[ui]\nfont_size_pt = 9\n")
    assert [problem.split(" =")[0] for problem in error.problems] == [
        "printers.label.dpi",
        "ui.font_size_pt",
    ]


def test_long_values_are_shortened(config_file: Path) -> None:
    error = _error_from_env(config_file, "PACKSTATION_LABEL_PRINTER", "lpd://" + "x" * 200)
    shown = error.problems[0].split(" (from")[0]
    assert shown == "printers.label.url = " + repr("lpd://" + "x" * 200)[:77] + "..."


def test_invalid_toml_names_the_file_and_line(config_file: Path) -> None:
    error = _error_from_file(config_file, '[station]\nname = "bench"\npolicy = ask\n')
    assert str(error) == (
        f"The config file {config_file} is not valid TOML: Invalid value (at line 3, column 10)."
    )


def test_a_file_that_is_not_utf8_is_refused(config_file: Path) -> None:
    config_file.write_bytes(b'[station]\nname = "b\xe9nch"\n')
    with pytest.raises(ConfigError, match=r"is not UTF-8 text"):
        load_settings(config_file, {})


def test_an_unreadable_path_is_refused(config_file: Path) -> None:
    config_file.mkdir()
    with pytest.raises(ConfigError) as caught:
        load_settings(config_file, {})
    assert str(caught.value) == f"Cannot read the config file {config_file}: Is a directory."


@pytest.mark.parametrize(
    "text", ['[api]\nkey = "k-123456789012"\n', 'api_key = "k-123456789012"\n']
)
def test_an_api_key_in_the_file_is_refused_without_echoing_it(config_file: Path, text: str) -> None:
    error = _error_from_file(config_file, text)
    assert "contains an API key" in str(error)
    assert "k-123456789012" not in str(error)


def test_assignment_is_validated_for_the_settings_screen() -> None:
    settings = StationSettings()
    settings.printers.label.dpi = 300
    with pytest.raises(ValueError, match="Input should be 203 or 300"):
        settings.printers.label.dpi = 600  # type: ignore[assignment]
    assert settings.printers.label.dpi == 300
