"""The journal's invariants, checked after a crash and by the crash tests.

Each query lists rows that would exist only if a multi-row change had been half written: if
every change is one transaction, all of them come back empty whatever moment the power went.
"""

from __future__ import annotations

import sqlite3

_INVARIANTS = {
    "pack stage differs from its last stage-history entry": """
        SELECT p.pack_id FROM packs p WHERE p.stage IS NOT (
            SELECT s.stage FROM pack_stages s WHERE s.pack_id = p.pack_id
            ORDER BY s.pack_stage_id DESC LIMIT 1)""",
    "allocation with a different number of parcels than it declares": """
        SELECT a.allocation_id FROM allocations a WHERE a.package_count !=
            (SELECT COUNT(*) FROM packages k WHERE k.allocation_id = a.allocation_id)""",
    "label set with missing documents": """
        SELECT l.label_set_id FROM label_sets l WHERE l.document_count !=
            (SELECT COUNT(*) FROM label_documents d WHERE d.label_set_id = l.label_set_id)""",
    "print job with missing labels": """
        SELECT j.print_job_id FROM print_jobs j WHERE j.label_count !=
            (SELECT COUNT(*) FROM print_job_labels l WHERE l.print_job_id = j.print_job_id)""",
    "print job whose labels disagree with its outcome being recorded": """
        SELECT j.print_job_id FROM print_jobs j JOIN print_job_labels l
            ON l.print_job_id = j.print_job_id
        WHERE (j.outcome IS NULL) != (l.outcome IS NULL)""",
    "intent whose outcome differs from its last recorded outcome": """
        SELECT i.intent_id FROM intents i WHERE i.outcome IS NOT (
            SELECT o.outcome FROM intent_outcomes o WHERE o.intent_id = i.intent_id
            ORDER BY o.intent_outcome_id DESC LIMIT 1)""",
    "voided pack without its void": """
        SELECT p.pack_id FROM packs p WHERE p.stage = 'voided'
            AND NOT EXISTS (SELECT 1 FROM voids v WHERE v.pack_id = p.pack_id)""",
    "manifest attempt with a different number of consignments than it declares": """
        SELECT m.attempt_id FROM manifest_attempts m WHERE m.item_count !=
            (SELECT COUNT(*) FROM manifest_items i WHERE i.attempt_id = m.attempt_id)""",
    "answered manifest attempt with unanswered consignments": """
        SELECT m.attempt_id FROM manifest_attempts m
        WHERE m.answered_at IS NOT NULL AND m.error IS NOT NULL AND EXISTS (
            SELECT 1 FROM manifest_items i
            WHERE i.attempt_id = m.attempt_id AND i.answered_at IS NULL)""",
}


def find_problems(connection: sqlite3.Connection) -> list[str]:
    """Return one line per problem found; an empty list means the journal is consistent."""
    problems = [
        f"integrity: {row[0]}"
        for row in connection.execute("PRAGMA integrity_check")
        if row[0] != "ok"
    ]
    problems.extend(
        f"foreign key: {row[0]} row {row[1]} points at a missing {row[2]}"
        for row in connection.execute("PRAGMA foreign_key_check")
    )
    for description, query in _INVARIANTS.items():
        ids = [row[0] for row in connection.execute(query)]
        if ids:
            problems.append(f"{description}: {ids[:20]}")
    return problems
