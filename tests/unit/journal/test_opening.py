"""Opening the journal: where the file goes, who may read it, and the connection settings."""

from __future__ import annotations

import os
import sqlite3
import stat
import sys
from pathlib import Path

import pytest

from packstation.errors import UserFacingError
from packstation.journal import (
    SCHEMA_VERSION,
    Journal,
    JournalClosedError,
    JournalOpenError,
    default_journal_path,
)
from packstation.journal.schema import APPLICATION_ID

posix_only = pytest.mark.skipif(os.name != "posix", reason="file modes need a POSIX filesystem")


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_constructor_touches_nothing(tmp_path: Path) -> None:
    path = tmp_path / "not-yet" / "journal.sqlite3"
    journal = Journal(path)
    assert not journal.is_open
    assert not path.parent.exists()
    with pytest.raises(JournalClosedError):
        journal.current_shift()
    with pytest.raises(JournalClosedError):
        _ = journal.schema_version


def test_open_creates_the_file_at_the_current_version(journal_path: Path) -> None:
    with Journal.open(journal_path) as journal:
        assert journal.is_open
        assert journal.path == journal_path
        assert journal.schema_version == SCHEMA_VERSION
    assert journal_path.is_file()
    assert not journal.is_open


def test_context_manager_opens_an_unopened_journal(journal_path: Path) -> None:
    with Journal(journal_path) as journal:
        assert journal.open_shift("ann", "SL-1").shift_id == 1
    with pytest.raises(JournalClosedError):
        journal.open_shift("bob", "SL-1")


def test_close_twice_and_reopen_keeps_the_data(journal_path: Path) -> None:
    journal = Journal.open(journal_path)
    shift = journal.open_shift("ann", "SL-1")
    journal.close()
    journal.close()
    journal.connect()
    assert journal.current_shift() == shift
    journal.close()


@posix_only
def test_new_file_and_directory_are_private(tmp_path: Path) -> None:
    path = tmp_path / "station" / "journal.sqlite3"
    with Journal.open(path) as journal:
        journal.open_shift("ann", "SL-1")
        sidecars = [Path(f"{path}-wal"), Path(f"{path}-shm")]
        assert all(sidecar.exists() for sidecar in sidecars)
        assert {_mode(sidecar) for sidecar in sidecars} == {0o600}
    assert _mode(path.parent) == 0o700
    assert _mode(path) == 0o600


@posix_only
def test_existing_readable_file_is_tightened(journal_path: Path) -> None:
    with Journal.open(journal_path):
        pass
    os.chmod(journal_path, 0o644)
    with Journal.open(journal_path):
        pass
    assert _mode(journal_path) == 0o600


def test_settings_are_the_safe_ones(journal: Journal) -> None:
    settings = journal.connection_settings()
    assert settings["journal_mode"] == "wal"
    assert settings["synchronous"] == 2  # FULL
    assert settings["foreign_keys"] == 1
    assert int(str(settings["busy_timeout"])) > 0


@pytest.mark.skipif(
    not sys.platform.startswith("linux"),
    reason="only Linux platformdirs reads XDG_DATA_HOME, which keeps the test out of the real home",
)
def test_default_path_is_in_the_user_data_dir(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    assert default_journal_path() == tmp_path / "xdg" / "packstation" / "journal.sqlite3"
    with Journal() as journal:
        assert journal.path == default_journal_path()
        assert journal.path.is_file()


def test_a_file_that_is_not_a_database_is_refused_untouched(journal_path: Path) -> None:
    journal_path.parent.mkdir(parents=True)
    garbage = b"this is a shopping list, not a journal\n" * 200
    journal_path.write_bytes(garbage)
    with pytest.raises(JournalOpenError) as caught:
        Journal.open(journal_path)
    assert isinstance(caught.value, UserFacingError)
    assert str(journal_path) in caught.value.message
    assert journal_path.read_bytes() == garbage


def test_an_unwritable_place_is_a_clear_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file-not-dir"
    blocker.write_text("x")
    with pytest.raises(JournalOpenError, match="cannot be opened"):
        Journal.open(blocker / "journal.sqlite3")


def test_naive_times_from_the_clock_are_refused(journal_path: Path) -> None:
    from datetime import datetime

    with Journal.open(journal_path, clock=lambda: datetime(2026, 1, 1, 8, 0)) as journal:
        with pytest.raises(ValueError, match="timezone-aware"):
            journal.open_shift("ann", "SL-1")
        assert journal.current_shift() is None


def test_another_programs_database_is_refused_untouched(journal_path: Path) -> None:
    journal_path.parent.mkdir(parents=True)
    other = sqlite3.connect(journal_path)
    other.execute("CREATE TABLE recipes (name TEXT)")
    other.commit()
    other.close()
    before = journal_path.read_bytes()
    with pytest.raises(JournalOpenError, match="another program"):
        Journal.open(journal_path)
    assert journal_path.read_bytes() == before


def test_the_file_is_marked_as_a_journal(journal: Journal, journal_path: Path) -> None:
    connection = sqlite3.connect(journal_path)
    try:
        assert connection.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    finally:
        connection.close()
