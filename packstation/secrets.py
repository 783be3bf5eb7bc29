"""Where the SortedPRO API key is kept, and the only code that reads or writes it.

Order of precedence when loading: the ``PACKSTATION_API_KEY`` environment variable, then the OS
keyring, then the credentials file. Storing goes to the keyring when a working backend exists
and to the credentials file otherwise. The ``keyring`` package is optional and imported only when
needed; when it is missing, has only its "fail" or "null" backend (a headless Linux station
without a Secret Service session), or raises, the station simply has no keyring.

The credentials file is ``credentials`` beside the config file. It is created with mode 0600
through a temporary file and a rename, so it is never readable by anyone else, not even
briefly; a file that others can read is refused when loading. On Windows the file sits in the
user's own profile directory, whose permissions already keep other users out.

The key is carried as a pydantic ``SecretStr``: its repr and str are masked, and no message
raised or logged here contains it. Every key loaded or stored here is also handed to
:func:`packstation.log.add_secret`, so a key typed into the Settings screen or the first-run
dialog is masked in log lines and crash reports from that moment on.
"""

from __future__ import annotations

import contextlib
import importlib
import logging
import os
import stat
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from types import ModuleType

from pydantic import SecretStr

from packstation.config.saving import make_private_dirs, write_private_file
from packstation.errors import UserFacingError
from packstation.log import add_secret

log = logging.getLogger(__name__)

API_KEY_VARIABLE = "PACKSTATION_API_KEY"
CREDENTIALS_FILE_NAME = "credentials"
KEYRING_SERVICE = "packstation"
_MIN_LENGTH_TO_HINT = 12
MAX_SECRET_FILE_BYTES = 64 * 1024
"""A key or PIN hash is under 1 kB: a larger file is not one of ours and is not read."""


class ApiKeySource(StrEnum):
    """Where an API key was found or stored."""

    ENVIRONMENT = "environment variable PACKSTATION_API_KEY"
    KEYRING = "OS keyring"
    FILE = "credentials file"


class SecretStorageError(UserFacingError):
    """The key cannot be stored or read back (bad file permissions, unwritable directory)."""

    retryable = False


@dataclass(frozen=True)
class ApiKey:
    """An API key and where it came from; its repr never shows the key."""

    value: SecretStr
    source: ApiKeySource

    def reveal(self) -> str:
        """Return the key itself, for the HTTP header and nothing else."""
        return self.value.get_secret_value()

    def masked(self) -> str:
        """Return a hint safe to show: the first and last two characters of a long key."""
        return mask_secret(self.reveal())


def mask_secret(secret: str) -> str:
    """Return ``ab...yz`` for a long secret, ``set`` for a short one, ``not set`` for none."""
    if not secret:
        return "not set"
    if len(secret) < _MIN_LENGTH_TO_HINT:
        return "set"
    return f"{secret[:2]}...{secret[-2:]}"


def credentials_file(config_dir: Path) -> Path:
    """Return the credentials file that belongs to the config directory ``config_dir``."""
    return config_dir / CREDENTIALS_FILE_NAME


def clean_api_key(key: str | SecretStr) -> SecretStr:
    """Strip blanks and refuse an empty key or control characters; logs mask the key from now."""
    text = key.get_secret_value() if isinstance(key, SecretStr) else key
    text = text.strip()
    if not text:
        raise SecretStorageError("The API key is empty.")
    if any(ord(char) < 0x20 or ord(char) == 0x7F for char in text):
        # Never echo the key: say only what is wrong with it.
        raise SecretStorageError("The API key contains a line break or control character.")
    if not text.isascii():
        # An HTTP header carries ASCII only; such a key could never be sent.
        raise SecretStorageError("The API key contains characters that are not plain ASCII.")
    add_secret(text)
    return SecretStr(text)


def load_api_key(config_dir: Path, environ: Mapping[str, str] | None = None) -> ApiKey | None:
    """Return the effective API key (environment, keyring, credentials file) or None."""
    env = os.environ if environ is None else environ
    from_env = env.get(API_KEY_VARIABLE, "").strip()
    if from_env:
        return _checked(from_env, ApiKeySource.ENVIRONMENT)
    from_keyring = _keyring_get(config_dir)
    if from_keyring:
        return _checked(from_keyring, ApiKeySource.KEYRING)
    from_file = _read_credentials(credentials_file(config_dir))
    if from_file:
        return _checked(from_file, ApiKeySource.FILE, credentials_file(config_dir))
    return None


def _checked(text: str, source: ApiKeySource, path: Path | None = None) -> ApiKey:
    """Wrap a found key, refusing one that could not go into an HTTP header."""
    try:
        return ApiKey(clean_api_key(text), source)
    except SecretStorageError as error:
        where = f"the {source}" if path is None else f"the {source} {path}"
        raise SecretStorageError(f"{error.message[:-1]} (found in {where}).") from None


def store_api_key(key: str | SecretStr, config_dir: Path) -> ApiKeySource:
    """Store the key in the keyring if one works, else in the credentials file; say where."""
    secret = clean_api_key(key)
    if _keyring_set(config_dir, secret.get_secret_value()):
        # A key left in the file from a time without keyring would be stale and readable.
        _remove_credentials(credentials_file(config_dir))
        return ApiKeySource.KEYRING
    path = credentials_file(config_dir)
    try:
        make_private_dirs(config_dir)
        write_private_file(path, secret.get_secret_value() + "\n")
    except OSError as error:
        raise SecretStorageError(
            f"Cannot write the credentials file {path}: {error.strerror or type(error).__name__}."
        ) from None
    return ApiKeySource.FILE


LEAD_PIN_FILE = "lead-pin"


def lead_pin_file(config_dir: Path) -> Path:
    """Return where the shift lead's PIN hash is kept (readable only by the station user)."""
    return config_dir / LEAD_PIN_FILE


def store_lead_pin_hash(pin_hash: str, config_dir: Path) -> Path:
    """Keep the shift lead's PIN hash (never the PIN) in a 0600 file; return its path."""
    if not pin_hash.startswith("scrypt$") or any(c in pin_hash for c in "\r\n"):
        raise ValueError("only a scrypt PIN hash can be stored")
    path = lead_pin_file(config_dir)
    try:
        make_private_dirs(config_dir)
        write_private_file(path, pin_hash + "\n")
    except OSError as error:
        raise SecretStorageError(
            f"Cannot write the lead PIN file {path}: {error.strerror or type(error).__name__}."
        ) from None
    return path


def load_lead_pin_hash(config_dir: Path) -> str | None:
    """Return the stored PIN hash, or ``None`` when no shift lead PIN is set."""
    path = lead_pin_file(config_dir)
    try:
        data = _read_small(path, "lead PIN file")
        text = data.decode("ascii").strip()
    except FileNotFoundError:
        return None
    except UnicodeDecodeError:
        raise SecretStorageError(
            f"The lead PIN file {path} is damaged; set the PIN again with "
            "`packstation config set-lead-pin`."
        ) from None
    except OSError as error:
        raise SecretStorageError(
            f"Cannot read the lead PIN file {path}: {error.strerror or type(error).__name__}."
        ) from None
    return text or None


def delete_api_key(config_dir: Path) -> list[ApiKeySource]:
    """Remove the stored key from the keyring and the credentials file; return where it was."""
    removed: list[ApiKeySource] = []
    if _keyring_delete(config_dir):
        removed.append(ApiKeySource.KEYRING)
    if _remove_credentials(credentials_file(config_dir)):
        removed.append(ApiKeySource.FILE)
    return removed


def keyring_backend_name() -> str | None:
    """Return the name of the working keyring backend, or None when there is none."""
    backend = _working_keyring()
    return None if backend is None else type(backend.get_keyring()).__name__


def _working_keyring() -> ModuleType | None:
    """Import ``keyring`` if installed and return it when its backend can store secrets."""
    try:
        module = importlib.import_module("keyring")
        backend = module.get_keyring()
        priority = float(getattr(backend, "priority", 0))
    except ImportError:
        return None
    except Exception as error:  # any backend failure means "no keyring"
        log.debug("keyring unusable: %s", type(error).__name__)
        return None
    backend_module = type(backend).__module__
    if priority <= 0 or backend_module.endswith((".fail", ".null")):
        return None
    return module


def _keyring_user(config_dir: Path) -> str:
    return f"api-key:{config_dir.absolute()}"


def _keyring_get(config_dir: Path) -> str | None:
    module = _working_keyring()
    if module is None:
        return None
    try:
        value = module.get_password(KEYRING_SERVICE, _keyring_user(config_dir))
    except Exception as error:  # a locked or broken keyring is "no key there"
        log.warning("Could not read the API key from the keyring (%s)", type(error).__name__)
        return None
    return value.strip() if isinstance(value, str) and value.strip() else None


def _keyring_set(config_dir: Path, key: str) -> bool:
    module = _working_keyring()
    if module is None:
        return False
    try:
        module.set_password(KEYRING_SERVICE, _keyring_user(config_dir), key)
    except Exception as error:  # fall back to the credentials file
        log.warning("Could not store the API key in the keyring (%s)", type(error).__name__)
        return False
    return True


def _keyring_delete(config_dir: Path) -> bool:
    module = _working_keyring()
    if module is None:
        return False
    try:
        if module.get_password(KEYRING_SERVICE, _keyring_user(config_dir)) is None:
            return False
        module.delete_password(KEYRING_SERVICE, _keyring_user(config_dir))
    except Exception as error:  # report, and let the file be removed anyway
        log.warning("Could not delete the API key from the keyring (%s)", type(error).__name__)
        return False
    return True


def _read_credentials(path: Path) -> str | None:
    try:
        data = _read_small(path, "credentials file")
    except FileNotFoundError:
        return None
    except OSError as error:
        raise SecretStorageError(
            f"Cannot read the credentials file {path}: {error.strerror or type(error).__name__}."
        ) from None
    text = data.decode("utf-8", errors="replace").strip()
    return text or None


def _read_small(path: Path, what: str) -> bytes:
    """Read a private file whole, refusing one others can read or too large to be ours."""
    with path.open("rb") as stream:
        status = os.fstat(stream.fileno())
        _refuse_shared_file(path, status, what)
        if stat.S_ISDIR(status.st_mode):
            raise SecretStorageError(f"The {what} {path} is a folder, not a file.")
        data = stream.read(MAX_SECRET_FILE_BYTES + 1)
    if len(data) > MAX_SECRET_FILE_BYTES:
        raise SecretStorageError(f"The {what} {path} is far too large to be one; replace it.")
    return data


def _refuse_shared_file(path: Path, status: os.stat_result, what: str = "credentials file") -> None:
    """Refuse a secret's file other users could read, as ssh does with private keys."""
    if os.name != "posix":
        return
    if stat.S_IMODE(status.st_mode) & 0o077:
        redo = "store the key again" if what == "credentials file" else "set it again"
        raise SecretStorageError(
            f"The {what} {path} can be read by other users; run `chmod 600 {path}` or {redo}."
        )


def _remove_credentials(path: Path) -> bool:
    with contextlib.suppress(FileNotFoundError):
        path.unlink()
        return True
    return False
