"""Where the shipped resources are (icons, sounds, style sheets), without importing Qt.

The same folder is found three ways:

- a frozen build (PyInstaller) unpacks it as ``packstation/resources`` under ``sys._MEIPASS``;
- an installed wheel carries it as ``packstation/resources`` (pyproject's force-include);
- a source checkout keeps it as ``resources/`` at the repository root.

``PACKSTATION_RESOURCES`` names another folder instead (a station trying a new theme, or a
test); when it is set, nothing else is searched, so a wrong value is reported, not hidden.
The GUI's :mod:`packstation.gui.resources` and the self-test both read through this module.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from functools import cache
from pathlib import Path

import packstation

RESOURCES_VARIABLE = "PACKSTATION_RESOURCES"
# A folder counts as the resources folder when it has this subfolder: the window cannot start
# without its style sheets, while an empty translations folder would be a legitimate install.
_MARKER = "styles"
_PACKAGE_DIR = Path(packstation.__file__).resolve().parent


class ResourceMissingError(FileNotFoundError):
    """A resource is not where the installation should have put it."""


def candidate_dirs(environ: Mapping[str, str] | None = None) -> tuple[Path, ...]:
    """Return the places searched for resources, in order of preference."""
    env = os.environ if environ is None else environ
    override = env.get(RESOURCES_VARIABLE, "").strip()
    if override:
        return (Path(override).expanduser(),)
    candidates: list[Path] = []
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root is not None:
        candidates.append(Path(frozen_root) / "packstation" / "resources")
    candidates.append(_PACKAGE_DIR / "resources")
    candidates.append(_PACKAGE_DIR.parent / "resources")
    return tuple(candidates)


def find_resources_dir(candidates: tuple[Path, ...]) -> Path:
    """Return the first of ``candidates`` that holds resources; raise if none does."""
    for directory in candidates:
        if (directory / _MARKER).is_dir():
            return directory
    searched = ", ".join(str(directory) for directory in candidates)
    raise ResourceMissingError(f"Packstation resources not found (looked in {searched})")


@cache
def resources_dir() -> Path:
    """Return the resources folder of this installation, checkout or frozen build."""
    return find_resources_dir(candidate_dirs())


def resource_path(*parts: str) -> Path:
    """Return the path of one resource file, e.g. ``resource_path("sounds", "success.wav")``."""
    path = resources_dir().joinpath(*parts)
    if not path.is_file():
        raise ResourceMissingError(f"Packstation resource missing: {path}")
    return path
