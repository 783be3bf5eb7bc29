"""Where the shipped resources are: icons, sounds and style sheets.

The search itself (frozen build, installed wheel, source checkout) is Qt-free and lives in
:mod:`packstation.resources_path`, which the self-test shares; this module adds what only the
window needs.
"""

from __future__ import annotations

from packstation.resources_path import (
    ResourceMissingError,
    candidate_dirs,
    resource_path,
    resources_dir,
)

__all__ = [
    "ResourceMissingError",
    "candidate_dirs",
    "resource_path",
    "resources_dir",
    "style_sheet",
]


def style_sheet(theme: str) -> str:
    """Return the Qt style sheet of ``theme`` (``light`` or ``dark``)."""
    return resource_path("styles", f"{theme}.qss").read_text(encoding="utf-8")
