"""Files the station writes are readable only by the station user, whatever the umask says.

With a umask of 0 (everything would be world-readable and -writable) the station creates its
config file, credentials file, lead PIN file and journal (with SQLite's ``-wal`` and ``-shm``)
as 0600, and every directory it has to create for them, parents included, as 0700; so are the
bench window's log file and each file it rotates into. Crash reports are not files (they go to
the crash dialog, see ``test_key_sweep.py``). A credentials or lead PIN file that others can read
is refused with the ``chmod`` to run; a journal that others can read is tightened on opening.
"""

from __future__ import annotations

import logging
import os
import stat
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from packstation import log as station_log
from packstation.config import StationSettings, save_settings
from packstation.journal import Journal
from packstation.secrets import (
    SecretStorageError,
    credentials_file,
    lead_pin_file,
    load_api_key,
    load_lead_pin_hash,
    store_api_key,
    store_lead_pin_hash,
)
from packstation.services.lead_pin import hash_pin
from tests.logging_state import restored_root_logging
from tests.security.leaks import KNOWN_KEY

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX file modes (not Windows)")


@pytest.fixture
def open_umask() -> Iterator[None]:
    previous = os.umask(0)
    try:
        yield
    finally:
        os.umask(previous)


@pytest.fixture(autouse=True)
def no_keyring(monkeypatch: pytest.MonkeyPatch) -> None:
    # None in sys.modules makes `import keyring` fail: the key goes to the credentials file.
    monkeypatch.setitem(sys.modules, "keyring", None)


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def _modes_below(base: Path) -> dict[str, str]:
    """Return the mode of everything under ``base`` (``base`` itself excluded), as octal text."""
    return {str(p.relative_to(base)): oct(_mode(p)) for p in sorted(base.rglob("*"))}


def _expected(base: Path) -> dict[str, str]:
    return {
        str(p.relative_to(base)): oct(0o700 if p.is_dir() else 0o600)
        for p in sorted(base.rglob("*"))
    }


def test_everything_the_station_stores_is_private_under_an_open_umask(
    tmp_path: Path, open_umask: None
) -> None:
    config_dir = tmp_path / "home" / "config" / "packstation"
    save_settings(StationSettings(), config_dir / "station.toml")
    store_api_key(KNOWN_KEY, config_dir)
    store_lead_pin_hash(hash_pin("2468"), config_dir)
    journal_path = tmp_path / "home" / "data" / "packstation" / "journal.sqlite3"
    with Journal.open(journal_path):
        written = {path.name for path in journal_path.parent.iterdir()}
        assert {"journal.sqlite3-wal", "journal.sqlite3-shm"} <= written
        assert _modes_below(tmp_path) == _expected(tmp_path)
    assert {p.name for p in config_dir.iterdir()} == {"station.toml", "credentials", "lead-pin"}
    assert _modes_below(tmp_path) == _expected(tmp_path)


def test_the_log_file_and_its_rotated_files_are_private_under_an_open_umask(
    tmp_path: Path, open_umask: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(station_log, "LOG_FILE_BYTES", 300)
    log_file = tmp_path / "home" / "data" / "packstation" / "logs" / "packstation.log"
    with restored_root_logging():
        station_log.configure_logging(0, log_file=log_file)
        for number in range(20):
            logging.getLogger("packstation.test").info("call %d answered", number)
    assert len(list(log_file.parent.iterdir())) > 2, "the log rotated"
    assert _modes_below(tmp_path) == _expected(tmp_path)


def test_the_key_and_pin_commands_write_private_files_under_an_open_umask(
    tmp_path: Path,
) -> None:
    home = tmp_path / "home"
    env = {
        **{k: v for k, v in os.environ.items() if not k.startswith("PACKSTATION_")},
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(home / "config"),
        "XDG_DATA_HOME": str(home / "data"),
        "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
    }
    for command, typed in (("set-key", KNOWN_KEY), ("set-lead-pin", "2468")):
        done = subprocess.run(
            [sys.executable, "-m", "packstation", "config", command],
            env=env,
            input=typed + "\n",
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
            umask=0,
        )
        assert done.returncode == 0, done.stderr
    assert sorted(p.name for p in (home / "config" / "packstation").iterdir()) == [
        "credentials",
        "lead-pin",
    ]
    assert _modes_below(tmp_path) == _expected(tmp_path)


@pytest.mark.parametrize("loose_mode", [0o644, 0o640, 0o604, 0o660, 0o666])
def test_a_credentials_file_others_can_read_is_refused_with_the_fix(
    tmp_path: Path, loose_mode: int
) -> None:
    path = credentials_file(tmp_path)
    path.write_text(KNOWN_KEY + "\n", encoding="utf-8")
    path.chmod(loose_mode)
    with pytest.raises(SecretStorageError) as refused:
        load_api_key(tmp_path, environ={})
    assert f"chmod 600 {path}" in refused.value.message
    assert KNOWN_KEY not in refused.value.message
    path.chmod(0o600)
    key = load_api_key(tmp_path, environ={})
    assert key is not None and key.reveal() == KNOWN_KEY


def test_storing_the_key_again_replaces_a_loose_file_with_a_private_one(tmp_path: Path) -> None:
    path = credentials_file(tmp_path)
    path.write_text("an-old-key\n", encoding="utf-8")
    path.chmod(0o644)
    store_api_key(KNOWN_KEY, tmp_path)
    assert _mode(path) == 0o600
    key = load_api_key(tmp_path, environ={})
    assert key is not None and key.reveal() == KNOWN_KEY


def test_a_lead_pin_file_others_can_read_is_refused(tmp_path: Path) -> None:
    path = store_lead_pin_hash(hash_pin("2468"), tmp_path)
    assert path == lead_pin_file(tmp_path)
    path.chmod(0o644)
    with pytest.raises(SecretStorageError, match="chmod 600"):
        load_lead_pin_hash(tmp_path)


def test_a_journal_others_can_read_is_made_private_when_opened(tmp_path: Path) -> None:
    path = tmp_path / "journal.sqlite3"
    with Journal.open(path):
        pass
    path.chmod(0o644)
    with Journal.open(path):
        assert _mode(path) == 0o600
        assert _mode(path.with_name("journal.sqlite3-wal")) == 0o600
