"""Writes the machine refuses: the operator is told, nothing stays half-written, work resumes."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from packstation.errors import UserFacingError
from packstation.journal import SCHEMA_VERSION, Journal, JournalUnavailableError
from tests.unit.journal.builders import SteppingClock, allocated_pack


def test_a_file_held_by_another_program_is_reported_and_recovered(
    journal_path: Path, clock: SteppingClock
) -> None:
    with Journal.open(journal_path, clock=clock, busy_timeout_s=0.05) as journal:
        shift = journal.open_shift("ann", "SL-1")
        other = sqlite3.connect(journal_path, isolation_level=None)
        try:
            other.execute("BEGIN IMMEDIATE")
            with pytest.raises(JournalUnavailableError) as caught:
                allocated_pack(journal, shift.shift_id)
            assert isinstance(caught.value, UserFacingError) and caught.value.retryable
            assert "busy" in caught.value.message and str(journal_path) in caught.value.message
            # Reads go on while another program holds the write lock.
            assert journal.shift_packs(shift.shift_id) == []
        finally:
            other.execute("ROLLBACK")
            other.close()
        pack = allocated_pack(journal, shift.shift_id)
        assert journal.shift_packs(shift.shift_id) == [pack]
        assert journal.check_consistency() == []


def test_programming_errors_are_not_dressed_up_as_operator_errors(journal: Journal) -> None:
    with pytest.raises(sqlite3.OperationalError, match="no such table"):
        with journal._write() as connection:
            connection.execute("INSERT INTO no_such_table VALUES (1)")
    assert journal.open_shift("ann", "SL-1").shift_id == 1


def test_opening_a_file_locked_by_another_program_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "journal.sqlite3"
    other = sqlite3.connect(path, isolation_level=None)
    try:
        other.execute("BEGIN EXCLUSIVE")
        with pytest.raises(JournalUnavailableError, match="cannot be opened now"):
            Journal.open(path, busy_timeout_s=0.05)
    finally:
        other.execute("ROLLBACK")
        other.close()
    with Journal.open(path) as journal:
        assert journal.schema_version == SCHEMA_VERSION
