"""Refresh the window's translations: collect the tr() strings, then compile what is translated.

Run from the repository (or anywhere) after changing strings in the GUI::

    uv run python tools/update_translations.py

It runs PySide6's lupdate over ``packstation/gui`` and ``packstation/app.py`` into every
``resources/i18n/packstation_<lang>.ts`` (new strings arrive as "unfinished", strings no longer
in the code are dropped), then lrelease compiles each ``.ts`` into the ``.qm`` the window loads.
Translate the new entries (``uv run pyside6-linguist resources/i18n/packstation_de.ts``, or by
hand in the XML), run it again, and commit both files. The ``.ts`` files are the source of
truth; the ``.qm`` files are built from them and checked by ``tests/gui/test_translations.py``.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
I18N_DIR = REPO / "resources" / "i18n"
SOURCES = (REPO / "packstation" / "gui", REPO / "packstation" / "app.py")
LANGUAGES = ("de", "pl")
TOOL_TIMEOUT_S = 120.0


def qt_tool(name: str) -> str:
    """Return the path of PySide6's ``pyside6-<name>`` beside this Python, or on the PATH."""
    script_dir = str(Path(sys.executable).parent)
    found = shutil.which(f"pyside6-{name}", path=script_dir) or shutil.which(f"pyside6-{name}")
    if found is None:
        raise SystemExit(f"pyside6-{name} not found: install PySide6-Essentials (uv sync)")
    return found


def ts_file(language: str, folder: Path = I18N_DIR) -> Path:
    """Return the translation source of ``language``."""
    return folder / f"packstation_{language}.ts"


def lupdate_command(ts: Path, language: str) -> list[str]:
    """Return the lupdate call that refreshes ``ts`` from the GUI sources."""
    return [
        qt_tool("lupdate"),
        "-silent",
        "-extensions",
        "py",
        "-no-obsolete",
        "-locations",
        "relative",
        "-source-language",
        "en",
        "-target-language",
        language,
        *(str(source) for source in SOURCES),
        "-ts",
        str(ts),
    ]


def lrelease_command(ts: Path, qm: Path) -> list[str]:
    """Return the lrelease call that compiles ``ts`` into ``qm``."""
    return [qt_tool("lrelease"), "-silent", str(ts), "-qm", str(qm)]


def run(command: Sequence[str]) -> None:
    """Run one Qt tool; stop with its output when it fails."""
    done = subprocess.run(
        command, capture_output=True, text=True, timeout=TOOL_TIMEOUT_S, check=False
    )
    if done.returncode != 0:
        raise SystemExit(f"{Path(command[0]).name} failed:\n{done.stdout}{done.stderr}")


def main() -> int:
    """Update every .ts from the code and compile every .qm; report what is left to translate."""
    I18N_DIR.mkdir(parents=True, exist_ok=True)
    for language in LANGUAGES:
        ts = ts_file(language)
        run(lupdate_command(ts, language))
        run(lrelease_command(ts, ts.with_suffix(".qm")))
        unfinished = ts.read_text(encoding="utf-8").count('type="unfinished"')
        print(f"{ts.relative_to(REPO)}: {unfinished} message(s) left to translate")
    return 0


if __name__ == "__main__":
    sys.exit(main())
