"""Resources are found the same way in a checkout, an installed wheel and a frozen build."""

from __future__ import annotations

import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

import packstation
from packstation import resources_path
from packstation.gui import resources as gui_resources
from tests.conftest import PROJECT_ROOT

CHECKOUT_RESOURCES = PROJECT_ROOT / "resources"
PACKAGE_DIR = Path(packstation.__file__).resolve().parent


def _fake_resources(root: Path) -> Path:
    (root / "styles").mkdir(parents=True)
    (root / "styles" / "light.qss").write_text("QWidget {}\n", encoding="utf-8")
    return root


def test_a_checkout_uses_the_repository_folder() -> None:
    found = resources_path.find_resources_dir(resources_path.candidate_dirs({}))
    assert found == CHECKOUT_RESOURCES


def test_an_installed_wheel_layout_is_preferred_over_the_checkout() -> None:
    candidates = resources_path.candidate_dirs({})
    assert candidates.index(PACKAGE_DIR / "resources") < candidates.index(CHECKOUT_RESOURCES)


def test_a_frozen_build_looks_under_meipass_first(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bundled = _fake_resources(tmp_path / "packstation" / "resources")
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    candidates = resources_path.candidate_dirs({})
    assert candidates[0] == bundled
    assert resources_path.find_resources_dir(candidates) == bundled


def test_the_variable_replaces_every_other_place(tmp_path: Path) -> None:
    empty = tmp_path / "empty"
    candidates = resources_path.candidate_dirs({resources_path.RESOURCES_VARIABLE: str(empty)})
    assert candidates == (empty,)
    with pytest.raises(resources_path.ResourceMissingError, match="empty"):
        resources_path.find_resources_dir(candidates)


def test_a_missing_file_is_named() -> None:
    with pytest.raises(resources_path.ResourceMissingError, match="nothing.wav"):
        resources_path.resource_path("sounds", "nothing.wav")


def test_the_window_reads_through_the_same_module() -> None:
    assert gui_resources.resource_path is resources_path.resource_path
    assert gui_resources.resources_dir() == resources_path.resources_dir()


@pytest.mark.slow
def test_the_wheel_carries_every_resource(tmp_path: Path) -> None:
    uv = shutil.which("uv")
    if uv is None:
        pytest.skip(reason="uv is not on PATH: the wheel is built with `uv build`")
    result = subprocess.run(
        [uv, "build", "--wheel", "--out-dir", str(tmp_path), str(PROJECT_ROOT)],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    (wheel,) = tmp_path.glob("packstation-*.whl")
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
    expected = {
        "packstation/resources/" + path.relative_to(CHECKOUT_RESOURCES).as_posix()
        for path in CHECKOUT_RESOURCES.rglob("*")
        if path.is_file()
    }
    assert expected, "the checkout has no resources to compare with"
    assert expected <= names, sorted(expected - names)
    assert "packstation/resources_path.py" in names
