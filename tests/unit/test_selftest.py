"""``packstation --selftest``: one line and exit 0 on a working install, the failed step named."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest

from packstation import __version__, selftest
from packstation.cli import main
from packstation.printing.zpl import render_zpl, split_labels


@pytest.fixture(autouse=True)
def no_station(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Hide the developer's config, data and PACKSTATION_* variables from the self-test."""
    for name in list(os.environ):
        if name.startswith("PACKSTATION_"):
            monkeypatch.delenv(name)
    home = tmp_path / "home"
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    return home


def _run(steps: tuple[tuple[str, selftest.Step], ...] = selftest.STEPS) -> tuple[int, list[str]]:
    out = io.StringIO()
    code = selftest.run_selftest(steps, out)
    return code, out.getvalue().splitlines()


def test_every_step_passes_on_this_checkout() -> None:
    code, lines = _run()
    assert code == 0
    assert len(lines) == 1
    assert lines[0].startswith(f"packstation {__version__} selftest ok")
    for name, _ in selftest.STEPS:
        assert f"{name}: " in lines[0]
    assert "config: not configured" in lines[0]


def test_the_command_line_flag_runs_it_without_qt() -> None:
    probe = (
        "import sys; from packstation.cli import main; code = main(['--selftest']); "
        "sys.exit(90 if 'PySide6' in sys.modules else code)"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        env={**os.environ, "QT_QPA_PLATFORM": ""},
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "selftest ok" in result.stdout


def test_the_flag_returns_the_exit_code(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--selftest"]) == 0
    assert "selftest ok" in capsys.readouterr().out


def test_a_broken_renderer_fails_the_label_step_by_name(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken_renderer(data: bytes, *, dpi: int) -> object:
        raise RuntimeError("renderer unavailable")

    monkeypatch.setattr(selftest, "render_zpl", broken_renderer)
    code, lines = _run()
    assert code == selftest.EXIT_FAILED
    assert lines == [
        f"packstation {__version__} selftest FAILED (label) - "
        "label: RuntimeError: renderer unavailable"
    ]


def test_missing_resources_are_named(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    empty = tmp_path / "no-resources"
    empty.mkdir()
    monkeypatch.setenv("PACKSTATION_RESOURCES", str(empty))
    code, lines = _run()
    assert code == selftest.EXIT_FAILED
    assert "FAILED (resources)" in lines[0] and str(empty) in lines[0]


def test_every_broken_step_is_named_in_one_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    config = tmp_path / "station.toml"
    config.write_text('[station]\npolicy = "whatever"\n', encoding="utf-8")
    monkeypatch.setenv("PACKSTATION_CONFIG", str(config))
    monkeypatch.setenv("PACKSTATION_RESOURCES", str(tmp_path / "none"))
    code, lines = _run()
    assert code == selftest.EXIT_FAILED
    assert len(lines) == 1
    assert "FAILED (resources, config)" in lines[0]
    assert "policy" in lines[0] and "whatever" in lines[0]


def test_a_configured_station_names_its_config_file(no_station: Path) -> None:
    config = no_station / "config" / "packstation" / "station.toml"
    config.parent.mkdir(parents=True)
    config.write_text('[station]\nlocation = "LOC-1"\n', encoding="utf-8")
    code, lines = _run((("config", selftest.check_config),))
    assert code == 0
    assert lines[0].endswith(f"config: {config}, journal not created yet")


def test_the_sample_label_keeps_hostile_text_inside_one_field() -> None:
    zpl = selftest.sample_label_zpl()
    assert len(split_labels(zpl)) == 1
    assert b"^XZ~JA" not in zpl
    assert len(render_zpl(zpl).images) == 1


def test_a_step_that_raises_is_reported_with_its_exception_type() -> None:
    def failing() -> str:
        raise selftest.SelfTestFailure("printer queue stuck")

    result = selftest.run_step("custom", failing)
    assert result == selftest.StepResult("custom", False, "SelfTestFailure: printer queue stuck")


def test_no_standard_output_still_returns_the_code(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdout", None)
    assert selftest.run_selftest((("journal", selftest.check_journal),)) == 0
