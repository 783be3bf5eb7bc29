"""``packstation config show|path|set-key|delete-key`` through the real command line."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from packstation.cli import main
from packstation.secrets import credentials_file, store_api_key

KEY = "pk-live-7f3a9c21e5d84b60"


def test_show_masks_the_key_and_names_origins(
    config_file: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    config_file.write_text('[printers.label]\nurl = "tcp://192.0.2.10:9100"\n', encoding="utf-8")
    monkeypatch.setenv("PACKSTATION_API_KEY", KEY)
    monkeypatch.setenv("PACKSTATION_LOCATION", "LOC-1")
    assert main(["config", "show", "--config", str(config_file)]) == 0
    captured = capsys.readouterr()
    assert KEY not in captured.out + captured.err
    lines = {line.split(" = ")[0]: line for line in captured.out.splitlines() if " = " in line}
    assert lines["key"].split("#")[0].strip() == 'key = "pk...60"'
    assert lines["key"].endswith("# environment variable PACKSTATION_API_KEY")
    assert lines["location"].endswith("# env PACKSTATION_LOCATION")
    assert 'url = "tcp://192.0.2.10:9100"' in captured.out
    assert lines["dpi"].endswith("# default")
    assert f"# config file: {config_file} (found)" in captured.out
    assert "# effective address: https://api.electioapp.com" in captured.out


def test_show_json_is_complete_and_masked(
    config_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    store_api_key(KEY, config_file.parent)
    assert main(["config", "show", "--json", "--config", str(config_file)]) == 0
    out = capsys.readouterr().out
    assert KEY not in out
    document = json.loads(out)
    assert document["api_key"] == {
        "set": True,
        "masked": "pk...60",
        "source": "credentials file",
        "problem": None,
    }
    assert document["file_found"] is False
    assert document["settings"]["printers"]["label"]["dpi"] == 203
    assert document["origins"] == {}


def test_show_without_a_key_says_how_to_set_one(
    config_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["config", "show", "--config", str(config_file)]) == 0
    out = capsys.readouterr().out
    assert "key = <not set>" in out
    assert "packstation config set-key" in out


def test_show_fails_clearly_on_invalid_toml(
    config_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config_file.write_text("[ui]\ntheme = \n", encoding="utf-8")
    assert main(["config", "show", "--config", str(config_file)]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.strip() == (
        f"The config file {config_file} is not valid TOML: Invalid value (at line 2, column 9)."
    )


def test_show_fails_clearly_on_a_bad_value(
    config_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config_file.write_text("[printers.label]\ndpi = 600\n", encoding="utf-8")
    assert main(["config", "show", "--config", str(config_file)]) == 1
    assert "printers.label.dpi = 600 (from file): Input should be 203 or 300" in (
        capsys.readouterr().err
    )


def test_show_reports_an_unsafe_credentials_file(
    config_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    store_api_key(KEY, config_file.parent)
    credentials_file(config_file.parent).chmod(0o644)
    assert main(["config", "show", "--config", str(config_file)]) == 1
    captured = capsys.readouterr()
    assert "key = <unreadable>" in captured.out
    assert "can be read by other users" in captured.err
    assert KEY not in captured.out + captured.err


def test_path_lists_the_files(
    config_file: Path, isolated_station: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["config", "path", "--config", str(config_file)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out == [
        f"config file:      {config_file} (does not exist)",
        f"credentials file: {config_file.parent / 'credentials'} (does not exist)",
        "keyring:          none available (the credentials file is used)",
        f"data directory:   {isolated_station / 'data' / 'packstation'}",
    ]


def test_path_defaults_to_the_platform_config_dir(
    isolated_station: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["config", "path"]) == 0
    expected = isolated_station / "config" / "packstation" / "station.toml"
    assert (
        capsys.readouterr().out.splitlines()[0] == f"config file:      {expected} (does not exist)"
    )


def test_path_still_works_with_invalid_settings(
    config_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config_file.write_text("[ui\n", encoding="utf-8")
    assert main(["config", "path", "--config", str(config_file)]) == 0
    assert "the settings are invalid" in capsys.readouterr().out


def test_set_key_from_stdin_then_delete(
    config_file: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO(KEY + "\n"))
    assert main(["config", "set-key", "--config", str(config_file)]) == 0
    path = credentials_file(config_file.parent)
    assert capsys.readouterr().out == f"API key stored in {path}.\n"
    assert path.read_text(encoding="utf-8") == KEY + "\n"
    assert main(["config", "delete-key", "--config", str(config_file)]) == 0
    assert capsys.readouterr().out == "API key removed from credentials file.\n"
    assert not path.exists()
    assert main(["config", "delete-key", "--config", str(config_file)]) == 0
    assert capsys.readouterr().out == "No stored API key was found.\n"


def test_set_key_warns_when_the_variable_overrides_it(
    config_file: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("PACKSTATION_API_KEY", "pk-other-key-123456")
    monkeypatch.setattr(sys, "stdin", io.StringIO(KEY + "\n"))
    assert main(["config", "set-key", "--config", str(config_file)]) == 0
    assert "PACKSTATION_API_KEY is set and takes precedence" in capsys.readouterr().out


def test_set_key_refuses_empty_input(
    config_file: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))
    assert main(["config", "set-key", "--config", str(config_file)]) == 1
    assert capsys.readouterr().err == "The API key is empty.\n"


def test_config_without_action_prints_its_help(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["config"]) == 0
    out = capsys.readouterr().out
    assert "show" in out and "set-key" in out


def test_show_in_a_real_process_never_prints_the_key(config_file: Path) -> None:
    environ = dict(os.environ, PACKSTATION_API_KEY=KEY, PACKSTATION_POLICY="fastest")
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "packstation",
            "-vv",
            "config",
            "show",
            "--config",
            str(config_file),
        ],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
        env=environ,
    )
    assert result.returncode == 0, result.stderr
    assert KEY not in result.stdout + result.stderr
    assert 'policy = "fastest"' in result.stdout
