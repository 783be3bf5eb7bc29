"""Writes of one step in one transaction: committed together, or not at all."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

import pytest

from packstation.journal import (
    Journal,
    JournalStateError,
    LabelFormat,
    PackStage,
    PrintOutcome,
    ShiftRecord,
)
from packstation.journal.transactions import write_transaction
from tests.unit.journal.builders import PRINTER, ZPL_TWO_LABELS, allocated_pack

JOIN_TIMEOUT_S = 30.0


def test_a_batch_commits_its_writes_together(journal: Journal, shift: ShiftRecord) -> None:
    with journal.batch():
        pack = journal.start_pack(shift.shift_id, "EC-BAT-CH0-001")
        label_set_id = journal.store_labels(
            pack.pack_id, LabelFormat.ZPL, [ZPL_TWO_LABELS], label_count=2
        )
        journal.start_print_job(pack.pack_id, label_set_id, PRINTER, [0, 1])
        # The other connection (the GUI's reads) sees none of it before the end.
        assert journal.pack_for_consignment(shift.shift_id, "EC-BAT-CH0-001") is None
    found = journal.pack_for_consignment(shift.shift_id, "EC-BAT-CH0-001")
    assert found is not None and found.stage is PackStage.PRINT_UNCONFIRMED
    assert len(journal.print_jobs(found.pack_id)) == 1


def test_a_failing_batch_leaves_nothing(journal: Journal, shift: ShiftRecord) -> None:
    with pytest.raises(JournalStateError), journal.batch():
        pack = journal.start_pack(shift.shift_id, "EC-BAT-CH0-002")
        label_set_id = journal.store_labels(
            pack.pack_id, LabelFormat.ZPL, [ZPL_TWO_LABELS], label_count=2
        )
        journal.start_print_job(pack.pack_id, label_set_id, PRINTER, [7])  # no label 8
    assert journal.pack_for_consignment(shift.shift_id, "EC-BAT-CH0-002") is None
    assert journal.shift_packs(shift.shift_id) == []


def test_a_write_that_fails_inside_a_batch_leaves_nothing_of_itself(
    journal: Journal, shift: ShiftRecord
) -> None:
    pack = allocated_pack(journal, shift.shift_id)
    with journal.batch():
        label_set_id = journal.store_labels(
            pack.pack_id, LabelFormat.ZPL, [ZPL_TWO_LABELS], label_count=2
        )
        job_id = journal.start_print_job(pack.pack_id, label_set_id, PRINTER, [0])
        with pytest.raises(JournalStateError, match="did not print"):
            # Writes the job's outcome, then finds label 6 is not the job's: the outcome goes.
            journal.finish_print_job(
                job_id, PrintOutcome.CONFIRMED, label_outcomes={5: PrintOutcome.FAILED}
            )
        journal.finish_print_job(job_id, PrintOutcome.CONFIRMED)
    [job] = journal.print_jobs(pack.pack_id)
    assert job.outcome is PrintOutcome.CONFIRMED


def test_a_batch_inside_a_batch_joins_it(journal: Journal, shift: ShiftRecord) -> None:
    with journal.batch():
        journal.start_pack(shift.shift_id, "EC-BAT-CH0-003")
        with journal.batch():
            journal.start_pack(shift.shift_id, "EC-BAT-CH0-004")
        assert journal.shift_packs(shift.shift_id) == []
    assert len(journal.shift_packs(shift.shift_id)) == 2


def test_another_threads_write_waits_for_the_batch(journal: Journal, shift: ShiftRecord) -> None:
    started = threading.Event()
    done = threading.Event()

    def write_elsewhere() -> None:
        started.set()
        journal.start_pack(shift.shift_id, "EC-BAT-CH0-006")
        done.set()

    with journal.batch():
        journal.start_pack(shift.shift_id, "EC-BAT-CH0-005")
        other = threading.Thread(target=write_elsewhere, daemon=True)
        other.start()
        assert started.wait(JOIN_TIMEOUT_S)
        assert not done.wait(0.2)  # held behind the batch's write lock
    other.join(JOIN_TIMEOUT_S)
    assert done.is_set() and len(journal.shift_packs(shift.shift_id)) == 2


def _synchronous(connection: sqlite3.Connection) -> int:
    return int(connection.execute("PRAGMA synchronous").fetchone()[0])


def test_a_commit_that_need_not_wait_for_the_disk_leaves_the_next_one_waiting(
    tmp_path: Path,
) -> None:
    path = tmp_path / "wal.sqlite3"
    connection = sqlite3.connect(path, isolation_level=None)
    connection.execute("PRAGMA journal_mode = WAL")
    connection.execute("PRAGMA synchronous = FULL")
    connection.execute("CREATE TABLE seen (code TEXT PRIMARY KEY)")
    with write_transaction(connection, path, durable=False):
        assert _synchronous(connection) == 1  # NORMAL: no sync for this commit
        connection.execute("INSERT INTO seen VALUES ('A')")
    assert _synchronous(connection) == 2  # FULL again
    with pytest.raises(JournalStateError), write_transaction(connection, path, durable=False):
        connection.execute("INSERT INTO seen VALUES ('A')")  # a second A: refused
    assert _synchronous(connection) == 2
    with write_transaction(connection, path):
        assert _synchronous(connection) == 2
    assert connection.execute("SELECT code FROM seen").fetchall() == [("A",)]
    connection.close()


def test_a_batch_that_need_not_wait_for_the_disk_commits_like_any_other(
    journal: Journal, shift: ShiftRecord
) -> None:
    with journal.batch(durable=False):
        journal.start_pack(shift.shift_id, "EC-BAT-CH0-009")
    assert journal.pack_for_consignment(shift.shift_id, "EC-BAT-CH0-009") is not None
    assert journal.connection_settings()["synchronous"] == 2
