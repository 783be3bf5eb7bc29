"""Where the station's files live: the config file, the credentials file beside it.

The config file is ``station.toml`` in the platform's user config directory (``platformdirs``:
``~/.config/packstation`` on Linux, ``%LOCALAPPDATA%/packstation`` on Windows) unless the caller
passes ``--config PATH`` or the environment sets ``PACKSTATION_CONFIG``. The credentials file
and the keyring entry belong to the directory of the config file in use, so a second station
configured on the same computer keeps its own key.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path

import platformdirs

from packstation.config.model import APP_NAME

CONFIG_FILE_NAME = "station.toml"
CONFIG_PATH_VARIABLE = "PACKSTATION_CONFIG"


def default_config_file() -> Path:
    """Return the platform's config file path for the station user."""
    return Path(platformdirs.user_config_dir(APP_NAME)) / CONFIG_FILE_NAME


def resolve_config_file(
    explicit: str | os.PathLike[str] | None = None, environ: Mapping[str, str] | None = None
) -> Path:
    """Return the config file to use: ``explicit``, else ``PACKSTATION_CONFIG``, else default."""
    env = os.environ if environ is None else environ
    if explicit is not None:
        return Path(explicit).expanduser().absolute()
    from_env = env.get(CONFIG_PATH_VARIABLE, "").strip()
    if from_env:
        return Path(from_env).expanduser().absolute()
    return default_config_file()
