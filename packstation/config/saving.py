"""Write settings back to the TOML file: atomically, readable only by the station user.

The file is written to a temporary file in the same directory (created with mode 0600 from the
start), flushed to disk and renamed over the old one, so a crash or a full disk leaves either
the old file or the new one, never half of one. The settings model holds no API key, so the key
cannot end up in the file.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from packstation.config.errors import ConfigError
from packstation.config.model import StationSettings

FILE_MODE = 0o600
DIR_MODE = 0o700
_HEADER = (
    "# Packstation station settings (see `packstation config show`).\n"
    "# The API key is never stored here: it is kept in the OS keyring or the credentials file.\n"
)


def save_settings(settings: StationSettings, config_file: Path) -> None:
    """Write ``settings`` to ``config_file`` atomically with mode 0600."""
    text = settings_to_toml(settings)
    try:
        make_private_dirs(config_file.parent)
        write_private_file(config_file, text)
    except OSError as error:
        raise ConfigError(
            f"Cannot save the config file {config_file}: {error.strerror or error}."
        ) from None


def make_private_dirs(directory: Path) -> None:
    """Create ``directory`` and its missing parents as 0700; leave existing ones as they are.

    ``Path.mkdir(parents=True)`` would give the parents the umask's mode, which can be 0777.
    """
    missing = [d for d in (directory, *directory.parents) if not d.exists()]
    for folder in reversed(missing):
        folder.mkdir(mode=DIR_MODE, exist_ok=True)
        if os.name == "posix":
            # mkdir's mode is filtered by the umask; state the intended mode explicitly.
            os.chmod(folder, DIR_MODE)


def write_private_file(path: Path, text: str) -> None:
    """Replace ``path`` with ``text`` via a 0600 temporary file and a rename."""
    descriptor, temp_name = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    # mkstemp creates the file 0600 already; fchmod makes that explicit and immune to umask.
    try:
        with os.fdopen(descriptor, "w", encoding="utf-8", newline="\n") as stream:
            if hasattr(os, "fchmod"):
                os.fchmod(stream.fileno(), FILE_MODE)
            stream.write(text)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temp_name, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temp_name)
        raise
    _sync_directory(path.parent)


def _sync_directory(directory: Path) -> None:
    """Make the rename durable on POSIX; Windows cannot open a directory and needs no sync."""
    if os.name != "posix":
        return
    descriptor = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def settings_to_toml(settings: StationSettings) -> str:
    """Render settings as TOML; unset optional values are left out (TOML has no null)."""
    data = settings.model_dump(mode="json", exclude_none=True)
    lines = [_HEADER]
    _write_table(lines, data, ())
    return "\n".join(lines).rstrip("\n") + "\n"


def _write_table(lines: list[str], table: Mapping[str, Any], path: tuple[str, ...]) -> None:
    scalars = {k: v for k, v in table.items() if not isinstance(v, Mapping)}
    tables = {k: v for k, v in table.items() if isinstance(v, Mapping)}
    if path and (scalars or not tables):
        lines.append(f"[{'.'.join(path)}]")
    lines.extend(f"{key} = {toml_value(value)}" for key, value in scalars.items())
    if path and (scalars or not tables):
        lines.append("")
    for key, child in tables.items():
        _write_table(lines, child, (*path, key))


def toml_value(value: object) -> str:
    """Render one scalar as TOML (strings, booleans, integers, finite floats)."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return repr(value)
    if isinstance(value, str):
        return toml_string(value)
    raise TypeError(f"no TOML form for {type(value).__name__}")


def toml_string(text: str) -> str:
    """Quote ``text`` as a TOML basic string, escaping quotes, backslashes and control chars."""
    out = ['"']
    for char in text:
        if char in ('"', "\\"):
            out.append("\\" + char)
        elif ord(char) < 0x20 or ord(char) == 0x7F:
            out.append(f"\\u{ord(char):04X}")
        else:
            out.append(char)
    out.append('"')
    return "".join(out)
