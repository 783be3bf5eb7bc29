"""The reads made after every pack: the newest packs, the packed counts, packs by shop reference.

They must not grow with the shift, and must say exactly what reading the whole shift would say.
"""

from __future__ import annotations

import sqlite3
from datetime import timedelta
from pathlib import Path

from packstation.domain.records import shift_glance_of
from packstation.journal import Journal, PrintOutcome, ShiftRecord
from packstation.journal.engine_port import EngineJournal
from tests.unit.journal.builders import (
    PRINTER,
    START,
    SteppingClock,
    allocated_pack,
    labelled_pack,
    printed_pack,
)

HOUR_MARK = START + timedelta(hours=2)


def _print(journal: Journal, reference: str, shift_id: int, outcome: PrintOutcome | None) -> int:
    """Store labels for a new pack and send one job; ``None``: the job never got its answer."""
    pack_id, label_set_id = labelled_pack(journal, shift_id, reference)
    job = journal.start_print_job(pack_id, label_set_id, PRINTER, [0, 1])
    if outcome is not None:
        journal.finish_print_job(job, outcome)
    return pack_id


def _mixed_shift(journal: Journal, clock: SteppingClock, shift_id: int) -> None:
    """Packs in every state the counts must tell apart, half before ``HOUR_MARK``, half after."""
    _print(journal, "EC-000-000-001", shift_id, PrintOutcome.CONFIRMED)  # packed, early
    _print(journal, "EC-000-000-002", shift_id, PrintOutcome.FAILED)  # nothing came out
    voided = printed_pack(journal, shift_id, "EC-000-000-003")
    journal.void_pack(voided, "customer cancelled")
    late_reprint = _print(journal, "EC-000-000-004", shift_id, PrintOutcome.FAILED)
    clock.now = HOUR_MARK
    _print(journal, "EC-000-000-005", shift_id, PrintOutcome.SENT_UNCONFIRMED)  # packed, late
    _print(journal, "EC-000-000-006", shift_id, None)  # the station stopped while printing
    allocated_pack(journal, shift_id, "EC-000-000-007")
    label_set = journal.stored_labels(late_reprint)
    assert label_set is not None
    job = journal.start_print_job(late_reprint, label_set.label_set_id, PRINTER, [0, 1])
    journal.finish_print_job(job, PrintOutcome.CONFIRMED)  # packed, late (its first print)
    printed_pack(journal, shift_id, "EC-000-000-008")  # packed, late


def test_packed_counts_count_what_came_out_and_was_not_voided(
    journal: Journal, clock: SteppingClock, shift: ShiftRecord
) -> None:
    _mixed_shift(journal, clock, shift.shift_id)
    journal.close_shift(shift.shift_id, "lead")
    other = journal.open_shift("bob", "SL-0002")
    printed_pack(journal, other.shift_id, "EC-000-000-009")
    assert journal.packed_counts(shift.shift_id, HOUR_MARK) == (4, 3)
    assert journal.packed_counts(shift.shift_id, HOUR_MARK + timedelta(days=1)) == (4, 0)
    assert journal.packed_counts(other.shift_id, START) == (1, 1)


def test_the_glance_says_what_the_whole_shift_says(
    journal: Journal, clock: SteppingClock, shift: ShiftRecord
) -> None:
    _mixed_shift(journal, clock, shift.shift_id)
    bench = EngineJournal(journal, station="Bench 1", operator="ann", location="SL-0001")
    whole = bench.shift_packs()
    for since in (START, HOUR_MARK, HOUR_MARK + timedelta(minutes=30)):
        glance = bench.shift_glance(3, since)
        assert glance == shift_glance_of(whole, 3, since)
    assert [record.reference for record in glance.newest] == [
        "EC-000-000-008",
        "EC-000-000-007",
        "EC-000-000-006",
    ]
    assert bench.shift_glance(100, START).newest == tuple(whole)


def test_newest_packs_are_the_latest_started_with_their_summaries(
    journal: Journal, shift: ShiftRecord
) -> None:
    ids = [printed_pack(journal, shift.shift_id, f"EC-000-001-{n:03d}") for n in range(5)]
    newest = journal.newest_packs(shift.shift_id, 2)
    assert [pack.pack_id for pack, _ in newest] == [ids[4], ids[3]]
    for pack, summary in newest:
        assert summary == journal.print_summaries(pack_id=pack.pack_id)[pack.pack_id]
    journal.close_shift(shift.shift_id, "lead")
    assert journal.newest_packs(journal.open_shift("bob", "SL-2").shift_id, 2) == []


def test_packs_by_customer_reference_stay_in_their_shift(
    journal: Journal, shift: ShiftRecord
) -> None:
    first = journal.start_pack(shift.shift_id, "EC-000-002-001", customer_reference="ORD-1")
    journal.start_pack(shift.shift_id, "EC-000-002-002", customer_reference="ORD-2")
    second = journal.start_pack(shift.shift_id, "EC-000-002-003", customer_reference="ORD-1")
    found = journal.packs_with_customer_reference(shift.shift_id, "ORD-1")
    assert [pack.pack_id for pack, _ in found] == [first.pack_id, second.pack_id]
    journal.close_shift(shift.shift_id, "lead")
    later = journal.open_shift("bob", "SL-2")
    assert journal.packs_with_customer_reference(later.shift_id, "ORD-1") == []
    bench = EngineJournal(journal, station="Bench 1", operator="bob", location="SL-2")
    journal.start_pack(later.shift_id, "EC-000-002-004", customer_reference="ORD-1")
    assert [r.reference for r in bench.packs_with_customer_reference("ORD-1")] == ["EC-000-002-004"]


def test_packs_by_customer_reference_use_an_index(journal: Journal, journal_path: Path) -> None:
    connection = sqlite3.connect(journal_path)
    try:
        plan = connection.execute(
            "EXPLAIN QUERY PLAN SELECT pack_id FROM packs p"
            " WHERE p.shift_id = ? AND p.customer_reference = ?",
            (1, "ORD-1"),
        ).fetchall()
    finally:
        connection.close()
    assert any("packs_by_shift_customer_reference" in str(row) for row in plan), plan
