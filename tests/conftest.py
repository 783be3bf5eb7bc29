"""Test-wide set-up: headless Qt, loopback only, the shared examples folder."""

from __future__ import annotations

import os
from pathlib import Path

# Qt aborts the interpreter when it finds no display and no platform plugin is named; this must
# be set before anything imports PySide6.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
from hypothesis import settings  # noqa: E402

# On CI the property tests draw the same examples every run, so a red run can be repeated and a
# run is never red by the luck of the draw; on a developer's machine they keep exploring (and
# keep what they find in .hypothesis/).
settings.register_profile("ci", derandomize=True, print_blob=True)
if os.environ.get("CI"):
    settings.load_profile("ci")

PROJECT_ROOT = Path(__file__).resolve().parent.parent


def _find_examples_dir() -> Path:
    """Locate ``shared/pro-api/examples`` beside the checkout (CI clones with shared/ beside it)."""
    override = os.environ.get("PACKSTATION_PRO_EXAMPLES")
    if override:
        return Path(override)
    for base in (PROJECT_ROOT, *PROJECT_ROOT.parents):
        candidate = base / "shared" / "pro-api" / "examples"
        if candidate.is_dir():
            return candidate
    return PROJECT_ROOT.parent / "shared" / "pro-api" / "examples"


@pytest.fixture(scope="session")
def examples_dir() -> Path:
    """Return the documented SortedPRO JSON examples, the contract the client is tested against."""
    path = _find_examples_dir()
    if not path.is_dir():
        pytest.fail(f"SortedPRO examples not found at {path}; set PACKSTATION_PRO_EXAMPLES")
    return path
