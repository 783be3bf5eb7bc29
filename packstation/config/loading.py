"""Load the effective settings: defaults, then the TOML file, then ``PACKSTATION_*`` variables.

The merge is done here rather than by a settings library's own sources so that every value keeps
its origin (shown by ``packstation config show``) and so that a bad value is reported with the
setting's name, the value and the file or variable it came from.
"""

from __future__ import annotations

import os
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from packstation.config.errors import ConfigError, describe_problems
from packstation.config.model import StationSettings
from packstation.config.names import ENV_NAMES, dotted, set_nested
from packstation.config.paths import resolve_config_file

DEFAULT = "default"
FILE = "file"
MAX_CONFIG_BYTES = 1024 * 1024
"""A station file is a few kB; anything over 1 MB is the wrong file and is not read."""
_KEY_NAMES = ("key", "api_key", "apikey")


@dataclass(frozen=True)
class LoadedSettings:
    """Settings together with the file they were read from and the origin of each value.

    ``origins`` maps a dotted setting name (``printers.label.url``) to ``"file"`` or
    ``"env NAME"``; a name that is absent holds its default.
    """

    settings: StationSettings
    config_file: Path
    file_found: bool
    origins: Mapping[str, str]

    @property
    def config_dir(self) -> Path:
        """The directory of the config file, which also holds the credentials file."""
        return self.config_file.parent

    @property
    def is_unconfigured(self) -> bool:
        """True when neither a config file nor any ``PACKSTATION_*`` setting exists: first run."""
        return not self.file_found and not self.origins

    def origin(self, name: str) -> str:
        """Return where the setting ``name`` came from: default, file or ``env NAME``."""
        return self.origins.get(name, DEFAULT)


def load_settings(
    config_file: str | os.PathLike[str] | None = None, environ: Mapping[str, str] | None = None
) -> LoadedSettings:
    """Read and check the station settings; raise :class:`ConfigError` on any bad value.

    ``config_file`` is the ``--config`` value (None for ``PACKSTATION_CONFIG`` or the platform
    default). ``environ`` defaults to ``os.environ``; pass ``{}`` to see the file alone, as an
    editor that saves the file back must (otherwise overrides would be written into the file).
    """
    env = os.environ if environ is None else environ
    path = resolve_config_file(config_file, env)
    from_file = read_config_file(path)
    origins = {name: FILE for name in _leaf_names(from_file)}
    merged = from_file if from_file is not None else {}
    _refuse_hidden_keys(path, merged)
    for setting_path, variable in ENV_NAMES.items():
        value = env.get(variable, "")
        if value.strip():
            set_nested(merged, setting_path, value)
            origins[dotted(setting_path)] = f"env {variable}"
    try:
        settings = StationSettings(**merged)
    except ValidationError as error:
        problems = describe_problems(error, merged, origins, default_origin=FILE)
        heading = f"Invalid station settings (config file {path}):"
        raise ConfigError("\n".join([heading, *(f"- {p}" for p in problems)]), problems) from None
    return LoadedSettings(settings, path, from_file is not None, origins)


def read_config_file(path: Path) -> dict[str, Any] | None:
    """Return the parsed TOML file, None when it does not exist; ConfigError when unusable."""
    try:
        text = _read_text(path)
    except FileNotFoundError:
        return None
    except UnicodeDecodeError:
        raise ConfigError(f"The config file {path} is not UTF-8 text.") from None
    except OSError as error:
        raise ConfigError(f"Cannot read the config file {path}: {error.strerror}.") from None
    except ValueError:  # a NUL byte in the path given with --config
        raise ConfigError(f"The config file name {str(path)!r} is not a valid path.") from None
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        # tomllib's message ends with "(at line L, column C)", which is what the operator needs;
        # only an error at the very end says "(at end of document)", so the line is added.
        where = "" if "line" in str(error) else f" (line {text.count(chr(10)) + 1})"
        raise ConfigError(f"The config file {path} is not valid TOML: {error}{where}.") from None
    _refuse_stored_key(path, data)
    return data


def _read_text(path: Path) -> str:
    """Read the file as UTF-8, refusing one too large to be a station file before reading it."""
    with path.open("rb") as stream:
        size_bytes = os.fstat(stream.fileno()).st_size
        if size_bytes > MAX_CONFIG_BYTES:
            raise ConfigError(
                f"The config file {path} is {size_bytes / (1024 * 1024):.1f} MB; a station file "
                "is a few kB. Check that --config or PACKSTATION_CONFIG names the right file."
            )
        return stream.read().decode("utf-8")


def _refuse_hidden_keys(path: Path, data: Mapping[str, Any]) -> None:
    """Refuse top-level keys starting with ``_``: no setting does.

    Said in words of its own, as pydantic treats such names as private attributes, not settings
    (and a settings library would take them as its options, ``_env_file`` and the like).
    """
    hidden = [key for key in data if key.startswith("_")]
    if hidden:
        problems = tuple(f"{key}: not a setting (no setting starts with _)" for key in hidden)
        heading = f"Invalid station settings (config file {path}):"
        raise ConfigError("\n".join([heading, *(f"- {p}" for p in problems)]), problems)


def _refuse_stored_key(path: Path, data: Mapping[str, Any]) -> None:
    """Refuse a hand-edited API key in the file; keys belong in secure storage."""
    api = data.get("api")
    sections = [data, api] if isinstance(api, Mapping) else [data]
    if any(name in section for section in sections for name in _KEY_NAMES):
        raise ConfigError(
            f"The config file {path} contains an API key; keys are never kept in the config "
            "file. Remove that line and store the key with `packstation config set-key` or set "
            "PACKSTATION_API_KEY."
        )


def _leaf_names(data: Mapping[str, Any] | None, prefix: str = "") -> list[str]:
    if data is None:
        return []
    names: list[str] = []
    for key, value in data.items():
        name = f"{prefix}{key}"
        if isinstance(value, Mapping):
            names.extend(_leaf_names(value, f"{name}."))
        else:
            names.append(name)
    return names
