"""The journal's tables, built up by numbered migration steps (``PRAGMA user_version``).

Step N brings a file from version N-1 to N. Every pending step runs in ONE transaction together
with the version bump, so a file is always at a whole version, even after a power cut mid-upgrade.
Steps are never edited once released: a change is a new step at the end of :data:`MIGRATIONS`.

Times are ISO 8601 text in UTC (they sort as text); enumerations are their string values; rows
are only ever added, and the few status columns (pack stage, intent outcome, print outcome,
manifest answer) keep their history in a table of their own or are set exactly once.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class Migration:
    """One schema step: the statements that bring the file to ``version``."""

    version: int
    description: str
    statements: tuple[str, ...]


_SHIFTS_SCANS_PACKS = (
    """CREATE TABLE shifts (
        shift_id INTEGER PRIMARY KEY,
        location_reference TEXT NOT NULL,
        opened_at TEXT NOT NULL,
        opened_by TEXT NOT NULL,
        closed_at TEXT,
        closed_by TEXT)""",
    """CREATE TABLE packs (
        pack_id INTEGER PRIMARY KEY,
        shift_id INTEGER NOT NULL REFERENCES shifts(shift_id),
        consignment_reference TEXT NOT NULL,
        customer_reference TEXT,
        started_at TEXT NOT NULL,
        stage TEXT NOT NULL,
        stage_at TEXT NOT NULL,
        stage_note TEXT)""",
    """CREATE TABLE pack_stages (
        pack_stage_id INTEGER PRIMARY KEY,
        pack_id INTEGER NOT NULL REFERENCES packs(pack_id),
        at TEXT NOT NULL,
        stage TEXT NOT NULL,
        note TEXT)""",
    """CREATE TABLE scans (
        scan_id INTEGER PRIMARY KEY,
        shift_id INTEGER NOT NULL REFERENCES shifts(shift_id),
        scanned_at TEXT NOT NULL,
        code TEXT NOT NULL,
        kind TEXT NOT NULL,
        result TEXT NOT NULL,
        message TEXT,
        pack_id INTEGER REFERENCES packs(pack_id))""",
    """CREATE TABLE intents (
        intent_id INTEGER PRIMARY KEY,
        shift_id INTEGER NOT NULL REFERENCES shifts(shift_id),
        pack_id INTEGER REFERENCES packs(pack_id),
        kind TEXT NOT NULL,
        client_reference TEXT NOT NULL,
        subject_reference TEXT,
        created_at TEXT NOT NULL,
        outcome TEXT,
        outcome_at TEXT,
        result_reference TEXT,
        detail TEXT)""",
    """CREATE TABLE intent_outcomes (
        intent_outcome_id INTEGER PRIMARY KEY,
        intent_id INTEGER NOT NULL REFERENCES intents(intent_id),
        at TEXT NOT NULL,
        outcome TEXT NOT NULL,
        result_reference TEXT,
        detail TEXT)""",
)

_ALLOCATIONS_LABELS_PRINTS = (
    """CREATE TABLE allocations (
        allocation_id INTEGER PRIMARY KEY,
        pack_id INTEGER NOT NULL REFERENCES packs(pack_id),
        at TEXT NOT NULL,
        carrier TEXT,
        service TEXT,
        service_reference TEXT,
        tracking_numbers TEXT NOT NULL,
        package_count INTEGER NOT NULL CHECK (package_count >= 0))""",
    """CREATE TABLE packages (
        allocation_id INTEGER NOT NULL REFERENCES allocations(allocation_id),
        position INTEGER NOT NULL,
        weight_kg REAL NOT NULL,
        tracking_number TEXT,
        PRIMARY KEY (allocation_id, position)) WITHOUT ROWID""",
    """CREATE TABLE label_sets (
        label_set_id INTEGER PRIMARY KEY,
        pack_id INTEGER NOT NULL REFERENCES packs(pack_id),
        stored_at TEXT NOT NULL,
        label_format TEXT NOT NULL,
        dpi INTEGER,
        label_count INTEGER NOT NULL CHECK (label_count > 0),
        document_count INTEGER NOT NULL CHECK (document_count > 0))""",
    """CREATE TABLE label_documents (
        label_set_id INTEGER NOT NULL REFERENCES label_sets(label_set_id),
        position INTEGER NOT NULL,
        data BLOB NOT NULL,
        PRIMARY KEY (label_set_id, position))""",
    """CREATE TABLE print_jobs (
        print_job_id INTEGER PRIMARY KEY,
        pack_id INTEGER NOT NULL REFERENCES packs(pack_id),
        label_set_id INTEGER NOT NULL REFERENCES label_sets(label_set_id),
        printer_url TEXT NOT NULL,
        started_at TEXT NOT NULL,
        label_count INTEGER NOT NULL CHECK (label_count > 0),
        outcome TEXT,
        reason TEXT,
        finished_at TEXT)""",
    """CREATE TABLE print_job_labels (
        print_job_id INTEGER NOT NULL REFERENCES print_jobs(print_job_id),
        label_index INTEGER NOT NULL CHECK (label_index >= 0),
        outcome TEXT,
        PRIMARY KEY (print_job_id, label_index)) WITHOUT ROWID""",
    """CREATE TABLE reprints (
        reprint_id INTEGER PRIMARY KEY,
        pack_id INTEGER NOT NULL REFERENCES packs(pack_id),
        print_job_id INTEGER NOT NULL UNIQUE REFERENCES print_jobs(print_job_id),
        at TEXT NOT NULL,
        reason TEXT NOT NULL)""",
)

_VERSION_1_INDEXES = (
    "CREATE INDEX packs_by_shift_reference ON packs(shift_id, consignment_reference)",
    "CREATE INDEX packs_by_reference ON packs(consignment_reference)",
    "CREATE INDEX packs_by_shift_stage ON packs(shift_id, stage)",
    "CREATE INDEX packs_by_stage ON packs(stage)",
    "CREATE INDEX pack_stages_by_pack ON pack_stages(pack_id)",
    "CREATE INDEX scans_by_shift ON scans(shift_id)",
    "CREATE INDEX intents_by_outcome ON intents(outcome)",
    "CREATE INDEX intents_by_client_reference ON intents(client_reference)",
    "CREATE INDEX intent_outcomes_by_intent ON intent_outcomes(intent_id)",
    "CREATE INDEX allocations_by_pack ON allocations(pack_id)",
    "CREATE INDEX label_sets_by_pack ON label_sets(pack_id)",
    "CREATE INDEX print_jobs_by_pack ON print_jobs(pack_id)",
    "CREATE INDEX reprints_by_pack ON reprints(pack_id)",
)

_READY_VOIDS_MANIFESTS_CUSTOMS = (
    """CREATE TABLE ready_results (
        ready_result_id INTEGER PRIMARY KEY,
        pack_id INTEGER NOT NULL REFERENCES packs(pack_id),
        at TEXT NOT NULL,
        succeeded INTEGER NOT NULL CHECK (succeeded IN (0, 1)),
        detail TEXT)""",
    """CREATE TABLE voids (
        void_id INTEGER PRIMARY KEY,
        pack_id INTEGER NOT NULL REFERENCES packs(pack_id),
        at TEXT NOT NULL,
        reason TEXT NOT NULL,
        voided_by TEXT)""",
    """CREATE TABLE manifest_attempts (
        attempt_id INTEGER PRIMARY KEY,
        shift_id INTEGER NOT NULL REFERENCES shifts(shift_id),
        started_at TEXT NOT NULL,
        by_query INTEGER NOT NULL CHECK (by_query IN (0, 1)),
        item_count INTEGER NOT NULL CHECK (item_count >= 0),
        answered_at TEXT,
        error TEXT)""",
    """CREATE TABLE manifest_items (
        manifest_item_id INTEGER PRIMARY KEY,
        attempt_id INTEGER NOT NULL REFERENCES manifest_attempts(attempt_id),
        consignment_reference TEXT NOT NULL,
        pack_id INTEGER REFERENCES packs(pack_id),
        answered_at TEXT,
        succeeded INTEGER CHECK (succeeded IN (0, 1)),
        message TEXT)""",
    """CREATE TABLE customs_documents (
        customs_document_id INTEGER PRIMARY KEY,
        pack_id INTEGER NOT NULL REFERENCES packs(pack_id),
        at TEXT NOT NULL,
        document_type TEXT NOT NULL,
        printer_url TEXT NOT NULL,
        outcome TEXT NOT NULL,
        reason TEXT,
        data BLOB)""",
    "CREATE INDEX ready_results_by_pack ON ready_results(pack_id)",
    "CREATE INDEX voids_by_pack ON voids(pack_id)",
    "CREATE INDEX manifest_attempts_by_shift ON manifest_attempts(shift_id)",
    "CREATE INDEX manifest_items_by_attempt ON manifest_items(attempt_id)",
    "CREATE INDEX manifest_items_by_pack ON manifest_items(pack_id)",
    "CREATE INDEX customs_documents_by_pack ON customs_documents(pack_id)",
)

_ALL_TABLES = (
    "shifts",
    "packs",
    "pack_stages",
    "scans",
    "intents",
    "intent_outcomes",
    "allocations",
    "packages",
    "label_sets",
    "label_documents",
    "print_jobs",
    "print_job_labels",
    "reprints",
    "ready_results",
    "voids",
    "manifest_attempts",
    "manifest_items",
    "customs_documents",
)

# The journal is the station's evidence: the file itself refuses deletes, whoever asks.
_REFUSE_DELETES = tuple(
    f"CREATE TRIGGER {table}_never_deleted BEFORE DELETE ON {table}"
    " BEGIN SELECT RAISE(ABORT, 'the station journal never deletes rows'); END"
    for table in _ALL_TABLES
)

# Rows that record a fact are never rewritten; status columns are set once, or (packs,
# intents) keep their history in their own table while who/what/when stays fixed.
_FACT_TABLES = (
    "pack_stages",
    "scans",
    "intent_outcomes",
    "allocations",
    "packages",
    "label_sets",
    "label_documents",
    "reprints",
    "ready_results",
    "voids",
    "customs_documents",
)
_SET_ONCE = (
    ("shifts", "closed_at"),
    ("print_jobs", "outcome"),
    ("print_job_labels", "outcome"),
    ("manifest_attempts", "answered_at"),
    ("manifest_items", "answered_at"),
)
_FIXED_COLUMNS = (
    ("packs", "shift_id, consignment_reference, customer_reference, started_at"),
    ("intents", "shift_id, pack_id, kind, client_reference, subject_reference, created_at"),
    ("print_jobs", "pack_id, label_set_id, printer_url, started_at, label_count"),
)
_REFUSE_REWRITES = (
    *(
        f"CREATE TRIGGER {table}_never_rewritten BEFORE UPDATE ON {table}"
        " BEGIN SELECT RAISE(ABORT, 'the station journal never rewrites a recorded fact'); END"
        for table in _FACT_TABLES
    ),
    *(
        f"CREATE TRIGGER {table}_{column}_set_once BEFORE UPDATE ON {table}"
        f" WHEN OLD.{column} IS NOT NULL"
        " BEGIN SELECT RAISE(ABORT, 'the station journal records this only once'); END"
        for table, column in _SET_ONCE
    ),
    *(
        f"CREATE TRIGGER {table}_identity_fixed BEFORE UPDATE OF {columns} ON {table}"
        " BEGIN SELECT RAISE(ABORT, 'the station journal never rewrites a recorded fact'); END"
        for table, columns in _FIXED_COLUMNS
    ),
)

MIGRATIONS: tuple[Migration, ...] = (
    Migration(
        1,
        "shifts, scans, intents, packs, allocations, labels and print jobs",
        _SHIFTS_SCANS_PACKS + _ALLOCATIONS_LABELS_PRINTS + _VERSION_1_INDEXES,
    ),
    Migration(
        2,
        "ready-to-ship results, voids, manifest attempts and customs documents",
        _READY_VOIDS_MANIFESTS_CUSTOMS,
    ),
    Migration(
        3, "refuse deletes and rewrites of recorded facts", _REFUSE_DELETES + _REFUSE_REWRITES
    ),
    Migration(
        4,
        "find packs by a parcel's tracking number",
        ("CREATE INDEX packages_by_tracking_number ON packages(tracking_number)",),
    ),
    Migration(
        5,
        "find what earlier calls on an order or option made, in any shift",
        ("CREATE INDEX intents_by_subject ON intents(kind, subject_reference)",),
    ),
    Migration(
        6,
        "find a shift's newest packs, and its packs by the shop's own reference",
        (
            "CREATE INDEX packs_by_shift ON packs(shift_id)",
            "CREATE INDEX packs_by_shift_customer_reference ON packs(shift_id, customer_reference)",
        ),
    ),
)

SCHEMA_VERSION = MIGRATIONS[-1].version
APPLICATION_ID = 0x50534A4E
"""``PRAGMA application_id`` of a Packstation journal ("PSJN"), set with the first step."""


def read_version(connection: sqlite3.Connection) -> int:
    """Return the file's ``PRAGMA user_version`` (0 for a new, empty file)."""
    row = connection.execute("PRAGMA user_version").fetchone()
    return int(row[0])


def migrate(
    connection: sqlite3.Connection, migrations: Sequence[Migration] = MIGRATIONS
) -> tuple[int, int]:
    """Apply every pending step in one transaction; return the versions before and after.

    The caller has already refused files newer than the last step. ``BEGIN IMMEDIATE`` takes
    the write lock before the version is read again, so two processes opening the same new
    file cannot both run the steps.
    """
    _check_numbering(migrations)
    target = migrations[-1].version if migrations else 0
    connection.execute("BEGIN IMMEDIATE")
    try:
        before = read_version(connection)
        for step in migrations:
            if step.version > before:
                for statement in step.statements:
                    connection.execute(statement)
        if target > before:
            # PRAGMA takes no bound parameters; both values are ints from this module.
            connection.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            connection.execute(f"PRAGMA user_version = {int(target)}")
        connection.execute("COMMIT")
    except BaseException:
        connection.execute("ROLLBACK")
        raise
    return before, max(before, target)


def _check_numbering(migrations: Sequence[Migration]) -> None:
    """Refuse a step list that is not numbered 1, 2, 3, ... (a programming error)."""
    for expected, step in enumerate(migrations, start=1):
        if step.version != expected:
            raise ValueError(f"migration {step.description!r} is numbered {step.version}")
