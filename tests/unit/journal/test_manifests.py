"""Manifest attempts: committed before the call, answered once per consignment."""

from __future__ import annotations

from datetime import timedelta

import pytest

from packstation.journal import (
    Journal,
    JournalStateError,
    ManifestResult,
    PackStage,
    ShiftRecord,
)
from tests.unit.journal.builders import SteppingClock, printed_pack

REFS = ("EC-AAA-BBB-001", "EC-AAA-BBB-002", "EC-AAA-BBB-003")


def _ready_packs(journal: Journal, shift_id: int) -> list[int]:
    packs = [printed_pack(journal, shift_id, reference) for reference in REFS]
    for pack_id in packs:
        journal.record_ready_to_ship(pack_id, succeeded=True)
    return packs


def test_a_sent_manifest_without_answer_is_left_for_recovery(
    journal: Journal, shift: ShiftRecord
) -> None:
    packs = _ready_packs(journal, shift.shift_id)
    attempt_id = journal.start_manifest(shift.shift_id, list(REFS))
    assert {journal.pack(pack_id).stage for pack_id in packs} == {PackStage.MANIFEST_SENT}
    [pending] = journal.unanswered_manifest_attempts()
    assert pending.attempt_id == attempt_id and not pending.is_answered
    assert pending.consignment_references == REFS
    assert {pack.pack_id for pack in journal.unfinished_packs()} == set(packs)


def test_a_manifest_sent_again_keeps_the_time_of_the_latest_send(
    journal: Journal, shift: ShiftRecord, clock: SteppingClock
) -> None:
    [first, *_] = _ready_packs(journal, shift.shift_id)
    journal.start_manifest(shift.shift_id, [REFS[0]])  # no answer came
    sent_first = journal.pack(first).stage_at
    clock.now += timedelta(seconds=30)
    journal.start_manifest(shift.shift_id, [REFS[0]])  # sent again, no answer either
    again = journal.pack(first)
    assert again.stage is PackStage.MANIFEST_SENT
    assert again.stage_at - sent_first > timedelta(seconds=30)


def test_partial_failure_then_retry_of_the_failed_only(
    journal: Journal, shift: ShiftRecord
) -> None:
    packs = _ready_packs(journal, shift.shift_id)
    attempt_id = journal.start_manifest(shift.shift_id, list(REFS))
    answer = journal.record_manifest_answer(
        attempt_id,
        [
            ManifestResult(REFS[0], True, "manifested"),
            ManifestResult(REFS[1], False, "Carrier rejected the address"),
            ManifestResult(REFS[2], True, "manifested"),
        ],
    )
    assert answer.is_answered and [r.succeeded for r in answer.results] == [True, False, True]
    stages = [journal.pack(pack_id).stage for pack_id in packs]
    assert stages == [PackStage.MANIFESTED, PackStage.MANIFEST_FAILED, PackStage.MANIFESTED]
    assert [pack.pack_id for pack in journal.packs_to_manifest(shift.shift_id)] == [packs[1]]

    retry = journal.start_manifest(shift.shift_id, [REFS[1]])
    journal.record_manifest_answer(retry, [ManifestResult(REFS[1], True, "manifested")])
    assert journal.pack(packs[1]).stage is PackStage.MANIFESTED
    assert len(journal.manifest_attempts(shift.shift_id)) == 2
    with pytest.raises(JournalStateError, match="already answered"):
        journal.record_manifest_answer(retry, [])


def test_a_refused_call_fails_every_unanswered_consignment(
    journal: Journal, shift: ShiftRecord
) -> None:
    packs = _ready_packs(journal, shift.shift_id)
    attempt_id = journal.start_manifest(shift.shift_id, list(REFS))
    answer = journal.record_manifest_answer(attempt_id, [], error="400: invalid request")
    assert answer.error == "400: invalid request"
    assert [result.message for result in answer.results] == ["400: invalid request"] * 3
    assert {journal.pack(pack_id).stage for pack_id in packs} == {PackStage.MANIFEST_FAILED}
    assert journal.check_consistency() == []


def test_manifest_from_query_records_what_pro_reports(journal: Journal, shift: ShiftRecord) -> None:
    packs = _ready_packs(journal, shift.shift_id)
    attempt_id = journal.start_manifest_from_query(shift.shift_id)
    answer = journal.record_manifest_answer(
        attempt_id,
        [
            ManifestResult(REFS[0], False, "failed to queue"),
            ManifestResult("EC-OTH-ERS-999", False, "failed to queue"),
        ],
    )
    assert answer.by_query
    assert answer.consignment_references == (REFS[0], "EC-OTH-ERS-999")
    assert journal.pack(packs[0]).stage is PackStage.MANIFEST_FAILED
    assert journal.pack(packs[1]).stage is PackStage.READY_TO_SHIP
    assert journal.check_consistency() == []


def test_a_manifest_needs_consignments(journal: Journal, shift: ShiftRecord) -> None:
    with pytest.raises(ValueError):
        journal.start_manifest(shift.shift_id, [])
    with pytest.raises(JournalStateError):
        journal.record_manifest_answer(999, [])
