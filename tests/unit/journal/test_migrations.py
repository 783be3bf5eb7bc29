"""Schema versions: old files move forward, newer files are refused and left untouched."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest

from packstation.errors import UserFacingError
from packstation.journal import SCHEMA_VERSION, Journal, JournalVersionError, PackStage
from packstation.journal.schema import MIGRATIONS, Migration, migrate, read_version


def _make_file(path: Path, migrations: tuple[Migration, ...]) -> sqlite3.Connection:
    path.parent.mkdir(parents=True, exist_ok=True)
    connection = sqlite3.connect(path, isolation_level=None)
    migrate(connection, migrations)
    return connection


def _tables(connection: sqlite3.Connection) -> set[str]:
    rows = connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
    return {row[0] for row in rows}


def test_steps_are_numbered_from_one() -> None:
    assert [step.version for step in MIGRATIONS] == list(range(1, SCHEMA_VERSION + 1))


def test_a_version_1_file_is_migrated_forward_with_its_data(journal_path: Path) -> None:
    connection = _make_file(journal_path, MIGRATIONS[:1])
    assert read_version(connection) == 1
    assert "voids" not in _tables(connection)
    connection.execute(
        "INSERT INTO shifts (location_reference, opened_at, opened_by)"
        " VALUES ('SL-1', '2026-03-02T08:00:00.000000+00:00', 'ann')"
    )
    connection.execute(
        "INSERT INTO packs (shift_id, consignment_reference, started_at, stage, stage_at)"
        " VALUES (1, 'EC-OLD-000-001', '2026-03-02T08:01:00.000000+00:00', 'started',"
        " '2026-03-02T08:01:00.000000+00:00')"
    )
    connection.execute(
        "INSERT INTO pack_stages (pack_id, at, stage)"
        " VALUES (1, '2026-03-02T08:01:00.000000+00:00', 'started')"
    )
    connection.close()

    with Journal.open(journal_path) as journal:
        assert journal.schema_version == SCHEMA_VERSION
        pack = journal.pack_for_consignment(1, "EC-OLD-000-001")
        assert pack is not None and pack.stage is PackStage.STARTED
        assert journal.void_pack(pack.pack_id, "customer cancelled") is PackStage.VOIDED
        assert journal.check_consistency() == []


def test_a_newer_file_is_refused_and_left_byte_for_byte(journal_path: Path) -> None:
    connection = _make_file(journal_path, MIGRATIONS)
    connection.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    connection.close()
    before = hashlib.sha256(journal_path.read_bytes()).hexdigest()
    modified = journal_path.stat().st_mtime_ns

    with pytest.raises(JournalVersionError) as caught:
        Journal.open(journal_path)

    error = caught.value
    assert isinstance(error, UserFacingError) and not error.retryable
    assert "newer Packstation" in error.message and str(journal_path) in error.message
    assert (error.file_version, error.supported_version) == (SCHEMA_VERSION + 1, SCHEMA_VERSION)
    assert hashlib.sha256(journal_path.read_bytes()).hexdigest() == before
    assert journal_path.stat().st_mtime_ns == modified
    assert not Path(f"{journal_path}-wal").exists()


def test_pending_steps_run_together_and_a_failing_step_rolls_all_back(tmp_path: Path) -> None:
    connection = _make_file(tmp_path / "j.sqlite3", MIGRATIONS[:1])
    broken = (
        *MIGRATIONS,
        Migration(SCHEMA_VERSION + 1, "broken", ("CREATE TABLE extra (a)", "SELECT * FROM nope")),
    )
    with pytest.raises(sqlite3.OperationalError):
        migrate(connection, broken)
    assert read_version(connection) == 1
    assert not {"voids", "extra"} & _tables(connection)
    connection.close()


def test_a_later_step_is_applied_to_a_current_file(tmp_path: Path) -> None:
    connection = _make_file(tmp_path / "j.sqlite3", MIGRATIONS)
    extra = Migration(SCHEMA_VERSION + 1, "note", ("ALTER TABLE packs ADD COLUMN note TEXT",))
    assert migrate(connection, (*MIGRATIONS, extra)) == (SCHEMA_VERSION, SCHEMA_VERSION + 1)
    assert migrate(connection, (*MIGRATIONS, extra)) == (SCHEMA_VERSION + 1, SCHEMA_VERSION + 1)
    columns = {row[1] for row in connection.execute("PRAGMA table_info(packs)")}
    assert "note" in columns
    connection.close()


def test_misnumbered_steps_are_a_programming_error(tmp_path: Path) -> None:
    connection = sqlite3.connect(tmp_path / "j.sqlite3", isolation_level=None)
    with pytest.raises(ValueError, match="numbered 3"):
        migrate(connection, (MIGRATIONS[0], Migration(3, "skips two", ())))
    assert read_version(connection) == 0
    connection.close()
