"""Nothing is ever deleted: no delete in the API or its SQL, and the file refuses deletes."""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

import pytest

import packstation.journal
from packstation.journal import IntentKind, Journal, PrintOutcome, ShiftRecord
from packstation.journal.schema import MIGRATIONS
from tests.unit.journal.builders import PRINTER, printed_pack

JOURNAL_SOURCE = Path(packstation.journal.__file__).parent
DESTRUCTIVE_WORDS = ("delete", "remove", "purge", "drop", "truncate", "clear", "erase", "prune")


def _row_counts(path: Path) -> dict[str, int]:
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        tables = [
            row[0]
            for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        ]
        return {
            table: connection.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]
            for table in tables
        }
    finally:
        connection.close()


def test_the_api_has_no_destructive_method() -> None:
    public = [name for name in dir(Journal) if not name.startswith("_")]
    assert "void_pack" in public and "start_print_job" in public
    offending = [name for name in public if any(word in name for word in DESTRUCTIVE_WORDS)]
    assert offending == []


def test_the_sql_never_deletes_or_replaces() -> None:
    destructive = re.compile(r"\b(DELETE\s+FROM|DROP\s+TABLE|OR\s+REPLACE|REPLACE\s+INTO)\b", re.I)
    sources = sorted(JOURNAL_SOURCE.glob("*.py"))
    assert len(sources) > 5
    hits = [path.name for path in sources if destructive.search(path.read_text())]
    assert hits == []


def test_voids_and_reprints_only_add_rows(
    journal: Journal, shift: ShiftRecord, journal_path: Path
) -> None:
    pack_id = printed_pack(journal, shift.shift_id)
    before = _row_counts(journal_path)
    stored = journal.stored_labels(pack_id)
    assert stored is not None
    job = journal.start_print_job(pack_id, stored.label_set_id, PRINTER, [0], reprint_reason="torn")
    journal.finish_print_job(job, PrintOutcome.CONFIRMED)
    journal.void_pack(pack_id, "customer changed their mind")
    after = _row_counts(journal_path)
    assert all(after[table] >= count for table, count in before.items())
    assert after["reprints"] == before["reprints"] + 1
    assert after["print_jobs"] == before["print_jobs"] + 1
    assert after["voids"] == before["voids"] + 1
    assert after["packs"] == before["packs"]
    assert after["label_documents"] == before["label_documents"]


def test_the_file_refuses_deletes(journal: Journal, shift: ShiftRecord, journal_path: Path) -> None:
    printed_pack(journal, shift.shift_id)
    counts = _row_counts(journal_path)
    filled = [table for table, count in counts.items() if count]
    assert len(filled) >= 9
    connection = sqlite3.connect(journal_path)
    try:
        for table in filled:
            with pytest.raises(sqlite3.IntegrityError, match="never deletes"):
                connection.execute(f"DELETE FROM {table}")
    finally:
        connection.close()
    assert _row_counts(journal_path) == counts


def test_every_table_has_its_delete_guard() -> None:
    statements = " ".join(s for step in MIGRATIONS for s in step.statements)
    tables = re.findall(r"CREATE TABLE (\w+)", statements)
    guards = re.findall(r"BEFORE DELETE ON (\w+)", statements)
    assert sorted(tables) == sorted(guards)


@pytest.mark.parametrize(
    "statement",
    [
        "UPDATE label_documents SET data = x'00'",
        "UPDATE allocations SET carrier = 'Other'",
        "UPDATE pack_stages SET stage = 'printed'",
        "UPDATE print_jobs SET outcome = 'failed'",
        "UPDATE print_job_labels SET outcome = 'failed'",
        "UPDATE packs SET consignment_reference = 'EC-XXX-XXX-XXX'",
        "UPDATE intents SET client_reference = 'other'",
        "UPDATE shifts SET closed_by = 'someone else'",
    ],
)
def test_the_file_refuses_rewriting_a_recorded_fact(
    journal: Journal, journal_path: Path, statement: str
) -> None:
    shift = journal.open_shift("ann", "SL-1")
    journal.record_intent(shift.shift_id, IntentKind.ALLOCATE, "WEB-1")
    printed_pack(journal, shift.shift_id)
    journal.close_shift(shift.shift_id, "lead")
    export = journal.export_shift(shift.shift_id)["tables"]
    connection = sqlite3.connect(journal_path)
    try:
        with pytest.raises(sqlite3.IntegrityError, match="never rewrites|only once"):
            connection.execute(statement)
    finally:
        connection.close()
    assert journal.export_shift(shift.shift_id)["tables"] == export
