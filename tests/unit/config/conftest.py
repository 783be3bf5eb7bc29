"""Isolate every config test from the real user's files, environment and keyring."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest


@pytest.fixture(autouse=True)
def isolated_station(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point the platform directories into tmp_path, clear PACKSTATION_*, hide any keyring."""
    for name in list(os.environ):
        if name.startswith("PACKSTATION_"):
            monkeypatch.delenv(name)
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    # None in sys.modules makes `import keyring` fail, so a developer's real keyring is never used.
    monkeypatch.setitem(sys.modules, "keyring", None)
    return home


@pytest.fixture
def config_file(tmp_path: Path) -> Path:
    """Return a config file path in a fresh directory (the file itself is not created)."""
    directory = tmp_path / "station"
    directory.mkdir()
    return directory / "station.toml"
