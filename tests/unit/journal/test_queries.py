"""Recovery, closing and shift-screen questions, the shift figures and the export."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

from packstation.journal import (
    EXCEPTION_STAGES,
    RECOVERY_STAGES,
    HourCount,
    Journal,
    PackStage,
    PrintOutcome,
    ShiftRecord,
)
from tests.unit.journal.builders import (
    PRINTER,
    ZPL_TWO_LABELS,
    SteppingClock,
    allocated_pack,
    labelled_pack,
    printed_pack,
)


def _one_pack_per_stage(journal: Journal, shift_id: int) -> dict[PackStage, int]:
    """Leave one pack at each interesting stage; return stage -> pack id."""
    by_stage: dict[PackStage, int] = {}
    failed = journal.start_pack(shift_id, "EC-STA-GES-000")
    journal.record_allocation_failed(failed.pack_id, "no service")
    by_stage[PackStage.ALLOCATION_FAILED] = failed.pack_id
    by_stage[PackStage.ALLOCATED] = allocated_pack(journal, shift_id, "EC-STA-GES-001").pack_id
    by_stage[PackStage.LABELS_STORED] = labelled_pack(journal, shift_id, "EC-STA-GES-002")[0]
    for reference, outcome in (
        ("EC-STA-GES-003", PrintOutcome.FAILED),
        ("EC-STA-GES-004", PrintOutcome.SENT_UNCONFIRMED),
    ):
        pack_id, label_set_id = labelled_pack(journal, shift_id, reference)
        job = journal.start_print_job(pack_id, label_set_id, PRINTER, [0, 1])
        journal.finish_print_job(job, outcome)
        by_stage[journal.pack(pack_id).stage] = pack_id
    by_stage[PackStage.PRINTED] = printed_pack(journal, shift_id, "EC-STA-GES-005")
    ready = printed_pack(journal, shift_id, "EC-STA-GES-006")
    journal.record_ready_to_ship(ready, succeeded=True)
    by_stage[PackStage.READY_TO_SHIP] = ready
    not_ready = printed_pack(journal, shift_id, "EC-STA-GES-007")
    journal.record_ready_to_ship(not_ready, succeeded=False, detail="500")
    by_stage[PackStage.READY_FAILED] = not_ready
    sent = printed_pack(journal, shift_id, "EC-STA-GES-008")
    journal.record_ready_to_ship(sent, succeeded=True)
    journal.start_manifest(shift_id, ["EC-STA-GES-008"])
    by_stage[PackStage.MANIFEST_SENT] = sent
    voided = printed_pack(journal, shift_id, "EC-STA-GES-009")
    journal.void_pack(voided, "customer cancelled")
    by_stage[PackStage.VOIDED] = voided
    by_stage[PackStage.STARTED] = journal.start_pack(shift_id, "EC-STA-GES-010").pack_id
    return by_stage


def test_recovery_and_exception_lists(journal: Journal, shift: ShiftRecord) -> None:
    by_stage = _one_pack_per_stage(journal, shift.shift_id)
    assert {pack.stage for pack in journal.unfinished_packs()} == set(RECOVERY_STAGES)
    exceptions = journal.shift_exceptions(shift.shift_id)
    assert {pack.stage for pack in exceptions} == set(EXCEPTION_STAGES)
    assert [pack.pack_id for pack in exceptions] == sorted(pack.pack_id for pack in exceptions)
    assert [pack.pack_id for pack in journal.packs_to_manifest(shift.shift_id)] == [
        by_stage[PackStage.READY_TO_SHIP]
    ]
    assert journal.packs_in_stages([]) == []


def test_recovery_spans_shifts_but_exceptions_do_not(journal: Journal) -> None:
    old = journal.open_shift("ann", "SL-1")
    left = allocated_pack(journal, old.shift_id).pack_id
    journal.close_shift(old.shift_id, "lead")
    new = journal.open_shift("bob", "SL-1")
    assert [pack.pack_id for pack in journal.unfinished_packs()] == [left]
    assert journal.unfinished_packs(shift_id=new.shift_id) == []
    assert journal.shift_exceptions(new.shift_id) == []


def test_the_shift_screen_lists_every_pack_with_its_print_state(
    journal: Journal, shift: ShiftRecord
) -> None:
    by_stage = _one_pack_per_stage(journal, shift.shift_id)
    packs = journal.shift_packs(shift.shift_id)
    assert len(packs) == len(by_stage)
    assert {pack.pack_id: pack.stage for pack in packs} == {v: k for k, v in by_stage.items()}
    printed = next(p for p in packs if p.pack_id == by_stage[PackStage.PRINTED])
    assert printed.print_outcome is PrintOutcome.CONFIRMED and printed.label_count == 2
    assert len(printed.packages) == 2 and printed.tracking_numbers == ("TRK0050", "TRK0051")
    unsure = next(p for p in packs if p.pack_id == by_stage[PackStage.PRINT_UNCONFIRMED])
    assert unsure.print_outcome is PrintOutcome.SENT_UNCONFIRMED
    started = next(p for p in packs if p.pack_id == by_stage[PackStage.STARTED])
    assert started.print_outcome is None and started.packages == ()


def test_counts_per_hour_and_carrier(journal_path: Path) -> None:
    clock = SteppingClock(datetime(2026, 3, 2, 7, 59, 58, tzinfo=UTC))
    with Journal.open(journal_path, clock=clock) as journal:
        shift = journal.open_shift("ann", "SL-1")
        first = printed_pack(journal, shift.shift_id, "EC-CNT-000-001")
        clock.now += timedelta(hours=1)
        second = printed_pack(journal, shift.shift_id, "EC-CNT-000-002")
        third = allocated_pack(journal, shift.shift_id, "EC-CNT-000-003").pack_id
        journal.record_allocation(
            third, carrier="UPS", service="Standard", tracking_numbers=["1Z"], packages=[]
        )
        journal.void_pack(second, "dropped")
        stored = journal.stored_labels(first)
        assert stored is not None
        journal.start_print_job(first, stored.label_set_id, PRINTER, [0], reprint_reason="torn")
        journal.record_scan(shift.shift_id, "EC-CNT-000-001", "consignment", "already_done")
        journal.start_pack(shift.shift_id, "EC-CNT-000-004")

        counts = journal.shift_counts(shift.shift_id)
        assert counts.packs == 3
        assert counts.per_hour == (
            HourCount(datetime(2026, 3, 2, 8, tzinfo=UTC), 1),
            HourCount(datetime(2026, 3, 2, 9, tzinfo=UTC), 2),
        )
        assert counts.per_carrier == {"DPD": 1, "UPS": 1}
        assert (counts.reprints, counts.voids, counts.scans) == (1, 1, 1)
        # The first pack is printed but not ready to ship; the third was never printed.
        assert counts.exceptions == 2

        half_hour_zone = timezone(timedelta(hours=5, minutes=30))
        local = journal.shift_counts(shift.shift_id, tz=half_hour_zone)
        assert [hour.hour_start.minute for hour in local.per_hour] == [0, 0]
        assert sum(hour.packs for hour in local.per_hour) == 3


def test_export_is_json_and_holds_no_label_bytes(journal: Journal, shift: ShiftRecord) -> None:
    _one_pack_per_stage(journal, shift.shift_id)
    journal.close_shift(shift.shift_id, "lead")
    # A second shift's rows must stay out of the first shift's export.
    second = journal.open_shift("bob", "SL-1")
    printed_pack(journal, second.shift_id, "EC-OTH-ERS-001")

    exported = journal.export_shift(shift.shift_id)
    text = json.dumps(exported)
    assert exported["schema_version"] == journal.schema_version
    assert exported["settings"]["journal_mode"] == "wal"
    tables = exported["tables"]
    assert len(tables["packs"]) == 11
    assert {row["shift_id"] for row in tables["packs"]} == {shift.shift_id}
    assert "EC-OTH-ERS-001" not in text
    assert "^FD" not in text
    document = tables["label_documents"][0]["data"]
    assert document["bytes"] == len(ZPL_TWO_LABELS) and len(document["sha256"]) == 64
    assert len(tables["print_job_labels"]) == sum(
        row["label_count"] for row in tables["print_jobs"]
    )
