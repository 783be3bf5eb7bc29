"""Shifts and scans."""

from __future__ import annotations

import pytest

from packstation.journal import Journal, JournalStateError, ShiftRecord
from packstation.journal.shifts import MAX_STORED_SCAN_LENGTH
from tests.unit.journal.builders import START


def test_one_shift_at_a_time(journal: Journal) -> None:
    assert journal.current_shift() is None
    shift = journal.open_shift("ann", "SL-0001")
    assert shift.is_open and shift.opened_by == "ann" and shift.opened_at > START
    assert journal.current_shift() == shift
    with pytest.raises(JournalStateError, match="still open"):
        journal.open_shift("bob", "SL-0001")
    closed = journal.close_shift(shift.shift_id, "lead")
    assert not closed.is_open and closed.closed_by == "lead"
    assert closed.closed_at is not None and closed.closed_at > shift.opened_at
    assert journal.current_shift() is None
    assert journal.shift(shift.shift_id) == closed
    with pytest.raises(JournalStateError, match="already closed"):
        journal.close_shift(shift.shift_id, "lead")
    assert journal.open_shift("bob", "SL-0001").shift_id == shift.shift_id + 1


def test_scans_are_recorded_in_order(journal: Journal, shift: ShiftRecord) -> None:
    pack = journal.start_pack(shift.shift_id, "EC-AAA-BBB-001")
    journal.record_scan(
        shift.shift_id, "EC-AAA-BBB-001", "consignment", "packed", pack_id=pack.pack_id
    )
    journal.record_scan(
        shift.shift_id, "zzz", "customer reference", "not_found", message="No consignment found"
    )
    scans = journal.scans(shift.shift_id)
    assert [(scan.code, scan.result, scan.pack_id) for scan in scans] == [
        ("EC-AAA-BBB-001", "packed", pack.pack_id),
        ("zzz", "not_found", None),
    ]
    assert scans[1].message == "No consignment found"
    assert scans[0].scanned_at < scans[1].scanned_at


def test_scan_text_is_sanitised_and_bounded(journal: Journal, shift: ShiftRecord) -> None:
    journal.record_scan(shift.shift_id, "\x02EC-AAA\x1b[31m-BBB\u200b-001\r\n\x00", "x", "y")
    journal.record_scan(shift.shift_id, "A" * 10_000, "unknown code", "too_long")
    first, second = journal.scans(shift.shift_id)
    assert first.code == "EC-AAA[31m-BBB-001"
    assert second.code == "A" * MAX_STORED_SCAN_LENGTH


def test_unknown_shift_is_a_caller_bug(journal: Journal) -> None:
    with pytest.raises(JournalStateError):
        journal.record_scan(42, "x", "y", "z")
    with pytest.raises(JournalStateError):
        journal.close_shift(42, "lead")
    with pytest.raises(JournalStateError):
        journal.shift(42)
