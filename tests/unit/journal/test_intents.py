"""Intents: recorded before a create/allocate call, open until a final outcome."""

from __future__ import annotations

import pytest

from packstation.journal import (
    IntentKind,
    IntentOutcome,
    Journal,
    JournalStateError,
    ShiftRecord,
)


def test_an_intent_is_open_until_it_has_an_outcome(journal: Journal, shift: ShiftRecord) -> None:
    intent = journal.record_intent(shift.shift_id, IntentKind.CREATE_CONSIGNMENT, "WEB-1001")
    assert intent.is_open and intent.outcome is None
    assert journal.open_intents() == [intent]
    done = journal.record_intent_outcome(
        intent.intent_id, IntentOutcome.SUCCEEDED, result_reference="EC-AAA-BBB-001"
    )
    assert not done.is_open
    assert done.result_reference == "EC-AAA-BBB-001" and done.outcome_at is not None
    assert journal.open_intents() == []


def test_a_lost_response_stays_open_until_recovery_decides(
    journal: Journal, shift: ShiftRecord
) -> None:
    pack = journal.start_pack(shift.shift_id, "EC-AAA-BBB-001")
    intent = journal.record_intent(
        shift.shift_id,
        IntentKind.ALLOCATE,
        "WEB-1001",
        subject_reference="EC-AAA-BBB-001",
        pack_id=pack.pack_id,
    )
    unknown = journal.record_intent_outcome(
        intent.intent_id, IntentOutcome.UNKNOWN, detail="read timed out after 15 s"
    )
    assert unknown.is_open
    [still_open] = journal.open_intents(shift_id=shift.shift_id)
    assert still_open.detail == "read timed out after 15 s"
    assert still_open.pack_id == pack.pack_id
    journal.record_intent_outcome(intent.intent_id, IntentOutcome.FAILED, detail="not found")
    assert journal.open_intents() == []


def test_a_final_outcome_cannot_be_overwritten(journal: Journal, shift: ShiftRecord) -> None:
    intent = journal.record_intent(shift.shift_id, IntentKind.PACK_ORDER, "EO-AAA-BBB-001")
    journal.record_intent_outcome(intent.intent_id, IntentOutcome.FAILED, detail="400")
    with pytest.raises(JournalStateError, match="already ended"):
        journal.record_intent_outcome(intent.intent_id, IntentOutcome.SUCCEEDED)
    [again] = journal.intents_for_client_reference("EO-AAA-BBB-001")
    assert again.outcome is IntentOutcome.FAILED


def test_intents_are_found_by_client_reference(journal: Journal, shift: ShiftRecord) -> None:
    first = journal.record_intent(shift.shift_id, IntentKind.SELECT_DELIVERY_OPTION, "WEB-7")
    journal.record_intent(shift.shift_id, IntentKind.CREATE_CONSIGNMENT, "WEB-8")
    second = journal.record_intent(shift.shift_id, IntentKind.ALLOCATE, "WEB-7")
    found = journal.intents_for_client_reference("WEB-7")
    assert [intent.intent_id for intent in found] == [first.intent_id, second.intent_id]
    assert [intent.kind for intent in found] == [
        IntentKind.SELECT_DELIVERY_OPTION,
        IntentKind.ALLOCATE,
    ]


def test_open_intents_cover_every_shift_by_default(journal: Journal) -> None:
    old = journal.open_shift("ann", "SL-1")
    left = journal.record_intent(old.shift_id, IntentKind.CREATE_CONSIGNMENT, "WEB-1")
    journal.close_shift(old.shift_id, "lead")
    new = journal.open_shift("bob", "SL-1")
    assert journal.open_intents() == [left]
    assert journal.open_intents(shift_id=new.shift_id) == []


def test_bad_intents_are_refused(journal: Journal, shift: ShiftRecord) -> None:
    with pytest.raises(ValueError):
        journal.record_intent(shift.shift_id, IntentKind.ALLOCATE, "")
    with pytest.raises(JournalStateError):
        journal.record_intent(999, IntentKind.ALLOCATE, "WEB-1")
    with pytest.raises(JournalStateError):
        journal.record_intent_outcome(999, IntentOutcome.SUCCEEDED)
    assert journal.open_intents() == []
