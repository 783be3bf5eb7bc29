"""Where the shipped resources are: icons, sounds and style sheets.

In a source checkout they sit in ``resources/`` at the repository root; an installed wheel carries
the same folder as ``packstation/resources`` (pyproject's force-include).
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import packstation

_PACKAGE_DIR = Path(packstation.__file__).resolve().parent


class ResourceMissingError(FileNotFoundError):
    """A resource the window needs is not where the installation should have put it."""


def candidate_dirs() -> tuple[Path, ...]:
    """Return the places searched for resources, the installed location first."""
    return (_PACKAGE_DIR / "resources", _PACKAGE_DIR.parent / "resources")


@cache
def resources_dir() -> Path:
    """Return the resources directory of this installation or checkout."""
    for directory in candidate_dirs():
        if (directory / "styles").is_dir():
            return directory
    searched = ", ".join(str(d) for d in candidate_dirs())
    raise ResourceMissingError(f"Packstation resources not found (looked in {searched})")


def resource_path(*parts: str) -> Path:
    """Return the path of one resource file, e.g. ``resource_path("sounds", "success.wav")``."""
    path = resources_dir().joinpath(*parts)
    if not path.is_file():
        raise ResourceMissingError(f"Packstation resource missing: {path}")
    return path


def style_sheet(theme: str) -> str:
    """Return the Qt style sheet of ``theme`` (``light`` or ``dark``)."""
    return resource_path("styles", f"{theme}.qss").read_text(encoding="utf-8")
