"""``packstation config``: show the effective settings, the file paths, and manage the API key.

- ``config show [--config PATH] [--json]`` prints every setting with where its value came from
  (default, file or ``env VARIABLE``) and the API key masked; exits 1 on invalid settings.
- ``config path [--config PATH]`` prints the config file, credentials file, keyring and data
  directory.
- ``config set-key [--config PATH]`` reads a key from the terminal (hidden) or one line of
  standard input and stores it in the keyring or the credentials file.
- ``config delete-key [--config PATH]`` removes the stored key.
"""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import Any, TextIO

from packstation.config import ConfigError, LoadedSettings, load_settings, resolve_config_file
from packstation.config.saving import toml_value
from packstation.secrets import (
    API_KEY_VARIABLE,
    ApiKey,
    ApiKeySource,
    SecretStorageError,
    credentials_file,
    delete_api_key,
    keyring_backend_name,
    load_api_key,
    store_api_key,
    store_lead_pin_hash,
)
from packstation.services.lead_pin import hash_pin

_COMMENT_COLUMN = 40


def register(subparsers: Any) -> None:
    """Add ``config`` and its subcommands to the top-level parser."""
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--config", metavar="PATH", type=Path, help="config file (default: the platform's)"
    )
    parser = subparsers.add_parser("config", help="show and edit the station configuration")
    parser.set_defaults(handler=lambda _args: _print_help(parser))
    commands = parser.add_subparsers(dest="config_command", metavar="ACTION")
    show = commands.add_parser("show", parents=[common], help="print the effective settings")
    show.add_argument("--json", action="store_true", help="print JSON instead of TOML-like text")
    show.set_defaults(handler=show_command)
    path = commands.add_parser("path", parents=[common], help="print the configuration paths")
    path.set_defaults(handler=path_command)
    set_key = commands.add_parser("set-key", parents=[common], help="store the API key")
    set_key.set_defaults(handler=set_key_command)
    delete_key = commands.add_parser("delete-key", parents=[common], help="forget the API key")
    lead_pin = commands.add_parser(
        "set-lead-pin", parents=[common], help="set the shift lead PIN that closing asks for"
    )
    lead_pin.set_defaults(handler=set_lead_pin_command)
    delete_key.set_defaults(handler=delete_key_command)


def _print_help(parser: argparse.ArgumentParser) -> int:
    parser.print_help(sys.stdout)
    return 0


def show_command(args: argparse.Namespace) -> int:
    """Print the effective settings with their origins and the masked API key."""
    try:
        loaded = load_settings(args.config)
    except ConfigError as error:
        print(error.message, file=sys.stderr)
        return 1
    key_problem: str | None = None
    try:
        key = load_api_key(loaded.config_dir)
    except SecretStorageError as error:
        key, key_problem = None, error.message
    if args.json:
        _print_json(loaded, key, key_problem, sys.stdout)
    else:
        _print_text(loaded, key, key_problem, sys.stdout)
    if key_problem is not None:
        print(key_problem, file=sys.stderr)
        return 1
    return 0


def _key_summary(key: ApiKey | None, problem: str | None) -> tuple[str, str]:
    """Return (shown value, origin) for the API key; the value is always masked."""
    if problem is not None:
        return "<unreadable>", problem
    if key is None:
        return "<not set>", f"set it with `packstation config set-key` or {API_KEY_VARIABLE}"
    return toml_value(key.masked()), str(key.source)


def _print_text(
    loaded: LoadedSettings, key: ApiKey | None, problem: str | None, out: TextIO
) -> None:
    state = "found" if loaded.file_found else "not found: defaults and environment only"
    print(f"# config file: {loaded.config_file} ({state})", file=out)
    print("# each value is followed by where it came from", file=out)
    data = loaded.settings.model_dump(mode="json")
    for section, values in data.items():
        _print_section(loaded, section, values, out)
        if section == "api":
            shown, origin = _key_summary(key, problem)
            print(_line("key", shown, origin), file=out)
            print(f"# effective address: {loaded.settings.api.base_url}", file=out)


def _print_section(
    loaded: LoadedSettings, name: str, values: Mapping[str, Any], out: TextIO
) -> None:
    scalars = {k: v for k, v in values.items() if not isinstance(v, Mapping)}
    if scalars:
        print(f"\n[{name}]", file=out)
    for key, value in scalars.items():
        shown = "<not set>" if value is None else toml_value(value)
        print(_line(key, shown, loaded.origin(f"{name}.{key}")), file=out)
    for key, child in values.items():
        if isinstance(child, Mapping):
            _print_section(loaded, f"{name}.{key}", child, out)


def _line(key: str, shown: str, origin: str) -> str:
    return f"{key} = {shown}".ljust(_COMMENT_COLUMN) + f"  # {origin}"


def _print_json(
    loaded: LoadedSettings, key: ApiKey | None, problem: str | None, out: TextIO
) -> None:
    document = {
        "config_file": str(loaded.config_file),
        "file_found": loaded.file_found,
        "settings": loaded.settings.model_dump(mode="json"),
        "origins": dict(loaded.origins),
        "api_base_url": loaded.settings.api.base_url,
        "api_key": {
            "set": key is not None,
            "masked": None if key is None else key.masked(),
            "source": None if key is None else str(key.source),
            "problem": problem,
        },
    }
    json.dump(document, out, indent=2)
    out.write("\n")


def path_command(args: argparse.Namespace) -> int:
    """Print where the configuration, the key and the data live."""
    config_file = resolve_config_file(args.config)
    credentials = credentials_file(config_file.parent)
    try:
        data_dir = str(load_settings(config_file).settings.station.data_dir)
    except ConfigError:
        data_dir = "(unknown: the settings are invalid, see `packstation config show`)"
    backend = keyring_backend_name()
    print(f"config file:      {config_file} ({_exists(config_file)})")
    print(f"credentials file: {credentials} ({_exists(credentials)})")
    print(f"keyring:          {backend or 'none available (the credentials file is used)'}")
    print(f"data directory:   {data_dir}")
    return 0


def _exists(path: Path) -> str:
    return "exists" if path.exists() else "does not exist"


def set_key_command(args: argparse.Namespace) -> int:
    """Read the API key from the terminal or standard input and store it securely."""
    config_dir = resolve_config_file(args.config).parent
    if sys.stdin.isatty():
        entered = getpass.getpass("SortedPRO API key: ")
    else:
        entered = sys.stdin.readline()
    try:
        where = store_api_key(entered, config_dir)
    except SecretStorageError as error:
        print(error.message, file=sys.stderr)
        return 1
    place = credentials_file(config_dir) if where is ApiKeySource.FILE else "the OS keyring"
    print(f"API key stored in {place}.")
    if os.environ.get(API_KEY_VARIABLE, "").strip():
        print(f"Note: {API_KEY_VARIABLE} is set and takes precedence over the stored key.")
    return 0


def set_lead_pin_command(args: argparse.Namespace) -> int:
    """Read the shift lead's PIN twice, hidden, and store its salted hash."""
    config_dir = resolve_config_file(args.config).parent
    if sys.stdin.isatty():
        first = getpass.getpass("Shift lead PIN (4-12 digits): ")
        second = getpass.getpass("Again: ")
    else:
        first = second = sys.stdin.readline().strip()
    if first != second:
        print("The two PINs differ; nothing was stored.", file=sys.stderr)
        return 1
    try:
        path = store_lead_pin_hash(hash_pin(first), config_dir)
    except ValueError as error:
        print(f"Not stored: {error}.", file=sys.stderr)
        return 1
    except SecretStorageError as error:
        print(error.message, file=sys.stderr)
        return 1
    print(f"Shift lead PIN stored (hashed) in {path}.")
    return 0


def delete_key_command(args: argparse.Namespace) -> int:
    """Remove the stored API key from the keyring and the credentials file."""
    config_dir = resolve_config_file(args.config).parent
    removed = delete_api_key(config_dir)
    if removed:
        print("API key removed from " + " and ".join(str(where) for where in removed) + ".")
    else:
        print("No stored API key was found.")
    return 0
